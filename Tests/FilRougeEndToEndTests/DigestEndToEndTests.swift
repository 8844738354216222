import Foundation
import FilRougeTestSupport
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `filrouge digest` on the built binary, with the transcripts of Fixtures/digest: five learners of
/// the boulangerie scenario (Fixtures/digest-boulangerie.yaml) — one cut short, one who quit, one
/// whose name and replies carry markup — and three files to skip: no header, another scenario,
/// not UTF-8. Fixtures/digest/notes.txt is not a transcript and is never read.
struct DigestEndToEndTests {
    static let fixtures = Repository.endToEndFixtures

    @Test func writesTheGoldenMarkdownAndListsWhatItSkipped() throws {
        let run = try FilRougeBinary.run(["digest", "digest", "--scenario", "digest-boulangerie.yaml", "--best", "4"], directory: Self.fixtures)
        #expect(run.status == 0, "\(run.error)")
        let golden = try GoldenFile.text(Self.fixtures.appendingPathComponent("digest.expected.md"), for: run.output)
        #expect(run.output == golden)
        let notes = run.error.split(separator: "\n").map(String.init)
        #expect(notes.count == 4)
        #expect(notes[0] == "digest/03-headerless.jsonl: skipped: no readable header, so the scenario it was played with is unknown")
        #expect(notes[1] == "digest/04-other-scenario.jsonl: skipped: played with scenario 'alancienne', not 'boulangerie'")
        #expect(notes[2].hasPrefix("digest/07-eve.jsonl:17: not a transcript entry"))
        #expect(notes[2].hasSuffix("; line skipped"))
        #expect(notes[3] == "digest/08-latin1.jsonl: skipped: is not UTF-8 text")
    }

    @Test func theGuidesExampleIsWhatTheCommandWrites() throws {
        let docs = Repository.docs
        let guides = try FileManager.default.contentsOfDirectory(atPath: docs.path).filter { $0.hasSuffix(".md") }
            .map { try String(contentsOf: docs.appendingPathComponent($0), encoding: .utf8) }
            .filter { $0.contains("## Building the florilège") }
        let guide = try #require(guides.first)
        let section = guide.components(separatedBy: "## Building the florilège")[1]
        let example = try #require(section.components(separatedBy: "```markdown\n").dropFirst().first?.components(separatedBy: "```").first)
        let golden = try String(contentsOf: Self.fixtures.appendingPathComponent("digest.expected.md"), encoding: .utf8)
        #expect(example.count > 300)
        #expect(golden.contains(example))
    }

    @Test func anonymisesLearnersInFileOrder() throws {
        let run = try FilRougeBinary.run(["digest", "digest/", "--scenario", "digest-boulangerie.yaml", "--anonymize", "--best", "4"], directory: Self.fixtures)
        #expect(run.status == 0, "\(run.error)")
        for name in ["Camille", "Dominique", "Eve", "Zoé", "Quentin", "camille", "dominique", "eve", "zoe", "quentin", "headerless", "latin1", "other-scenario"] {
            #expect(!run.output.contains(name), "\(name)")
            #expect(!run.error.contains(name), "\(name)")
        }
        // One number per named learner with a header, in the order of the files: Camille 1,
        // Dominique 2, the learner of the other scenario's transcript 3 (left out, but numbered, as
        // export numbers them), Zoé 4, Quentin 5, Eve 6. Files are called by their place.
        let names = run.output.split(separator: "\n").filter { $0.hasPrefix("**Apprenant·e ") }.map { $0.components(separatedBy: " · ")[0] }
        #expect(names == ["**Apprenant·e 1**", "**Apprenant·e 2**", "**Apprenant·e 6**", "**Apprenant·e 4**", "**Apprenant·e 1**", "**Apprenant·e 6**", "**Apprenant·e 2**"])
        #expect(run.error.contains("transcript 3: skipped: no readable header"))
        #expect(run.error.contains("transcript 4: skipped: played with scenario 'alancienne', not 'boulangerie'"))
        #expect(run.error.contains("transcript 7:17: not a transcript entry"))
        #expect(run.error.contains("transcript 8: skipped: is not UTF-8 text"))
    }

