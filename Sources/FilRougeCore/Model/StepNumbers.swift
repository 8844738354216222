/// A step's number: its place among the scenario's steps, from 1, whatever order a conversation
/// took them in. The florilège heads each step with it and the replay names its pages' steps with
/// it, so that a facilitator replaying a step finds it under the same number in the florilège.
extension Scenario {
    /// Every step with its number, in the scenario's order.
    public var numberedSteps: [(number: Int, step: Step)] {
        steps.enumerated().map { index, step in (index + 1, step) }
    }

    /// The number of the step `id`; nil when the scenario has no such step.
    public func stepNumber(of id: String) -> Int? {
        numberedSteps.first { $0.step.id == id }?.number
    }
}
