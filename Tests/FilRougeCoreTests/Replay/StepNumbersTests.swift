import Testing
@testable import FilRougeCore

/// A step's number is its place in the scenario, from 1, for the florilège and the replay alike.
struct StepNumbersTests {
    @Test func stepsAreNumberedInTheScenariosOrderFromOne() {
        let scenario = ReplayFixtures.scenario
        #expect(scenario.numberedSteps.map(\.number) == [1, 2, 3])
        #expect(scenario.numberedSteps.map(\.step.id) == ["ask", "side", "last"])
        #expect(scenario.stepNumber(of: "ask") == 1)
        #expect(scenario.stepNumber(of: "last") == 3)
        #expect(scenario.stepNumber(of: "gone") == nil)
    }
}
