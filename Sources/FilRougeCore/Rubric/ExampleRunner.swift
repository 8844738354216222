/// Grades a scenario's example replies and compares each outcome with the one the trainer expects.
public struct ExampleRunner: Sendable {
    public let scenario: Scenario
    private let evaluator: RubricEvaluator

    public init(scenario: Scenario, evaluator: RubricEvaluator? = nil) {
        self.scenario = scenario
        self.evaluator = evaluator ?? RubricEvaluator(scenario: scenario)
    }

    /// Every example of every step, in file order.
    public func run() -> [ExampleOutcome] {
        scenario.steps.flatMap { step in
            step.examples.compactMap { example in
                evaluator.evaluate(example.reply, step: step.id).map { evaluation in
                    ExampleOutcome(step: step.id, example: example, evaluation: evaluation, thresholds: scenario.thresholds(for: step))
                }
            }
        }
    }
}

/// One example reply with how it was actually graded.
public struct ExampleOutcome: Sendable {
    public var step: String
    public var example: ExampleReply
    public var evaluation: ReplyEvaluation
    /// How the example's step bands replies, to say where its bands start.
    public var thresholds: BandThresholds?

    /// What differs from the expected outcome; empty when the example passes.
    public var failures: [String] {
        var failures: [String] = []
        if evaluation.band != example.band {
            let reason = BandReasonWording(language: .en).full(evaluation, thresholds: thresholds).map { "; " + $0 } ?? ""
            failures.append("expected band \(example.band.rawValue), got \(evaluation.band.rawValue) (score \(Self.percent(evaluation.score))\(reason))")
        }
        let met = Set(evaluation.metConcepts)
        let notMet = example.met.filter { !met.contains($0) }
        if !notMet.isEmpty {
            failures.append("expected to meet \(notMet.joined(separator: ", ")), but did not")
        }
        let wronglyMet = example.missed.filter(met.contains)
        if !wronglyMet.isEmpty {
            failures.append("expected not to meet \(wronglyMet.joined(separator: ", ")), but did")
        }
        return failures
    }

    public var passed: Bool {
        failures.isEmpty
    }

    /// `67%`.
    public static func percent(_ score: Double) -> String {
        "\(Int((score * 100).rounded()))%"
    }
}
