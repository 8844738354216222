import Foundation
import Testing

/// `filrouge test`: failures and coverage, against a golden output.
struct TestCommandEndToEndTests {
    @Test func reportsFailuresThenWhatNoExampleExercises() throws {
        let run = try FilRougeBinary.run(["test", "every-warning.yaml"], directory: TrainerCommandsEndToEndTests.coreFixtures)
        #expect(run.status == 1)
        let golden = FilRougeBinary.repository.appendingPathComponent("Tests/FilRougeEndToEndTests/Fixtures/test-every-warning.expected.txt")
        if ProcessInfo.processInfo.environment["FILROUGE_UPDATE_GOLDEN"] != nil {
            try run.output.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(run.output == (try String(contentsOf: golden, encoding: .utf8)))
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
