import Foundation
import FilRougeTestSupport
import Testing

/// `--anonymize` in every command that reads transcripts: one numbering (one number per name, in
/// the order of the files; a number of its own for a transcript without a name), the same learner
/// with the same number in replay, digest, export's CSV and xAPI, and no name, of a learner or of
/// a file, on standard output or standard error.
struct AnonymityEndToEndTests {
    /// In path order: Léa (1), Camille (2), Camille again (2), a learner without a name (3).
    /// Camille's first transcript ends with a damaged line.
    static func group() throws -> URL {
        let directory = try FilRougeBinary.temporaryDirectory()
        try FileManager.default.copyItem(at: PlayEndToEndTests.fixture, to: directory.appendingPathComponent("boulangerie.yaml"))
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("group"), withIntermediateDirectories: true)
        let plays: [(String?, String, String)] = [
            ("Léa", "a-lea.jsonl", "Fais simple.\nJe ne sais pas\n"),
            ("Camille", "b-camille.jsonl", "Oui, la précommande en ligne, c'est simple\n/indice\nDes photos, c'est tout\n"),
            ("Camille", "c-camille.jsonl", "Une commande en ligne, pourquoi pas.\n"),
            (nil, "d-sans-nom.jsonl", "commande en ligne\nInstagram et des photos\n"),
        ]
        for (name, file, replies) in plays {
            let arguments = ["play", "boulangerie.yaml", "--transcript", "group/" + file, "--seed", "5"] + (name.map { ["--name", $0] } ?? [])
            let run = try FilRougeBinary.run(arguments, input: replies, directory: directory)
            #expect(run.status == 0, "\(run.error)")
        }
        let camille = directory.appendingPathComponent("group/b-camille.jsonl")
        let text = try String(contentsOf: camille, encoding: .utf8)
        try (text + "{\"type\":\"reply\",\"at\":\"2026\n").write(to: camille, atomically: true, encoding: .utf8)
        return directory
    }

    static let hidden = ["Léa", "Camille", "a-lea", "b-camille", "c-camille", "sans-nom", ".jsonl"]

    func expectNoName(_ run: FilRougeBinary.Run, _ command: String) {
        for name in Self.hidden {
            #expect(!run.output.contains(name), "\(command): \(name) on standard output")
            #expect(!run.error.contains(name), "\(command): \(name) on standard error")
        }
    }

    @Test func everyCommandGivesTheSameLearnerTheSameNumberAndNamesNoOne() throws {
        let directory = try Self.group()
        defer { try? FileManager.default.removeItem(at: directory) }
        func run(_ arguments: [String]) throws -> FilRougeBinary.Run {
            let run = try FilRougeBinary.run(arguments + ["--anonymize", "group/"], directory: directory)
            #expect(run.status == 0, "\(arguments): \(run.error)")
            expectNoName(run, arguments.joined(separator: " "))
            return run
        }

        let digest = try run(["digest", "--scenario", "boulangerie.yaml"])
        #expect(digest.error.hasPrefix("transcript 2:"))
        #expect(digest.error.hasSuffix("; line skipped\n"))

        let replay = try run(["replay", "--scenario", "boulangerie.yaml"])
        // Camille's two transcripts are told apart on the page, under the one number.
        #expect(replay.output.replacingOccurrences(of: "\n", with: " ").hasPrefix("1/2 · La boulangerie de Mme Levain · Apprenant·e 1, Apprenant·e 2, Apprenant·e 2 (2), Apprenant·e 3 "))
        #expect(replay.error.hasPrefix("filrouge: transcript 2:"))

        // The progress table is the same from the digest and from the replay.
        let table = try run(["digest", "--learners", "--scenario", "boulangerie.yaml"])
        let replayTable = try run(["replay", "--learners", "--scenario", "boulangerie.yaml"])
        #expect(table.output == replayTable.output)
        let learners = table.output.split(separator: "\n").dropFirst(3).map { $0.split(separator: "|")[0].trimmingCharacters(in: .whitespaces) }
        #expect(learners == ["Apprenant·e 1", "Apprenant·e 2", "Apprenant·e 2", "Apprenant·e 3"])

        let csv = try run(["export", "--format", "csv"])
        let rows = try RFC4180Reader.rows(csv.output).dropFirst()
        #expect(Set(rows.map { "\($0[0]) \($0[1])" }) == ["1 transcript-1", "2 transcript-2", "2 transcript-3", "3 transcript-4"])
        #expect(csv.error.contains("filrouge: transcript 2:"))

        let xapi = try run(["export", "--format", "xapi"])
        let statements = try #require(try JSONValue.parse(xapi.output).arrayValue)
        let actors = statements.compactMap { statement -> String? in
            guard let account = statement["actor"]?["account"]?["name"]?.stringValue, let name = statement["actor"]?["name"]?.stringValue else { return nil }
            return "\(account) \(name)"
        }
        #expect(actors.count == statements.count)
        // In the order of the conversations: Léa's two statements, Camille's, then the unnamed learner's.
        let distinct = actors.reduce(into: [String]()) { seen, actor in if seen.last != actor { seen.append(actor) } }
        #expect(distinct == ["learner-1 Apprenant·e 1", "learner-2 Apprenant·e 2", "learner-3 Apprenant·e 3"])
    }
}
