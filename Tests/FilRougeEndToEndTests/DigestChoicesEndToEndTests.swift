import Foundation
import FilRougeTestSupport
import Testing

/// `filrouge digest --choices` on the built binary, with the transcripts of Fixtures/digest, and
/// the example of docs/facilitators-guide.md.
struct DigestChoicesEndToEndTests {
    /// A folder holding a copy of the digest fixtures and `choices.yaml` with `choices`.
    static func folder(choices: String) throws -> URL {
        let folder = try FilRougeBinary.temporaryDirectory()
        for name in ["digest", "digest-boulangerie.yaml"] {
            try FileManager.default.copyItem(at: DigestEndToEndTests.fixtures.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try choices.write(to: folder.appendingPathComponent("choices.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    /// The guide's choices file, run as the guide shows: its warnings, and its florilège.
    @Test func theGuidesExampleIsWhatTheCommandPrints() throws {
        let guide = try Repository.text("docs/facilitators-guide.md")
        let section = try #require(guide.components(separatedBy: "### Pinning and hiding replies: `--choices`").dropFirst().first)
        let choices = try GraphAndNewDocumentationTests.block("yaml", in: section)
        let folder = try Self.folder(choices: choices)
        defer { try? FileManager.default.removeItem(at: folder) }
        let command = "filrouge digest digest/ --scenario digest-boulangerie.yaml --choices choices.yaml -o florilege.md"
        let run = try FilRougeBinary.run(Array(command.split(separator: " ").dropFirst().map(String.init)), directory: folder)
        #expect(run.status == 0, "\(run.error)")
        // The notes about the transcripts skipped come first; the guide shows the warnings after them.
        let warnings = try #require(run.error.range(of: "choices.yaml:")).lowerBound
        #expect(section.contains("```console\n$ \(command)\n\(run.error[warnings...])```\n"))
        let florilege = try String(contentsOf: folder.appendingPathComponent("florilege.md"), encoding: .utf8)
        let excerpt = try GraphAndNewDocumentationTests.block("text", in: section)
        #expect(excerpt.count > 100)
        #expect(florilege.contains(excerpt))
        // Eve's reply to step 2 is hidden; it was the second best.
        let step2 = try #require(florilege.components(separatedBy: "## Étape 2").dropFirst().first)
        #expect(!step2.contains("**Eve**"))
        #expect(step2.contains("**Dominique**"))
    }

    @Test func pinsAndHidesInHTMLAndJSONAndKeepsChoicesByNameWhenAnonymised() throws {
        let folder = try Self.folder(choices: "pin:\n  - { learner: dominique, step: reseaux }\nhide:\n  - { file: 01-camille, step: reseaux }\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = try FilRougeBinary.run(["digest", "digest", "--scenario", "digest-boulangerie.yaml", "--choices", "choices.yaml", "--anonymize", "--format", "json"], directory: folder)
        #expect(json.status == 0, "\(json.error)")
        let document = try JSONValue.parse(json.output)
        let steps = try #require(document["steps"]?.arrayValue)
        let best = try #require(steps[1]["best_replies"]?.arrayValue)
        // Numbered by name among the transcripts with a header, kept or not: Camille 1 (hidden),
        // Dominique 2, Oscar 3 (another scenario), Zoé 4, Quentin 5, Eve 6.
        #expect(best.map { $0["learner"]?.stringValue } == ["Learner 2", "Learner 6"])
        #expect(best.map { $0["pinned"] } == [.bool(true), .bool(false)])
        let html = try FilRougeBinary.run(["digest", "digest", "--scenario", "digest-boulangerie.yaml", "--choices", "choices.yaml", "--format", "html"], directory: folder)
        #expect(html.output.contains("<figure class=\"reply pinned\">\n<figcaption><strong>Dominique</strong> · partiel 50% · idées vues\u{00A0}: photos · <span class=\"pinned-label\">choisie par l’animateur</span></figcaption>"))
    }

    @Test func aChoicesFileWithAnErrorStopsTheDigestWithWhereItIs() throws {
        let folder = try Self.folder(choices: "pin:\n  - learner: Eve\n    stp: reseaux\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try FilRougeBinary.run(["digest", "digest", "--scenario", "digest-boulangerie.yaml", "--choices", "choices.yaml", "-o", "florilege.md"], directory: folder)
        #expect(run.status == 1)
        #expect(run.error == """
            choices.yaml:2:5: error: choice 1 of 'pin' has no 'step' [missing-key]
              - learner: Eve
                ^
            choices.yaml:3:5: error: unknown key 'stp' in choice 1 of 'pin'; did you mean 'step'? [unknown-key]
                stp: reseaux
                ^
            choices.yaml: 2 errors, 0 warnings

            """)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("florilege.md").path))
    }

    @Test func aChoicesFileThatIsNotUTF8IsRefusedWithWhatToDo() throws {
        let folder = try Self.folder(choices: "")
        defer { try? FileManager.default.removeItem(at: folder) }
        // "Zoé" in Latin-1, on the second line.
        try Data("pin:\n  - { learner: Zo\u{E9}, step: commandes }\n".unicodeScalars.map { UInt8($0.value) }).write(to: folder.appendingPathComponent("choices.yaml"))
        let run = try FilRougeBinary.run(["digest", "digest", "--scenario", "digest-boulangerie.yaml", "--choices", "choices.yaml"], directory: folder)
        #expect(run.status == 1)
        #expect(run.error == "filrouge: choices.yaml:2: the file is not UTF-8 text (save it as UTF-8)\n")
    }

    @Test func aMissingChoicesFileIsSaidSo() throws {
        let folder = try Self.folder(choices: "pin: []\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try FilRougeBinary.run(["digest", "digest", "--scenario", "digest-boulangerie.yaml", "--choices", "nowhere.yaml"], directory: folder)
        #expect(run.status == 1)
        #expect(run.error == "filrouge: no such file: nowhere.yaml\n")
        #expect(run.output.isEmpty)
    }

    /// One choices file for the French and the English florilège of `--each-scenario`: each choice
    /// applies to the scenario that has its step, and is warned about only when none has it.
    @Test func eachScenarioAppliesTheChoicesToEveryFlorilege() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try DigestGroupsEndToEndTests.play([("sam", true), ("camille", false)], into: directory.appendingPathComponent("mixed"))
        let choices = """
            pin:
              - { learner: camille, step: diagnostic }
            hide:
              - { learner: sam, step: diagnosis }
              - { learner: sam, step: diagnosys }
            """
        try choices.write(to: directory.appendingPathComponent("choices.yaml"), atomically: true, encoding: .utf8)
        let run = try FilRougeBinary.run(["digest", "mixed", "--each-scenario", "-o", "out", "--choices", "choices.yaml"], directory: directory)
        #expect(run.status == 0, "\(run.error)")
        // `diagnostic` is the French step and `diagnosis` the English one: only the misspelt step is in neither.
        #expect(run.error == """
            choices.yaml:5:5: warning: 'step' names 'diagnosys', which is not a step of alancienne; did you mean 'diagnosis'?; this choice is left out [unknown-choice-step]
              - { learner: sam, step: diagnosys }
                ^

            """)
        let french = try String(contentsOf: directory.appendingPathComponent("out/alancienne-1.0-fr.md"), encoding: .utf8)
        #expect(french.contains("**camille** · partiel 50% · *choisie par l’animateur* ·"))
        let english = try String(contentsOf: directory.appendingPathComponent("out/alancienne-1.0-en.md"), encoding: .utf8)
        #expect(!english.contains("**sam**"))
        #expect(english.contains("| sam     |"))
    }

    /// `--compare` and `--learners` show no replies: a choices file there is a mistake, said at once.
    @Test func compareAndLearnersRefuseAChoicesFile() throws {
        let folder = try Self.folder(choices: "pin:\n  - { learner: Eve, step: reseaux }\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let compare = try FilRougeBinary.run(["digest", "digest", "digest/", "--compare", "--choices", "choices.yaml"], directory: folder)
        #expect(compare.status == 64)
        #expect(compare.error.hasPrefix("Error: --compare shows no replies to pin or hide: leave out --choices\n"))
        let learners = try FilRougeBinary.run(["digest", "digest", "--learners", "--choices", "choices.yaml"], directory: folder)
        #expect(learners.status == 64)
        #expect(learners.error.hasPrefix("Error: --learners shows no replies to pin or hide: leave out --choices\n"))
        #expect(compare.output.isEmpty && learners.output.isEmpty)
    }
}
