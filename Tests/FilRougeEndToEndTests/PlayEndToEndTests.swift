import Foundation
import FilRougeTestSupport
import Testing

/// `filrouge play` driven through a pipe, as `filrouge play < replies.txt` would be.
@Suite(.serialized)
struct PlayEndToEndTests {
    static let fixture = Repository.url("Tests/FilRougeEndToEndTests/Fixtures/boulangerie.yaml")

    func jsonLines(_ url: URL) throws -> [[String: Any]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.hasSuffix("\n"))
        return try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a JSON object: \(line)")
        }
    }

    @Test func playsAScenarioAndWritesTheTranscriptLineByLine() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let transcript = directory.appendingPathComponent("camille.jsonl")
        let replies = "Oui, la précommande en ligne, c'est simple\n/indice\nDes photos, c'est tout\n"
        let run = try FilRougeBinary.run(
            ["play", Self.fixture.path, "--transcript", transcript.path, "--seed", "5", "--name", "Camille"],
            input: replies
        )
        #expect(run.status == 0, "\(run.error)")
        #expect(run.error.isEmpty, "\(run.error)")
        #expect(!run.output.contains("\u{1B}"), "no colour in a pipe")

        let output = run.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(output.first == "La boulangerie de Mme Levain")
        #expect(output.contains("Vous\u{00A0}: Oui, la précommande en ligne, c'est simple"))
        #expect(output.contains("Mme Levain\u{00A0}: Tu as raison, je vais essayer."))
        #expect(output.contains("Indice\u{00A0}: Plus d'indice pour cette question."))
        #expect(output.contains("Mme Levain\u{00A0}: D'accord, je vais y réfléchir."))
        #expect(output.contains("Mme Levain\u{00A0}: Merci, je me lance dès lundi !"))
        let summary = Array(output.drop { $0 != "Bilan" })
        #expect(summary == [
            "Bilan",
            "  commandes  100%  réussi    ✓ commande en ligne, simplicité",
            "  reseaux     50%  partiel   ✓ photos  ✗ réseaux sociaux",
            "  Total\u{00A0}: 75% (réussi)",
            "Transcription enregistrée\u{00A0}: \(transcript.path)",
            "",
        ])

        let lines = try jsonLines(transcript)
        #expect(lines.map { $0["type"] as? String } == [
            "header", "narration", "friend", "question",
            "reply", "evaluation", "friend", "counters", "step_completed", "route",
            "question", "command", "hint",
            "reply", "evaluation", "friend", "step_completed", "route",
            "friend", "end",
        ])
        let header = lines[0]
        #expect(header["format"] as? Int == 1)
        #expect(header["learner"] as? String == "Camille")
        #expect(header["seed"] as? Int == 5)
        let scenario = try #require(header["scenario"] as? [String: Any])
        #expect(scenario["id"] as? String == "boulangerie")
        #expect(scenario["version"] as? String == "1.0")
        #expect((scenario["hash"] as? String)?.hasPrefix("sha256:") == true)
        #expect((scenario["hash"] as? String)?.count == 71)

        let repliesWritten = lines.filter { $0["type"] as? String == "reply" }.map { $0["text"] as? String }
        #expect(repliesWritten == ["Oui, la précommande en ligne, c'est simple", "Des photos, c'est tout"])
        #expect(lines[11]["name"] as? String == "hint")

        let evaluation = try #require(lines[5]["evaluation"] as? [String: Any])
        #expect(evaluation["band"] as? String == "good")
        #expect(evaluation["score"] as? Double == 1)
        let criteria = try #require(evaluation["criteria"] as? [[String: Any]])
        #expect(criteria.map { $0["status"] as? String } == ["met", "met"])
        let evidence = try #require((criteria[0]["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["text"] as? String == "précommande")
        #expect(evidence["keyword"] as? String == "précommand*")
        let ranges = try #require(evidence["ranges"] as? [[String: Int]])
        #expect(ranges.first?["start"] == 8)
        #expect(ranges.first?["end"] == 19)

        #expect(lines[9]["to"] as? String == "reseaux")
        #expect(lines[17]["to"] as? String == "end")
        #expect(lines[17]["reason"] as? String == "route 1 (confiance >= 1)")
        let end = lines[19]
        #expect(end["reason"] as? String == "completed")
        #expect(end["ending"] as? String == "enthousiaste")
        let total = try #require(end["summary"] as? [String: Any])
        #expect(total["score"] as? Double == 0.75)
        #expect(total["band"] as? String == "good")
    }

    @Test func theSameSeedAndRepliesGiveTheSameConversation() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var outputs: [String] = []
        for name in ["a", "b"] {
            let path = directory.appendingPathComponent("\(name).jsonl").path
            let run = try FilRougeBinary.run(["play", Self.fixture.path, "--transcript", path, "--seed", "9"], input: "commande en ligne\nInstagram et des photos\n")
            outputs.append(run.output.replacingOccurrences(of: path, with: "PATH"))
        }
        #expect(outputs[0] == outputs[1])
    }

    @Test func playsTheBundledCaseStudyFromAnyDirectoryAndKeepsTheTranscriptInXDGData() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let data = directory.appendingPathComponent("data")
        let run = try FilRougeBinary.run(["play"], input: "/quitter\n", environment: ["XDG_DATA_HOME": data.path], directory: directory)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("Alancienne"))
        #expect(run.output.contains("Conversation interrompue avant la fin."))
        let folder = data.appendingPathComponent("filrouge/transcripts")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.count == 1)
        #expect(files.first?.hasPrefix("alancienne-") == true)
        let lines = try jsonLines(folder.appendingPathComponent(files[0]))
        #expect(lines.first?["type"] as? String == "header")
        #expect(lines.last?["type"] as? String == "end")
        #expect(lines.last?["reason"] as? String == "quit")
        #expect(lines.contains { $0["type"] as? String == "command" && $0["name"] as? String == "quit" })
    }

    @Test func theEnglishCaseStudySpeaksEnglish() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try FilRougeBinary.run(["play", "--lang", "en", "--transcript", directory.appendingPathComponent("t.jsonl").path], input: "/help\n")
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("Reply freely, as to a friend. Commands:"))
        #expect(run.output.contains("Summary"))
        #expect(run.output.contains("Transcript saved: "))
    }

    @Test func hostileRepliesNeverReachTheTerminalRaw() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("t.jsonl").path
        let run = try FilRougeBinary.run(["play", Self.fixture.path, "--transcript", path], input: "titre \u{1B}]2;pirate\u{07} et \u{1B}[2J commande en ligne\n")
        #expect(run.status == 0)
        #expect(!run.output.contains("\u{1B}"))
        #expect(run.output.contains("Vous\u{00A0}: titre  et  commande en ligne"))
        let transcript = try String(contentsOfFile: path, encoding: .utf8)
        #expect(transcript.contains(#"\u001b]2;pirate\u0007"#), "the transcript keeps the reply exactly as typed")
    }

    @Test func refusesToOverwriteATranscript() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("t.jsonl")
        try "keep me\n".write(to: path, atomically: true, encoding: .utf8)
        let run = try FilRougeBinary.run(["play", Self.fixture.path, "--transcript", path.path], input: "")
        #expect(run.status == 1)
        #expect(run.error.contains("impossible d'écrire la transcription \(path.path)"))
        #expect(try String(contentsOf: path, encoding: .utf8) == "keep me\n")
    }

    @Test func reportsABadArgumentWithUsage() throws {
        let run = try FilRougeBinary.run(["play", "--lang", "de"])
        #expect(run.status == 64)
        #expect(run.error.contains("--lang must be 'fr' or 'en', not 'de'."))
        let missing = try FilRougeBinary.run(["play", "nowhere.yaml"])
        #expect(missing.status == 1)
        #expect(missing.error.contains("no such file: nowhere.yaml"))
    }
}

