import Foundation
import FilRougeTestSupport
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `filrouge digest` over a folder of several scenarios (the bundled case study played in French
/// and in English by the binary), `--each-scenario`, and `--compare` of two groups made of the
/// boulangerie transcripts of Fixtures/digest: group `matin` holds Camille and Dominique, group
/// `soir` Zoé, Quentin and Eve (see DigestEndToEndTests for what each did).
struct DigestGroupsEndToEndTests {
    static let fixtures = Repository.endToEndFixtures

    /// Plays the bundled case study into `folder`: each learner gives one reply and leaves.
    static func play(_ learners: [(file: String, english: Bool)], into folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for learner in learners {
            let path = folder.appendingPathComponent(learner.file + ".jsonl").path
            let arguments = ["play", "--seed", "1", "--name", learner.file, "--transcript", path] + (learner.english ? ["--lang", "en"] : [])
            let input = learner.english ? "Ask your clients why they left.\n/quit\n" : "Demande à tes clients pourquoi ils sont partis.\n/quitter\n"
            let play = try FilRougeBinary.run(arguments, input: input)
            #expect(play.status == 0, "\(play.error)")
        }
    }

    @Test func takesTheScenarioOfMostTranscriptsAndSaysWhatItLeftOut() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // The English transcript comes first in path order: the first met is not the one chosen.
        try Self.play([("a-en", true), ("b-fr", false), ("c-fr", false)], into: directory.appendingPathComponent("mixed"))
        let run = try FilRougeBinary.run(["digest", "mixed"], directory: directory)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.hasPrefix("# Florilège des réponses\u{00A0}: Le cabinet de M. Alancienne\n\nScénario alancienne 1.0 (fr). 2 transcriptions lues, 1 écartée (1 d’une autre version)."))
        #expect(run.error == """
            mixed/a-en.jsonl: skipped: played with 'alancienne' in en, not fr
            digest of alancienne 1.0 (fr), the scenario of 2 of the 3 transcripts with a header; left out:
              1 transcript of alancienne 1.0 (en): digest it with --scenario alancienne.en
            or one florilège per scenario: --each-scenario -o FOLDER

            """)
        // Following the advice digests the other one.
        let english = try FilRougeBinary.run(["digest", "mixed", "--scenario", "alancienne.en"], directory: directory)
        #expect(english.status == 0, "\(english.error)")
        #expect(english.output.hasPrefix("# Anthology of replies: Mr Alancienne's firm\n\nScenario alancienne 1.0 (en). 1 transcript read, 2 skipped (2 of another version of it)."))
    }

    @Test func onATieTakesTheScenarioMetFirst() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.play([("a-en", true), ("b-fr", false)], into: directory.appendingPathComponent("mixed"))
        let run = try FilRougeBinary.run(["digest", "mixed"], directory: directory)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.hasPrefix("# Anthology of replies: Mr Alancienne's firm\n"))
        #expect(run.error.contains("digest of alancienne 1.0 (en), the scenario of 1 of the 2 transcripts with a header; left out:\n  1 transcript of alancienne 1.0 (fr): digest it with --scenario alancienne.fr\n"))
    }

    @Test func saysNothingOfAChoiceWhenEveryTranscriptIsOfOneScenario() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.play([("a-fr", false), ("b-fr", false)], into: directory.appendingPathComponent("group"))
        let run = try FilRougeBinary.run(["digest", "group"], directory: directory)
        #expect(run.status == 0)
        #expect(run.error.isEmpty)
    }

    @Test func writesOneFlorilegePerScenarioIntoAFolder() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.play([("a-en", true), ("b-fr", false), ("c-fr", false)], into: directory.appendingPathComponent("mixed"))
        // A transcript of a scenario file that is not bundled is listed, with what digests it.
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("digest/01-camille.jsonl"), to: directory.appendingPathComponent("mixed/d-boulangerie.jsonl"))
        let run = try FilRougeBinary.run(["digest", "mixed", "--each-scenario", "--format", "html", "-o", "florileges"], directory: directory)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output == """
            florileges/alancienne-1.0-en.html: alancienne 1.0 (en), 1 transcript
            florileges/alancienne-1.0-fr.html: alancienne 1.0 (fr), 2 transcripts

            """)
        #expect(run.error == "mixed/d-boulangerie.jsonl: skipped: played with boulangerie 1.0 (fr) from a file that is not bundled with filrouge; digest it with --scenario FILE\n")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("florileges").path).sorted()
        #expect(files == ["alancienne-1.0-en.html", "alancienne-1.0-fr.html"])
        let english = try String(contentsOf: directory.appendingPathComponent("florileges/alancienne-1.0-en.html"), encoding: .utf8)
        #expect(english.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"))
        #expect(english.contains("<p>1 transcript read, 3 skipped (1 of another scenario, 2 of another version of it).</p>"))
        let french = try String(contentsOf: directory.appendingPathComponent("florileges/alancienne-1.0-fr.html"), encoding: .utf8)
        #expect(french.contains("<p>2 transcriptions lues, 2 écartées (1 d’un autre scénario, 1 d’une autre version).</p>"))
    }

    @Test func eachScenarioNeedsAFolderAndNoScenario() throws {
        let noFolder = try FilRougeBinary.run(["digest", "digest", "--each-scenario"], directory: Self.fixtures)
        #expect(noFolder.status == 64)
        #expect(noFolder.error.hasPrefix("Error: --each-scenario writes one file per scenario: name their folder with -o FOLDER\n"))
        let withScenario = try FilRougeBinary.run(["digest", "digest", "--each-scenario", "-o", "out", "--scenario", "alancienne.fr"], directory: Self.fixtures)
        #expect(withScenario.status == 64)
        #expect(withScenario.error.hasPrefix("Error: --each-scenario finds the scenarios in the transcripts: leave out --scenario\n"))
    }

    /// Folders `matin` (Camille, Dominique) and `soir` (Zoé, Quentin, Eve) under a new folder.
    static func groups() throws -> URL {
        let directory = try FilRougeBinary.temporaryDirectory()
        let groups = ["matin": ["01-camille", "02-dominique"], "soir": ["05-zoe", "06-quentin", "07-eve"]]
        for (group, files) in groups {
            try FileManager.default.createDirectory(at: directory.appendingPathComponent(group), withIntermediateDirectories: true)
            for file in files {
                try FileManager.default.copyItem(
                    at: Self.fixtures.appendingPathComponent("digest/\(file).jsonl"), to: directory.appendingPathComponent("\(group)/\(file).jsonl")
                )
            }
        }
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("digest-boulangerie.yaml"), to: directory.appendingPathComponent("boulangerie.yaml"))
        return directory
    }

    @Test func comparesTwoGroupsInMarkdown() throws {
        let directory = try Self.groups()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try FilRougeBinary.run(["digest", "matin/", "soir/", "--compare", "--scenario", "boulangerie.yaml"], directory: directory)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.error.hasPrefix("soir/07-eve.jsonl:17: not a transcript entry"))
        #expect(run.output == """
            # Comparaison des groupes\u{00A0}: La boulangerie de Mme Levain

            Scénario boulangerie 1.0 (fr).

            | Groupe | Transcriptions |
            | :--- | :--- |
            | matin | 2 transcriptions lues |
            | soir | 3 transcriptions lues |

            ## Étape 1 · Tu crois que je devrais prendre des commandes sur internet ?

            | Groupe | ont répondu | réussi | partiel | manqué |
            | :--- | ---: | ---: | ---: | ---: |
            | matin | 100% (2) | 100% (2) | 0% (0) | 0% (0) |
            | soir | 100% (3) | 33% (1) | 0% (0) | 67% (2) |

            | Idée\u{00A0}: vue par | matin | soir |
            | :--- | ---: | ---: |
            | commande en ligne (requise) | 100% (2) | 33% (1) |
            | simplicité | 100% (2) | 100% (3) |

            ## Étape 2 · Et Facebook, ça sert à quelque chose pour une boulangerie ?

            | Groupe | ont répondu | réussi | partiel | manqué |
            | :--- | ---: | ---: | ---: | ---: |
            | matin | 100% (2) | 50% (1) | 50% (1) | 0% (0) |
            | soir | 33% (1) | 100% (1) | 0% (0) | 0% (0) |

            | Idée\u{00A0}: vue par | matin | soir |
            | :--- | ---: | ---: |
            | réseaux sociaux | 50% (1) | 100% (1) |
            | photos | 100% (2) | 100% (1) |

            ## Fins

            | Fin | matin | soir |
            | :--- | ---: | ---: |
            | Merci, je me lance dès lundi ! | 100% (2) | 0% (0) |
            | Merci, j'y vois un peu plus clair. | 0% (0) | 0% (0) |
            | Bon, je vais y réfléchir. | 0% (0) | 33% (1) |
            | *partis avant la fin* | 0% (0) | 33% (1) |
            | *transcription interrompue* | 0% (0) | 33% (1) |

            """)
    }

    @Test func comparesTwoGroupsInCSVJSONAndHTML() throws {
        let directory = try Self.groups()
        defer { try? FileManager.default.removeItem(at: directory) }
        let arguments = ["digest", "matin", "soir", "--compare", "--scenario", "boulangerie.yaml"]
        let csv = try FilRougeBinary.run(arguments + ["--format", "csv"], directory: directory)
        #expect(csv.status == 0)
        let rows = csv.output.components(separatedBy: "\r\n")
        #expect(rows.first == "group,section,step_number,step,item,label,count,total,share")
        #expect(rows.contains("soir,answered,2,reseaux,,,1,3,0.3333"))
        #expect(rows.contains("soir,band,1,commandes,missed,,2,3,0.6667"))
        #expect(rows.contains("matin,criterion_met,1,commandes,commande-en-ligne,commande en ligne,2,2,1.0000"))
        #expect(rows.contains("soir,ending,,,quit,,1,3,0.3333"))
        #expect(rows.contains("matin,ending,,,enthousiaste,,2,2,1.0000"))
        // Per step: 1 answered, 3 bands and 2 criteria, for each of 2 groups; then 5 endings.
        #expect(rows.count == 1 + 2 * (2 * (1 + 3 + 2)) + 2 * 5 + 1)

        let json = try FilRougeBinary.run(arguments + ["--format", "json"], directory: directory)
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["format"] as? Int == 1)
        let groups = try #require(object["groups"] as? [[String: Any]])
        #expect(groups.map { $0["name"] as? String } == ["matin", "soir"])
        #expect(groups.map { $0["learners"] as? Int } == [2, 3])
        let steps = try #require(object["steps"] as? [[String: Any]])
        let answered = try #require(steps[1]["answered"] as? [String: [String: Any]])
        #expect(answered["soir"]?["count"] as? Int == 1)
        #expect(answered["soir"]?["total"] as? Int == 3)
        let bands = try #require(steps[0]["bands"] as? [String: [String: [String: Any]]])
        #expect(bands["missed"]?["soir"]?["count"] as? Int == 2)
        let endings = try #require(object["endings"] as? [[String: Any]])
        #expect(endings.map { $0["kind"] as? String } == ["ending", "ending", "ending", "quit", "interrupted"])
        #expect(endings.map { $0["id"] as? String } == ["enthousiaste", "prudente", "fin-rapide", nil, nil])
        #expect(endings.map { $0["title"] as? String } == ["Merci, je me lance dès lundi !", "Merci, j'y vois un peu plus clair.", "Bon, je vais y réfléchir.", nil, nil])

        let html = try FilRougeBinary.run(arguments + ["--format", "html"], directory: directory)
        #expect(html.status == 0)
        let parser = XMLParser(data: Data(html.output.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "") at line \(parser.lineNumber)")
        #expect(!html.output.contains("<script"))
        #expect(html.output.contains("<tr><td>soir</td><td class=\"chart\">"))
        #expect(html.output.contains("<tr><td>simplicité</td><td class=\"figure\">100% (2)</td><td class=\"figure\">100% (3)</td></tr>"))
    }

    @Test func namesGroupsAfterTheirFoldersAndRefusesOneGroup() throws {
        let directory = try Self.groups()
        defer { try? FileManager.default.removeItem(at: directory) }
        let one = try FilRougeBinary.run(["digest", "matin", "--compare", "--scenario", "boulangerie.yaml"], directory: directory)
        #expect(one.status == 64)
        #expect(one.error.hasPrefix("Error: --compare needs two groups or more: name each group's folder\n"))
        let twice = try FilRougeBinary.run(["digest", "matin", "matin/", "--compare", "--scenario", "boulangerie.yaml"], directory: directory)
        #expect(twice.status == 1)
        #expect(twice.error == "filrouge: the group matin is named twice: give each group once\n")
        // A session of one: a transcript file is a group named after the file.
        let files = try FilRougeBinary.run(["digest", "matin/01-camille.jsonl", "soir", "--compare", "--scenario", "boulangerie.yaml"], directory: directory)
        #expect(files.status == 0, "\(files.error)")
        #expect(files.output.contains("| 01-camille | 1 transcription lue |\n| soir | 3 transcriptions lues |\n"))
    }

    @Test func theHelpSaysHowToCompareAndDigestEachScenario() throws {
        let help = try FilRougeBinary.run(["digest", "--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("  filrouge digest transcripts/ --each-scenario --format html -o florileges/\n"))
        #expect(help.output.contains("  filrouge digest group-a/ group-b/ --compare --format html -o comparison.html\n"))
        #expect(help.output.contains("--compare"))
        #expect(help.output.contains("--each-scenario"))
    }

    @Test func failsClearlyWhenNoGroupHasATranscriptWithAHeader() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for group in ["a", "b"] {
            try FileManager.default.createDirectory(at: directory.appendingPathComponent(group), withIntermediateDirectories: true)
            try "{}\n".write(to: directory.appendingPathComponent("\(group)/t.jsonl"), atomically: true, encoding: .utf8)
        }
        let compare = try FilRougeBinary.run(["digest", "a", "b", "--compare"], directory: directory)
        #expect(compare.status == 1)
        #expect(compare.error.hasSuffix("""
            b/t.jsonl: skipped: no readable header, so the scenario it was played with is unknown (line 1: not a transcript entry (no 'type'))
            filrouge: no transcript to compare: none of the 2 files has a readable header, so the scenario they were played with is unknown

            """))
        let each = try FilRougeBinary.run(["digest", "a", "--each-scenario", "-o", "out"], directory: directory)
        #expect(each.status == 1)
        #expect(each.error.hasSuffix("filrouge: no transcript to digest: the file has no readable header, so the scenario it was played with is unknown\n"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path))
    }
}
