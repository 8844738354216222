import FilRougeConsole
import FilRougeCore
import FilRougeScenarios
import Foundation

/// Reads a group's transcript files into a `Digest`: the work of `filrouge digest`, shared with
/// `filrouge bench --digest`, which times it.
///
/// The scenario is the one named with `--scenario`, or else the bundled scenario most of the
/// transcripts were played with (`ScenarioChoice`, fed with each file's first line before any
/// file is read whole, so that memory stays one batch's). Transcripts of any other scenario,
/// version or text, without a header, or that cannot be read are skipped, each with a note;
/// damaged lines are skipped with a note, the rest of their file kept.
struct DigestReading {
    var scenario: String?
    var anonymize = false
    var bestReplies = 3
    /// The replies a facilitator pinned or hid (`--choices`).
    var choices = ReplyChoices.none
    var concurrently = true

    struct Outcome {
        var digest: Digest
        /// What was skipped, one line each, for standard error.
        var notes: [String]
        /// What is wrong with the choices for these transcripts: choices left out.
        var choiceWarnings: [Diagnostic] = []
    }

    func run(arguments: [String]) throws -> Outcome {
        let paths = try Self.transcriptPaths(arguments)
        var builders: [DigestBuilder] = []
        var choiceNotes: [String] = []
        if let scenario {
            builders = [try Self.builder(named: scenario, anonymize: anonymize)]
        } else {
            let choice = Self.choice(of: paths)
            if let chosen = choice.chosen {
                builders = [try Self.builder(for: chosen, anonymize: anonymize)]
            }
            choiceNotes = choice.notes(bundledName: { Self.bundled($0)?.name })
            if !choiceNotes.isEmpty { choiceNotes.append("or one florilège per scenario: --each-scenario -o FOLDER") }
        }
        let notes = Self.read(paths, names: shownNames(paths), into: &builders, concurrently: concurrently)
        guard let builder = builders.first else {
            throw NothingToDigest(notes: notes, reason: "no transcript to digest: " + (paths.count == 1 ? "the file has no readable header, so the scenario it was played with is unknown" : "none of the \(paths.count) files has a readable header, so the scenario they were played with is unknown"))
        }
        let digest = builder.digest(bestReplies: bestReplies, choices: choices)
        guard digest.learners > 0 else {
            throw NothingToDigest(notes: notes, reason: "no transcript of \(ScenarioChoice.name(builder.reference)) to digest: " + (paths.count == 1 ? "the file was skipped" : "all \(paths.count) files were skipped"))
        }
        return Outcome(digest: digest, notes: notes + choiceNotes, choiceWarnings: builder.warnings(about: choices))
    }

    /// The transcript files the arguments name, folders walked.
    /// - Throws: when something named is not there, a folder cannot be listed, or no file is left:
    ///   a digest without a group it was asked for would look whole.
    static func transcriptPaths(_ arguments: [String]) throws -> [String] {
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
        return paths
    }

    /// The scenarios the files were played with, from their first lines only.
    static func choice(of paths: [String]) -> ScenarioChoice {
        ScenarioChoice(headers: paths.lazy.compactMap(TranscriptFileReader.header(path:)))
    }

    /// Reads `paths` into every builder, each keeping the transcripts of its scenario and counting
    /// the others as skipped, and returns what standard error says: each file no builder took,
    /// with why, and the damaged lines of those taken. With no builder, every file is skipped.
    /// - Parameter names: how notes call each file, one per path (`transcript 3` under
    ///   `--anonymize`, never its name); the paths when nil.
    static func read(_ paths: [String], names: [String]? = nil, into builders: inout [DigestBuilder], concurrently: Bool) -> [String] {
        var notes: [String] = []
        let shownNames = names ?? paths
        var position = 0
        TranscriptBatches.read(paths, names: shownNames, concurrently: concurrently) { batch in
            for loaded in batch {
                let shown = shownNames[position]
                position += 1
                let record: ConversationRecord
                switch loaded.record {
                case .failure(let error):
                    notes.append("\(shown): skipped: \(error.predicate)")
                    for index in builders.indices { builders[index].skip(.unreadable(error.predicate)) }
                    continue
                case .success(let read):
                    record = read
                }
                if let warning = loaded.warning { notes.append(warning) }
                notes += add(record, source: shown, fallbackName: LearnerNaming.fallbackName(of: loaded.path), into: &builders)
            }
        }
        return notes
    }

    /// How notes call the files: by their paths, or under `--anonymize` by their places.
    func shownNames(_ paths: [String]) -> [String]? {
        anonymize ? paths.indices.map { AnonymousLabels.transcript($0 + 1) } : nil
    }

    /// Hands one transcript, whatever it was read from, to every builder, and returns what
    /// standard error says of it: why no builder took it, or the damaged lines of the one that did.
    /// - Parameter source: how notes name the transcript (its file's path).
    static func add(_ record: ConversationRecord, source: String, fallbackName: String, into builders: inout [DigestBuilder]) -> [String] {
        var reasons: [SkipReason] = []
        // Added in place through the index: a copy of a builder would copy every answer.
        for index in builders.indices {
            if let reason = builders[index].add(record, fallbackName: fallbackName) { reasons.append(reason) }
        }
        if reasons.count < builders.count {
            return DamagedLineNotes.notes(record, name: source)
        }
        return ["\(source): skipped: " + whySkipped(record, reasons: reasons, builders: builders)]
    }

    /// Why no builder took a transcript: against the one scenario digested, or, with one builder
    /// per scenario, that it has no header or was played from a file that is not bundled.
    private static func whySkipped(_ record: ConversationRecord, reasons: [SkipReason], builders: [DigestBuilder]) -> String {
        if builders.count == 1, let reason = reasons.first {
            return reason.describe(against: builders[0].reference) + (reason == .noHeader ? firstLineDamage(record) : "")
        }
        guard let played = record.header?.scenario else {
            return SkipReason.noHeader.describe(against: nil) + firstLineDamage(record)
        }
        return "played with \(ScenarioChoice.name(played)) from a file that is not bundled with filrouge; digest it with --scenario FILE"
    }

    /// What made the first line unreadable, when it was read and found damaged (`; line 1: …`),
    /// so that a file without a header says why.
    static func firstLineDamage(_ record: ConversationRecord) -> String {
        guard let first = record.damaged.first, first.line == 1 else { return "" }
        return " (line 1: \(first.reason))"
    }

    /// The bundled scenario a transcript header names: same id and language, and the same text.
    static func builder(for played: TranscriptHeader.ScenarioReference, anonymize: Bool) throws -> DigestBuilder {
        guard let bundled = bundled(played) else {
            throw CommandFailure(
                "the transcripts were played with \(played.id) \(played.version) (\(played.language.rawValue)) from a file that is not bundled with filrouge (\(played.hash.prefix(19))…); name that file with --scenario FILE"
            )
        }
        return try builder(named: bundled.name, anonymize: anonymize)
    }

    /// The builder of the scenario file or bundled scenario named with `--scenario`.
    static func builder(named scenario: String, anonymize: Bool) throws -> DigestBuilder {
        let argument = try ScenarioArgument.resolve(scenario)
        let loaded = try argument.load()
        return DigestBuilder(scenario: loaded, reference: .init(scenario: loaded, sourceText: argument.text), anonymize: anonymize)
    }

    /// The bundled scenario of the very text a transcript was played with, if any.
    static func bundled(_ played: TranscriptHeader.ScenarioReference) -> BundledScenario? {
        BundledScenarios.all.first { bundled in
            "sha256:" + SHA256.hexDigest(of: Array(bundled.text.utf8)) == played.hash
        }
    }
}