    @Test func writesAnEscapedSelfContainedHTMLPage() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("florilege.html")
        let run = try FilRougeBinary.run(
            ["digest", Self.fixtures.appendingPathComponent("digest").path, "--scenario", Self.fixtures.appendingPathComponent("digest-boulangerie.yaml").path,
             "--best", "4", "--format", "html", "-o", page.path]
        )
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.isEmpty)
        let html = try String(contentsOf: page, encoding: .utf8)
        let parser = XMLParser(data: Data(html.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "") at line \(parser.lineNumber)")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(html.contains("<strong>Zoé &quot;&gt;&lt;img src=x onerror=alert(1)&gt;</strong>"))
        #expect(html.contains("<mark title=\"simplicité\">facile</mark>"))
        #expect(html.contains("<mark class=\"negated\" title=\"commande en ligne\">commande en ligne</mark>"))
    }

    @Test func writesJSONAndCSV() throws {
        let arguments = ["digest", "digest", "--scenario", "digest-boulangerie.yaml"]
        let json = try FilRougeBinary.run(arguments + ["--format", "json"], directory: Self.fixtures)
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["learners"] as? Int == 5)
        let transcripts = try #require(object["transcripts"] as? [String: Any])
        #expect(transcripts["skipped"] as? Int == 3)
        #expect(transcripts["skipped_by_reason"] as? [String: Int] == ["unreadable": 1, "no_header": 1, "other_scenario": 1, "other_version": 0])
        let csv = try FilRougeBinary.run(arguments + ["--format", "csv"], directory: Self.fixtures)
        #expect(csv.status == 0)
        // Rows end with CRLF, as the export's do.
        #expect(csv.output == """
            step_number,step,concept,label,misconception,required,answered,met,met_share,negated,negated_share,missed,missed_share
            1,commandes,commande-en-ligne,commande en ligne,false,true,5,3,0.6000,1,0.2000,1,0.2000
            1,commandes,simplicite,simplicité,false,false,5,5,1.0000,0,0.0000,0,0.0000
            2,reseaux,reseaux,réseaux sociaux,false,false,3,2,0.6667,0,0.0000,1,0.3333
            2,reseaux,photos,photos,false,false,3,3,1.0000,0,0.0000,0,0.0000

            """.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    @Test func needsTheScenarioFileWhenTheTranscriptsWereNotPlayedWithABundledOne() throws {
        let run = try FilRougeBinary.run(["digest", "digest"], directory: Self.fixtures)
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        #expect(run.error.contains("filrouge: the transcripts were played with boulangerie 1.0 (fr) from a file that is not bundled with filrouge (sha256:"))
        #expect(run.error.contains("name that file with --scenario FILE"))
    }

    @Test func findsTheBundledScenarioFromTheTranscripts() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (index, replies) in ["Ask your clients why they left.\n/quit\n", "Your competitors are online and you are invisible.\n/quit\n"].enumerated() {
            let path = directory.appendingPathComponent("t\(index).jsonl").path
            let play = try FilRougeBinary.run(["play", "--lang", "en", "--seed", "1", "--name", "L\(index)", "--transcript", path], input: replies)
            #expect(play.status == 0, "\(play.error)")
        }
        // A transcript of the French scenario: same id, another language.
        let french = try FilRougeBinary.run(["play", "--seed", "1", "--transcript", directory.appendingPathComponent("t2.jsonl").path], input: "/quitter\n")
        #expect(french.status == 0)
        let run = try FilRougeBinary.run(["digest", directory.path])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.hasPrefix("# Anthology of replies: Mr Alancienne's firm\n\nScenario alancienne 1.0 (en). 2 transcripts read, 1 skipped (1 of another version of it)."))
        #expect(run.output.contains("## Step 1 · You're looking at it from the outside. Why do you think my clients are leaving?\n"))
        #expect(run.output.contains("| Ah, there you are, I was afraid you'd gone! | 0% (0) |\n"))
        #expect(run.output.contains("Answered by 2 of 2 learners"))
        #expect(run.error.hasSuffix("""
            t2.jsonl: skipped: played with 'alancienne' in fr, not en
            digest of alancienne 1.0 (en), the scenario of 2 of the 3 transcripts with a header; left out:
              1 transcript of alancienne 1.0 (fr): digest it with --scenario alancienne.fr
            or one florilège per scenario: --each-scenario -o FOLDER

            """))
    }

    @Test func failsClearlyWhenThereIsNothingToDigest() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let empty = try FilRougeBinary.run(["digest", directory.path])
        #expect(empty.status == 1)
        #expect(empty.error == "filrouge: no transcript to digest: no *.jsonl file in \(directory.path)\n")
        let missing = try FilRougeBinary.run(["digest", "no-such-folder"])
        #expect(missing.status == 1)
        #expect(missing.error == "filrouge: no such file or folder: no-such-folder\n")
        try "{}\n".write(to: directory.appendingPathComponent("a.jsonl"), atomically: true, encoding: .utf8)
        let headerless = try FilRougeBinary.run(["digest", directory.path])
        #expect(headerless.status == 1)
        #expect(headerless.error.hasSuffix("filrouge: no transcript to digest: the file has no readable header, so the scenario it was played with is unknown\n"))
        let other = try FilRougeBinary.run(["digest", Self.fixtures.appendingPathComponent("digest/04-other-scenario.jsonl").path, "--scenario", Self.fixtures.appendingPathComponent("digest-boulangerie.yaml").path])
        #expect(other.status == 1)
        #expect(other.error.hasSuffix("filrouge: no transcript of boulangerie 1.0 (fr) to digest: the file was skipped\n"))
    }

    @Test func benchTimesTheDigestOfGeneratedTranscripts() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try FilRougeBinary.run(["bench", PlayEndToEndTests.fixture.path, "--digest", "12", "--words", "10", "--keep", directory.path])
        #expect(run.status == 0, "\(run.error)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("transcripts:     12 generated in ") })
        #expect(lines.contains { $0.hasPrefix("digested:        12 read, 0 skipped") })
        #expect(lines.contains { $0.hasPrefix("read and count:  ") && $0.contains(" s on one") })
        #expect(lines.contains { $0.hasPrefix("memory:          ") && $0.hasSuffix("MB at most (resident)") })
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(files.first == "learner-01.jsonl")
        #expect(files.count == 12)
        // The same seed gives the same transcripts.
        let again = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: again) }
        _ = try FilRougeBinary.run(["bench", PlayEndToEndTests.fixture.path, "--digest", "12", "--words", "10", "--keep", again.path])
        for file in files {
            #expect(try Data(contentsOf: directory.appendingPathComponent(file)) == Data(contentsOf: again.appendingPathComponent(file)))
        }
    }
}

/// scripts/florilege-screenshots, run only where Chromium is installed.
struct DigestScreenshotTests {
    static let chromium = ["chromium", "chromium-browser", "google-chrome"].first { name in
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
    }

    @Test(.enabled(if: chromium != nil, "Chromium is not installed"))
    func takesProjectorShotsAndPrintsADigest() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("florilege.html")
        let digest = try FilRougeBinary.run(
            ["digest", "digest", "--scenario", "digest-boulangerie.yaml", "--format", "html", "-o", page.path], directory: DigestEndToEndTests.fixtures
        )
        #expect(digest.status == 0)
        let shots = directory.appendingPathComponent("shots")
        var environment = ProcessInfo.processInfo.environment
        environment["STEPS"] = "1"
        let run = try ProcessRun.run(Repository.url("scripts/florilege-screenshots"), [page.path, shots.path], environment: environment)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output == shots.path + "\n")
        for name in ["projector-top.png", "projector-step-1.png", "page.png"] {
            let png = try Data(contentsOf: shots.appendingPathComponent(name))
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "\(name)")
            // 1280×720: the width and height of the PNG's header chunk.
            if name.hasPrefix("projector") {
                #expect(Array(png[16..<24]) == [0, 0, 0x05, 0x00, 0, 0, 0x02, 0xD0], "\(name)")
            }
            #expect(png.count > 10_000, "\(name)")
        }
        #expect(!FileManager.default.fileExists(atPath: shots.appendingPathComponent("projector-step-2.png").path))
        let pdf = try Data(contentsOf: shots.appendingPathComponent("print.pdf"))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
    }
}
