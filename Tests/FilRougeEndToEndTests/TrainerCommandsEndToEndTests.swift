import Foundation
import FilRougeTestSupport
import Testing

/// `filrouge check`, `test` and `list` on the built binary.
struct TrainerCommandsEndToEndTests {
    static let coreFixtures = Repository.coreFixtures

    @Test func checkReportsEveryProblemWithItsLocationAndFails() throws {
        let run = try FilRougeBinary.run(["check", "every-error.yaml"], directory: Self.coreFixtures)
        #expect(run.status == 1)
        let summary = "every-error.yaml: 44 errors, 2 warnings\n"
        let golden = try GoldenFile.text(Self.coreFixtures.appendingPathComponent("every-error.expected.txt"), for: run.output, followedBy: summary)
        #expect(run.output == golden + summary)
    }

    @Test func checkPassesTheBundledScenarios() throws {
        let run = try FilRougeBinary.run(["check", "scenarios/alancienne.fr.yaml", "scenarios/alancienne.en.yaml"], directory: Repository.root)
        #expect(run.status == 0, "\(run.output)")
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.hasSuffix(", no problem") })
    }

    @Test func testRunsEveryExampleOfTheBundledScenarios() throws {
        let run = try FilRougeBinary.run(["test", "alancienne.fr", "alancienne.en"])
        #expect(run.status == 0, "\(run.output)")
        let last = try #require(run.output.split(separator: "\n").last)
        #expect(last.hasSuffix(" passed, 0 failed"))
    }

    @Test func testShowsAFailureWithExpectedAndActualOutcomes() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = try String(contentsOf: PlayEndToEndTests.fixture, encoding: .utf8)
            .replacingOccurrences(of: "      - reply: \"Fais simple.\"\n        band: missed", with: "      - reply: \"Fais simple.\"\n        band: good")
        try source.write(to: directory.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
        let run = try FilRougeBinary.run(["test", "s.yaml"], directory: directory)
        #expect(run.status == 1)
        #expect(run.output == """
            FAIL s.yaml:71:9 [commandes]: Fais simple.
              expected band good, got missed (score 33%; good from 70%, partial from 40%)
              met: simplicite; missed: commande-en-ligne
            s.yaml: every criterion, band and route of its 2 steps is exercised by an example
            s.yaml: no path plays a whole conversation; add some under 'paths' to test routes and endings
            5 passed, 1 failed

            """)
    }

    static let commands = ["play", "list", "check", "test", "explain", "calibrate", "graph", "new", "replay", "digest", "export", "bench"]

    @Test(arguments: commands)
    func everyCommandsHelpHasAnExample(command: String) throws {
        let run = try FilRougeBinary.run([command, "--help"])
        #expect(run.status == 0)
        #expect(run.output.contains("Example"))
        #expect(run.output.contains("  filrouge \(command)") || run.output.contains("filrouge \(command) "))
    }

    /// The help's paragraphs are wrapped to the terminal's width, never broken where the source
    /// breaks its lines: on a terminal so wide that nothing wraps, each line of prose ends a
    /// sentence or introduces what follows.
    @Test(arguments: commands)
    func everyCommandsHelpKeepsItsParagraphsWhole(command: String) throws {
        let run = try FilRougeBinary.run([command, "--help"], environment: ["COLUMNS": "1000"])
        let description = run.output.components(separatedBy: "\nUSAGE:")[0]
        for line in description.split(separator: "\n") where !line.hasPrefix(" ") {
            #expect(line.last.map { ".:!?)".contains($0) } == true, "a paragraph of '\(command) --help' breaks after: \(line)")
        }
    }

    @Test func listShowsTheBundledScenarios() throws {
        let run = try FilRougeBinary.run(["list"])
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("alancienne.en  en  "))
        #expect(lines[1].hasPrefix("alancienne.fr  fr  "))
    }
}

/// `filrouge explain` and `filrouge bench` on the built binary.
struct ExplainAndBenchEndToEndTests {
    @Test func explainShowsFormsNegationsMatchesAndTheRoute() throws {
        let run = try FilRougeBinary.run(
            ["explain", PlayEndToEndTests.fixture.path, "--step", "reseaux", "Pas Facebook, mais des photos sur Instagrm"]
        )
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output == """
            Reply: Pas Facebook, mais des photos sur Instagrm

            Words (as written → folded → stem, and the stems of other lemmas):
              Pas → pas → pas   [negation cue]
              Facebook → facebook → facebook   [negated by 'Pas']
              mais → mais → mais   [ends a negation]
              des → des → de
              photos → photos → photos | photo
              sur → sur → sur
              Instagrm → instagrm → instagrm   [not in the dictionary, which suggests Instagram, Instagrameur]

            Negations (kind: cue → the words it covers):
              preceding: Pas → Facebook (until 'mais')

            Criteria of step 'reseaux':
              MET reseaux (weight 1)
                  "Instagrm" matched 'instagram' (typo): instagrm ≈ instagram (1 edit)
              MET photos (weight 1)
                  "photos" matched 'photos' (word)

            Score: 100% → band good (good from 70%, partial from 40%)
            Route: fin-rapide (route 2 (always))

            """)
    }

    @Test func explainReadsTheReplyFromStandardInputAndReportsNegatedConcepts() throws {
        let run = try FilRougeBinary.run(["explain", PlayEndToEndTests.fixture.path, "--step", "commandes"], input: "Je ne ferais pas de commande en ligne.\n")
        #expect(run.status == 0)
        #expect(run.output.contains("  NEGATED commande-en-ligne (weight 2, required)\n      \"commande en ligne\" matched 'commande en ligne' but is negated"))
        #expect(run.output.contains("Score: 0% → band missed"))
        #expect(run.output.contains("the follow-up question would be asked first"))
    }

    @Test func explainRefusesAnUnknownStep() throws {
        let run = try FilRougeBinary.run(["explain", PlayEndToEndTests.fixture.path, "--step", "nope", "x"])
        #expect(run.status == 64)
        #expect(run.error.contains("no step 'nope'"))
        #expect(run.error.contains("its steps are: commandes, reseaux."))
    }

    @Test func benchGradesAGeneratedCorpusAndPrintsFigures() throws {
        let run = try FilRougeBinary.run(["bench", PlayEndToEndTests.fixture.path, "--replies", "300", "--words", "20"])
        #expect(run.status == 0, "\(run.error)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("replies:         300, ") && $0.hasSuffix("(20.0 per reply)") })
        #expect(lines.contains { $0.hasPrefix("throughput:") && $0.contains("replies/s") && $0.contains("µs/reply") })
    }
}
