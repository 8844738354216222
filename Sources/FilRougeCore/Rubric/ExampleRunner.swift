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
                guard let first = evaluator.evaluate(example.reply, step: step.id) else { return nil }
                var outcome = ExampleOutcome(step: step.id, example: example, evaluation: first, thresholds: scenario.thresholds(for: step))
                if let followUp = example.followUp, let second = evaluator.evaluate(followUp.reply, step: step.id, attempt: 2) {
                    // As the engine does: the follow-up's reply is graded, then merged with the first.
                    outcome.firstEvaluation = first
                    outcome.evaluation = evaluator.merge(first, second, step: step.id)
                }
                return outcome
            }
        }
    }
}

/// One example reply with how it was actually graded.
public struct ExampleOutcome: Sendable {
    public var step: String
    public var example: ExampleReply
    /// The outcome that counts: the reply's grade, or with a follow-up reply, the two together.
    public var evaluation: ReplyEvaluation
    /// With a follow-up reply, the grade of the first reply alone, which decides whether the
    /// follow-up question is asked at all.
    public var firstEvaluation: ReplyEvaluation?
    /// How the example's step bands replies, to say where its bands start.
    public var thresholds: BandThresholds?

    /// What differs from the expected outcome; empty when the example passes.
    public var failures: [String] {
        var failures: [String] = []
        if let firstEvaluation, let followUp = example.followUp {
            if firstEvaluation.band != example.band {
                failures.append("expected band \(example.band.rawValue) for the first reply, got \(describe(firstEvaluation))")
            }
            if firstEvaluation.band == .good {
                failures.append("a good first reply is not followed up: the follow-up reply would never be asked for")
            }
            if evaluation.band != followUp.bandTogether {
                failures.append("expected band \(followUp.bandTogether.rawValue) for the two replies together, got \(describe(evaluation))")
            }
        } else if evaluation.band != example.band {
            failures.append("expected band \(example.band.rawValue), got \(describe(evaluation))")
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

    /// `partial (score 50%; one idea: …)`: a band with its score and why.
    func describe(_ evaluation: ReplyEvaluation) -> String {
        let reason = BandReasonWording(language: .en).full(evaluation, thresholds: thresholds).map { "; " + $0 } ?? ""
        return "\(evaluation.band.rawValue) (score \(PercentText.of(evaluation.score))\(reason))"
    }

    public var passed: Bool {
        failures.isEmpty
    }
}