/// `filrouge play` where no Hunspell dictionary is installed: grading goes on, on stems alone, and
/// the learner is told once, on standard error, how to install the dictionary.
struct PlayWithoutDictionaryTests {
    @Test func playSaysOnceThatGradingIsDegraded() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let empty = directory.appendingPathComponent("no-dictionaries")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let transcript = directory.appendingPathComponent("t.jsonl")
        let run = try FilRougeBinary.run(
            ["play", "--seed", "1", "--transcript", transcript.path],
            input: "Il faut demander à tes clients pourquoi ils partent.\nUn site web.\n/quitter\n",
            environment: ["FILROUGE_DICTIONARIES": empty.path]
        )
        #expect(run.status == 0, "\(run.error)")
        let notices = run.error.split(separator: "\n").filter { $0.contains("grading is degraded") }
        #expect(notices.count == 1, "\(run.error)")
        #expect(run.error.contains("sudo apt-get install hunspell-fr"))
        #expect(run.output.contains("demander aux clients"), "the reply is still graded")
    }

    @Test func playSaysNothingWhenTheDictionaryIsInstalled() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try FilRougeBinary.run(
            ["play", "--seed", "1", "--transcript", directory.appendingPathComponent("t.jsonl").path],
            input: "Demande à tes clients.\n/quitter\n"
        )
        #expect(run.status == 0)
        #expect(run.error.isEmpty, "\(run.error)")
    }
}
