import FilRougeConsole
import FilRougeCore
import Foundation

/// A cohort read from a learning record store for `digest --lrs` and `export --lrs`: every
/// statement read, gathered into conversations, and the scenario chosen, the one named with
/// `--scenario` or else the one with the most statements. What is left out is said, one line per
/// scenario, never a minority silently.
struct LRSCohort {
    /// The scenario chosen, as the statements name it.
    var reference: TranscriptHeader.ScenarioReference
    /// Its conversations, in the order they began.
    var conversations: [XAPIConversations.Conversation]
    /// The conversations of other scenarios, kept for a digest to count as skipped.
    var others: [XAPIConversations.Conversation]
    /// What was read and left out, for standard error.
    var notes: [String]

    /// Reads the store.
    /// - Parameter scenario: the scenario asked for, loaded, with its text; nil to take the one with
    ///   the most statements.
    static func read(
        connection: LRSConnection, activityBase: String, scenario: TranscriptHeader.ScenarioReference?
    ) throws -> LRSCohort {
        var gathered = XAPIConversations(export: XAPIExport(activityBase: activityBase))
        let reading = try LRSStatementReader(connection: connection).read { page in
            for statement in page { gathered.add(statement) }
        }
        let store = connection.endpoint.description
        let counts = gathered.scenarios
        var notes: [String] = []
        let foreign = reading.otherStatements + gathered.otherStatements
        if foreign > 0 {
            notes.append("\(store): \(CountedNoun.phrase(foreign, "statement")) of other activities or shapes left out")
        }
        guard !counts.isEmpty else {
            throw CommandFailure("the LRS at \(store) holds no statement of Fil Rouge under \(activityBase) (\(CountedNoun.phrase(reading.statements, "statement")) read)")
        }
        let chosen: XAPIConversations.ScenarioCount
        if let scenario {
            guard let match = counts.first(where: { $0.reference == scenario }) else {
                let held = counts.map(describe).joined(separator: "; ")
                throw CommandFailure("the LRS at \(store) holds no statement of \(name(scenario)) with this text; it holds \(held)")
            }
            chosen = match
        } else {
            chosen = counts[0]
            if counts.count > 1 {
                notes.append("\(store): \(counts.count) scenarios; reading the one with the most statements, \(describe(chosen))")
            }
        }
        for other in counts where other.reference != chosen.reference {
            notes.append("\(store): left out \(describe(other)); name it with --scenario to read it")
        }
        let all = gathered.conversations()
        return LRSCohort(
            reference: chosen.reference,
            conversations: all.filter { $0.record.header?.scenario == chosen.reference },
            others: all.filter { $0.record.header?.scenario != chosen.reference },
            notes: notes
        )
    }

    private static func describe(_ count: XAPIConversations.ScenarioCount) -> String {
        "\(name(count.reference)) (\(CountedNoun.phrase(count.statements, "statement")), \(CountedNoun.phrase(count.conversations, "conversation")))"
    }

    private static func name(_ reference: TranscriptHeader.ScenarioReference) -> String {
        "\(reference.id) \(reference.version) (\(reference.language.rawValue))"
    }
}
