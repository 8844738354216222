import FilRougeCore
import Foundation

/// The transcripts named on the command line, read, checked against each other and against the
/// scenario to regrade with, and gathered into a replay script.
public struct ReplaySources {
    public let script: ReplayScript
    /// `file:line: reason` for each damaged line, with the file named as the replay shows it.
    public let damagedLines: [String]
    /// The learners as the progress table names them, one per file, in order.
    public let learnerNames: [LearnerName]

    /// The scenario the transcripts were played with, as given on the command line: the scenario,
    /// its exact text, and how to call it in messages.
    public struct ScenarioSource {
        public var scenario: Scenario
        public var sourceText: String
        public var name: String

        public init(scenario: Scenario, sourceText: String, name: String) {
            self.scenario = scenario
            self.sourceText = sourceText
            self.name = name
        }
    }

    /// - Parameters:
    ///   - scenario: the scenario given on the command line, if any; every transcript must be of it.
    ///   - regrade: grade every reply again with `scenario`.
    /// - Throws: `FileReadError` when a file cannot be read; `ReplaySourceError` when one is empty,
    ///   has no header, is of another scenario than the first, or of another scenario than the one
    ///   given.
    public init(paths: [String], anonymize: Bool, scenario: ScenarioSource? = nil, regrade: Bool = false) throws {
        var records: [ConversationRecord] = []
        var warnings: [String] = []
        for (index, path) in paths.enumerated() {
            // Before the headers are read the interface's language is unknown: say which file by position.
            let (record, warning) = try Self.record(path: path, name: anonymize ? AnonymousLabels.transcript(index + 1) : path)
            records.append(record)
            if let warning { warnings.append(warning) }
        }
        let language = records.first?.header?.scenario.language ?? .en
        let names = ReplayLearnerLabels(
            paths: paths, names: records.map { $0.header?.learner }, anonymize: anonymize, language: language
        )
        learnerNames = names.names
        let messageNames = names.fileNames.map(TerminalSafeText.sanitize)

        if let first = records.first?.header?.scenario {
            for (index, record) in records.enumerated().dropFirst() {
                guard let scenario = record.header?.scenario, let mismatch = ScenarioMismatch.between(scenario, and: first) else { continue }
                let difference = switch mismatch {
                case .otherScenario(let played, let given):
                    "\(messageNames[index]) is a conversation of scenario '\(TerminalSafeText.sanitize(played))', and \(messageNames[0]) of '\(TerminalSafeText.sanitize(given))'"
                case .otherLanguage(let played, let given):
                    "\(messageNames[index]) was played in '\(played.rawValue)', and \(messageNames[0]) in '\(given.rawValue)'"
                }
                throw ReplaySourceError(difference + "; replay the transcripts of one scenario together")
            }
        }

        var learners: [ReplayLearner] = []
        for (index, record) in records.enumerated() {
            var learner = ReplayLearner(label: names.labels[index], record: record)
            if let scenario {
                let what = regrade ? "regrade" : "replay"
                let reference = TranscriptHeader.ScenarioReference(scenario: scenario.scenario, sourceText: scenario.sourceText)
                let failure = { (mismatch: ScenarioMismatch) in
                    ReplaySourceError("cannot \(what) \(messageNames[index]) with \(TerminalSafeText.sanitize(scenario.name)): \(TerminalSafeText.sanitize(mismatch.description))")
                }
                if let played = record.header?.scenario, let mismatch = ScenarioMismatch.between(played, and: reference) {
                    throw failure(mismatch)
                }
                if regrade {
                    do {
                        learner.regrade = try TranscriptRegrade(record: record, scenario: scenario.scenario, sourceText: scenario.sourceText)
                    } catch {
                        throw failure(error)
                    }
                }
            }
            learners.append(learner)
        }
        script = ReplayScript(learners: learners)
        damagedLines = warnings + zip(records, names.fileNames).flatMap { record, name in
            DamagedLineNotes.notes(record, name: name)
        }
    }

    /// The conversation a transcript file records, with the warning of a last line cut short.
    /// - Throws: when the file cannot be read, or holds nothing that says which scenario it is of.
    private static func record(path: String, name: String) throws -> (ConversationRecord, String?) {
        let read = try TranscriptFileReader.read(path: path, name: name)
        let shown = TerminalSafeText.sanitize(name)
        if read.byteCount == 0 { throw FileReadError(name: name, problem: .empty(kind: .transcript)) }
        guard read.contents.header != nil else {
            if let first = read.contents.damaged.first, first.line == 1 {
                throw ReplaySourceError("\(shown):1: no transcript header: \(TerminalSafeText.sanitize(first.reason))")
            }
            throw ReplaySourceError("\(shown): no transcript header on its first line (is it a transcript written by filrouge play?)")
        }
        return (ConversationRecord(read.contents), read.warning)
    }
}

/// Transcripts that cannot be replayed together, or with the scenario given.
public struct ReplaySourceError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
