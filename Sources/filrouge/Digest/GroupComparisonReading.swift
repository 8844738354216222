import FilRougeConsole
import FilRougeCore
import Foundation

extension DigestReading {
    /// The digests of several groups of one scenario, for `digest --compare`: each argument is a
    /// group (a folder, or a transcript file for a session of one), named after it. The scenario is
    /// the one named with `--scenario`, or else the one most of all the groups' transcripts were
    /// played with; each group is read on its own, so that its figures are its own florilège's.
    func runComparison(arguments: [String]) throws -> (comparison: DigestComparison, notes: [String]) {
        let names = try Self.groupNames(arguments)
        let groups = try arguments.map { try Self.transcriptPaths([$0]) }
        let template: DigestBuilder
        var choiceNotes: [String] = []
        if let scenario {
            template = try Self.builder(named: scenario, anonymize: anonymize)
        } else {
            let choice = Self.choice(of: groups.flatMap { $0 })
            guard let chosen = choice.chosen else {
                let count = groups.reduce(0) { $0 + $1.count }
                var builders: [DigestBuilder] = []
                let notes = groups.flatMap { Self.read($0, into: &builders, concurrently: concurrently) }
                throw NothingToDigest(notes: notes, reason: "no transcript to compare: none of the \(count) files has a readable header, so the scenario they were played with is unknown")
            }
            template = try Self.builder(for: chosen, anonymize: anonymize)
            choiceNotes = choice.notes(bundledName: { Self.bundled($0)?.name })
        }
        var notes: [String] = []
        var compared: [DigestComparison.Group] = []
        for (name, paths) in zip(names, groups) {
            var builders = [template]
            notes += Self.read(paths, into: &builders, concurrently: concurrently)
            compared.append(.init(name: name, digest: builders[0].digest(bestReplies: bestReplies)))
        }
        guard compared.contains(where: { $0.digest.learners > 0 }) else {
            throw NothingToDigest(notes: notes, reason: "no transcript of \(ScenarioChoice.name(template.reference)) to compare: every file was skipped")
        }
        return (DigestComparison(groups: compared), notes + choiceNotes)
    }

    /// Each group's name: its folder's name (`group-a/` is `group-a`), or its file's without
    /// `.jsonl`; the argument as typed when two folders share a name (`2025/group-a`).
    /// - Throws: when one is given twice.
    static func groupNames(_ arguments: [String]) throws -> [String] {
        let short = arguments.map { argument in
            let name = URL(fileURLWithPath: argument).standardizedFileURL.lastPathComponent
            return name.hasSuffix(".jsonl") ? String(name.dropLast(6)) : name
        }
        let names = arguments.indices.map { index in
            short.filter { $0 == short[index] }.count == 1 ? short[index] : (arguments[index].hasSuffix("/") ? String(arguments[index].dropLast()) : arguments[index])
        }
        if let twice = names.first(where: { name in names.filter { $0 == name }.count > 1 }) {
            throw CommandFailure("the group \(TerminalSafeText.sanitize(twice)) is named twice: give each group once")
        }
        return names
    }
}
