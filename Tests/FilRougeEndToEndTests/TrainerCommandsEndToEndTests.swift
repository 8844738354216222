import Foundation
import Testing

/// `filrouge check`, `test` and `list` on the built binary.
struct TrainerCommandsEndToEndTests {
    static let coreFixtures = FilRougeBinary.repository.appendingPathComponent("Tests/FilRougeCoreTests/Fixtures")

    @Test func checkReportsEveryProblemWithItsLocationAndFails() throws {
        let run = try FilRougeBinary.run(["check", "every-error.yaml"], directory: Self.coreFixtures)
        #expect(run.status == 1)
        let golden = try String(contentsOf: Self.coreFixtures.appendingPathComponent("every-error.expected.txt"), encoding: .utf8)
        #expect(run.output == golden + "every-error.yaml: 26 errors, 0 warnings\n")
    }

    @Test func checkPassesTheBundledScenarios() throws {
        let run = try FilRougeBinary.run(["check", "scenarios/alancienne.fr.yaml", "scenarios/alancienne.en.yaml"], directory: FilRougeBinary.repository)
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
              expected band good, got missed (score 33%)
              met: simplicite; missed: commande-en-ligne
            4 passed, 1 failed

            """)
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
