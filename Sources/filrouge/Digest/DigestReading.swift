import FilRougeConsole
import FilRougeCore
import FilRougeScenarios
import Foundation

/// Reads a group's transcript files into a `Digest`: the work of `filrouge digest`, shared with
/// `filrouge bench --digest`, which times it.
///
/// The scenario is the one named with `--scenario`, or else the bundled scenario the first
/// transcript with a readable header was played with (same id, language and text). Transcripts of
/// any other scenario, version or text, without a header, or that cannot be read are skipped, each
/// with a note; damaged lines are skipped with a note, the rest of their file kept.
struct DigestReading {
    var scenario: String?
    var anonymize = false
    var bestReplies = 3
    var concurrently = true

    struct Outcome {
        var digest: Digest
        /// What was skipped, one line each, for standard error.
        var notes: [String]
    }

    func run(arguments: [String]) throws -> Outcome {
        // Everything named must be there: a digest without a group it was asked for would look whole.
        if let missing = arguments.first(where: { !TranscriptPaths.namesFolder($0) && !FileManager.default.fileExists(atPath: $0) }) {
            throw CommandFailure("no such file or folder: \(TerminalSafeText.sanitize(missing))")
        }
        let paths: [String]
        do {
            paths = try TranscriptPaths.expand(arguments)
        } catch {
            throw CommandFailure("\(error)")
        }
        guard !paths.isEmpty else {
            throw CommandFailure("no transcript to digest: no *.jsonl file in \(arguments.joined(separator: ", "))")
        }
        var builder: DigestBuilder?
        if let scenario {
            let argument = try ScenarioArgument.resolve(scenario)
            let loaded = try argument.load()
            builder = DigestBuilder(scenario: loaded, reference: .init(scenario: loaded, sourceText: argument.text), anonymize: anonymize)
        }
        var notes: [String] = []
        // Files read before the scenario is known (none with a header yet): skipped as headerless
        // or unreadable, whatever the scenario turns out to be, but counted once it is.
        var early: [SkipReason] = []
        func skip(_ reason: SkipReason) {
            if builder == nil { early.append(reason) } else { builder?.skip(reason) }
        }
        // Under --anonymize, notes call a file by its place, never by its name.
        let shownNames = anonymize ? paths.indices.map { AnonymousLabels.transcript($0 + 1) } : paths
        var position = 0
        try TranscriptBatches.read(paths, names: shownNames, concurrently: concurrently) { batch in
            for loaded in batch {
                let shown = shownNames[position]
                position += 1
                let record: ConversationRecord
                switch loaded.record {
                case .failure(let error):
                    notes.append("\(shown): skipped: \(error.predicate)")
                    skip(.unreadable(error.predicate))
                    continue
                case .success(let read):
                    record = read
                }
                if let warning = loaded.warning { notes.append(warning) }
                if builder == nil, let header = record.header {
                    builder = try Self.builder(for: header.scenario, anonymize: anonymize)
                    for reason in early { builder?.skip(reason) }
                }
                let name = LearnerNaming.fallbackName(of: loaded.path)
                guard builder != nil else {
                    notes.append("\(shown): skipped: \(SkipReason.noHeader.describe(against: nil))" + Self.firstLineDamage(record))
                    early.append(.noHeader)
                    continue
                }
                // Added in place through the optional: a copy of the builder would copy every answer.
                if let reason = builder?.add(record, fallbackName: name) {
                    notes.append("\(shown): skipped: \(reason.describe(against: builder?.reference))" + (reason == .noHeader ? Self.firstLineDamage(record) : ""))
                } else {
                    notes += DamagedLineNotes.notes(record, name: shown)
                }
            }
        }
        guard let builder else {
            throw NothingToDigest(notes: notes, reason: "no transcript to digest: " + (paths.count == 1 ? "the file has no readable header, so the scenario it was played with is unknown" : "none of the \(paths.count) files has a readable header, so the scenario they were played with is unknown"))
        }
        let digest = builder.digest(bestReplies: bestReplies)
        guard digest.learners > 0 else {
            throw NothingToDigest(notes: notes, reason: "no transcript of \(builder.reference.id) \(builder.reference.version) (\(builder.reference.language.rawValue)) to digest: " + (paths.count == 1 ? "the file was skipped" : "all \(paths.count) files were skipped"))
        }
        return Outcome(digest: digest, notes: notes)
    }

    /// What made the first line unreadable, when it was read and found damaged (`; line 1: …`),
    /// so that a file without a header says why.
    static func firstLineDamage(_ record: ConversationRecord) -> String {
        guard let first = record.damaged.first, first.line == 1 else { return "" }
        return " (line 1: \(first.reason))"
    }

    /// The bundled scenario a transcript header names: same id and language, and the same text.
    static func builder(for played: TranscriptHeader.ScenarioReference, anonymize: Bool) throws -> DigestBuilder {
        let sameScenario = BundledScenarios.all.filter { bundled in
            "sha256:" + SHA256.hexDigest(of: Array(bundled.text.utf8)) == played.hash
        }
        guard let bundled = sameScenario.first else {
            throw CommandFailure(
                "the transcripts were played with \(played.id) \(played.version) (\(played.language.rawValue)) from a file that is not bundled with filrouge (\(played.hash.prefix(19))…); name that file with --scenario FILE"
            )
        }
        let argument = try ScenarioArgument.resolve(bundled.name)
        let scenario = try argument.load()
        return DigestBuilder(scenario: scenario, reference: .init(scenario: scenario, sourceText: argument.text), anonymize: anonymize)
    }
}
