import Foundation
import FilRougeTestSupport
import Testing

/// `filrouge replay` on transcripts written by `filrouge play`, through a pipe: plain text, every
/// page at once, compared with golden files.
@Suite(.serialized)
struct ReplayEndToEndTests {
    static let fixtures = Repository.endToEndFixtures

    /// A folder with the boulangerie scenario and two conversations played with it: Camille's,
    /// which reaches the end with a damaged line added at the end, and Léa's, cut short by a
    /// weak reply and its follow-up.
    static func conversations() throws -> URL {
        let directory = try FilRougeBinary.temporaryDirectory()
        let scenario = directory.appendingPathComponent("boulangerie.yaml")
        try FileManager.default.copyItem(at: PlayEndToEndTests.fixture, to: scenario)
        let plays = [
            ("Camille", "camille.jsonl", "Oui, la précommande en ligne, c'est simple\n/indice\nDes photos, c'est tout\n"),
            ("Léa", "lea.jsonl", "Fais simple.\nJe ne sais pas\n"),
        ]
        for (name, file, replies) in plays {
            let run = try FilRougeBinary.run(
                ["play", "boulangerie.yaml", "--transcript", file, "--seed", "5", "--name", name],
                input: replies, directory: directory
            )
            guard run.status == 0 else { throw PlayFailed(error: run.error) }
        }
        let camille = directory.appendingPathComponent("camille.jsonl")
        let text = try String(contentsOf: camille, encoding: .utf8)
        try (text + "{\"type\":\"reply\",\"at\":\"2026\n").write(to: camille, atomically: true, encoding: .utf8)
        return directory
    }

    struct PlayFailed: Error {
        var error: String
    }

    func golden(_ name: String, for output: String) throws -> String {
        try GoldenFile.text(Self.fixtures.appendingPathComponent(name), for: output)
    }

    @Test func replaysAConversationAsPlainTextAndReportsTheDamagedLine() throws {
        let directory = try Self.conversations()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try FilRougeBinary.run(["replay", "--scenario", "boulangerie.yaml", "camille.jsonl"], directory: directory)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output == (try golden("replay-camille.expected.txt", for: run.output)))
        #expect(!run.output.contains("\u{1B}"))
        let errors = run.error.split(separator: "\n")
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("filrouge: camille.jsonl:21: not a transcript entry (") == true)
        #expect(errors.first?.hasSuffix("); line skipped") == true)
    }

    @Test func replaysSeveralLearnersStepByStepWithScoresAndNoNames() throws {
        let directory = try Self.conversations()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try FilRougeBinary.run(
            ["replay", "--scores", "--anonymize", "--scenario", "boulangerie.yaml", "camille.jsonl", "lea.jsonl"], directory: directory
        )
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output == (try golden("replay-anonymized-scores.expected.txt", for: run.output)))
        for hidden in ["Camille", "Léa", "camille", "lea"] {
            #expect(!(run.output + run.error).contains(hidden))
        }
        #expect(run.error.hasPrefix("filrouge: transcript 1:21: "))
    }

    @Test func regradesWithAnEditedScenarioAndShowsWhatWouldChange() throws {
        let directory = try Self.conversations()
        defer { try? FileManager.default.removeItem(at: directory) }
        let edited = try String(contentsOf: directory.appendingPathComponent("boulangerie.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "    - \"précommand*\"\n", with: "")
            .replacingOccurrences(of: "version: \"1.0\"", with: "version: \"1.1\"")
        try edited.write(to: directory.appendingPathComponent("revised.yaml"), atomically: true, encoding: .utf8)
        let run = try FilRougeBinary.run(["replay", "--regrade", "revised.yaml", "camille.jsonl", "lea.jsonl"], directory: directory)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("Nouvelle correction\u{00A0}: le scénario a changé depuis la conversation (version 1.0 →\n  1.1).\n"))
        #expect(run.output.contains("""
            Nouvelle correction\u{00A0}: réussi 100% → manqué 33% · suite\u{00A0}: reseaux → fin-rapide
              − en moins\u{00A0}: commande en ligne
              la relance serait posée maintenant
            """))
        #expect(run.output.contains("Nouvelle correction\u{00A0}: manqué 33% (inchangé) · suite\u{00A0}: fin-rapide (inchangé)"))
        // Camille's second step keeps its grade, but the trust her first reply no longer earns
        // now sends her to the quick ending.
        #expect(run.output.contains("Nouvelle correction\u{00A0}: partiel 50% (inchangé) · suite\u{00A0}: end → fin-rapide"))
        #expect(run.output.contains("""
            Camille\u{00A0}: Conversation menée jusqu’au bout (fin «\u{00A0}enthousiaste\u{00A0}»).
              Nouvelle correction\u{00A0}: 2 étapes sur 2 changeraient de résultat ou de suite.
            """))
        #expect(!run.output.contains("Coach"), "grades are shown only with --scores")
    }

    @Test func refusesATranscriptOfAnotherScenarioUnreadableFilesAndFilesWithoutHeader() throws {
        let directory = try Self.conversations()
        defer { try? FileManager.default.removeItem(at: directory) }
        let other = try FilRougeBinary.run(["replay", "--regrade", "alancienne.fr", "camille.jsonl"], directory: directory)
        #expect(other.status == 1)
        #expect(other.error == "filrouge: cannot regrade camille.jsonl with bundled:alancienne.fr.yaml: it is a conversation of scenario 'boulangerie', not 'alancienne'\n")
        #expect(other.output.isEmpty)

        let missing = try FilRougeBinary.run(["replay", "nobody.jsonl"], directory: directory)
        #expect(missing.status == 1)
        #expect(missing.error == "filrouge: no such file: nobody.jsonl\n")

        try "just some notes\n".write(to: directory.appendingPathComponent("notes.jsonl"), atomically: true, encoding: .utf8)
        let notes = try FilRougeBinary.run(["replay", "notes.jsonl"], directory: directory)
        #expect(notes.status == 1)
        #expect(notes.error.hasPrefix("filrouge: notes.jsonl:1: no transcript header: not a transcript entry"))
    }

    @Test func helpGivesExamplesAndTheKeysAndBadOptionsAreRefused() throws {
        let help = try FilRougeBinary.run(["replay", "--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("Examples:"))
        #expect(help.output.contains("filrouge replay --scores camille.jsonl"))
        #expect(help.output.contains("filrouge replay --regrade my-scenario.yaml camille.jsonl"))
        #expect(help.output.contains("(3 for \"3/11\"), counted from 1"))
        #expect(help.output.contains("PageUp"))
        #expect(help.output.contains("florilège"))
        let delay = try FilRougeBinary.run(["replay", "--delay", "5", "x.jsonl"])
        #expect(delay.status == 64)
        #expect(delay.error.contains("--delay goes with --auto."))
        let none = try FilRougeBinary.run(["replay"])
        #expect(none.status == 64)
        #expect(none.error.contains("name at least one transcript to replay."))
    }
}
