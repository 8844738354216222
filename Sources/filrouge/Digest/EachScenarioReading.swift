import FilRougeConsole
import FilRougeCore

extension DigestReading {
    /// One digest for each bundled scenario the transcripts were played with, in the order first
    /// met: a folder of French and English learners gives two florilèges in one reading. The files
    /// are read once, each handed to every scenario's builder, which keeps only its own; so memory
    /// is one batch's and the answers kept, as for a single digest of the whole folder.
    /// Transcripts played from a scenario file that is not bundled are listed as skipped, with the
    /// `--scenario FILE` that digests them. The choices apply to every florilège, each to the
    /// scenarios that have its step.
    func runEachScenario(arguments: [String]) throws -> (digests: [Digest], notes: [String], choiceWarnings: [Diagnostic]) {
        let paths = try Self.transcriptPaths(arguments)
        let choice = Self.choice(of: paths)
        let bundled = choice.counts.filter { Self.bundled($0.scenario) != nil }
        if let first = choice.counts.first, bundled.isEmpty {
            // None can be digested without its file: the one-scenario message says which.
            _ = try Self.builder(for: first.scenario, anonymize: anonymize)
        }
        var builders = try bundled.map { try Self.builder(for: $0.scenario, anonymize: anonymize) }
        let notes = Self.read(paths, names: shownNames(paths), into: &builders, concurrently: concurrently)
        let digested = builders.map { (builder: $0, digest: $0.digest(bestReplies: bestReplies, choices: choices)) }.filter { $0.digest.learners > 0 }
        let digests = digested.map(\.digest)
        guard !digests.isEmpty else {
            let why = choice.counts.isEmpty
                ? (paths.count == 1 ? "the file has no readable header, so the scenario it was played with is unknown" : "none of the \(paths.count) files has a readable header, so the scenario they were played with is unknown")
                : (paths.count == 1 ? "the file was skipped" : "all \(paths.count) files were skipped")
            throw NothingToDigest(notes: notes, reason: "no transcript to digest: " + why)
        }
        return (digests, notes, ReplyChoiceWarnings.of(choices, in: digested.map(\.builder)))
    }
}
