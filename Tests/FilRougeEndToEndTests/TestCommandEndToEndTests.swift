import Foundation
import FilRougeTestSupport
import Testing

/// `filrouge test`: failures and coverage, against a golden output.
struct TestCommandEndToEndTests {
    @Test func reportsFailuresThenWhatNoExampleExercises() throws {
        let run = try FilRougeBinary.run(["test", "every-warning.yaml"], directory: TrainerCommandsEndToEndTests.coreFixtures)
        #expect(run.status == 1)
        let golden = Repository.endToEndFixtures.appendingPathComponent("test-every-warning.expected.txt")
        #expect(run.output == (try GoldenFile.text(golden, for: run.output)))
    }

    @Test func theBundledScenariosExerciseEveryCriterionBandAndRoute() throws {
        let run = try FilRougeBinary.run(["test", "alancienne.fr", "alancienne.en"])
        #expect(run.status == 0)
        let coverage = run.output.split(separator: "\n").filter { $0.contains("exercised") }
        #expect(coverage == [
            "alancienne.fr: every criterion, band and route of its 11 steps is exercised by an example",
            "alancienne.en: every criterion, band and route of its 11 steps is exercised by an example",
        ])
    }
}
