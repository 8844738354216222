import Synchronization

/// Grades replies to the steps of one scenario, with each step's rubric compiled once, the first
/// time a reply to that step is graded: a conversation starts without waiting for the rubrics of
/// steps the learner has not reached.
public struct RubricEvaluator: Sendable {
    public let analyzer: TextAnalyzer
    private let rubrics: LazyRubrics

    public init(scenario: Scenario, analyzer: TextAnalyzer? = nil) {
        let analyzer = analyzer ?? TextAnalyzer(language: scenario.language)
        self.analyzer = analyzer
        rubrics = LazyRubrics(scenario: scenario, analyzer: analyzer)
    }

    /// The evaluation of `reply` to step `stepID`, or nil when the scenario has no such step.
    public func evaluate(_ reply: String, step stepID: String, attempt: Int = 1) -> ReplyEvaluation? {
        evaluate(tokens: analyzer.tokens(of: reply), step: stepID, attempt: attempt)
    }

    /// The evaluation of a reply already read with ``analyzer`` (for a caller that also needs its
    /// words), or nil when the scenario has no such step.
    public func evaluate(tokens: [Token], step stepID: String, attempt: Int = 1) -> ReplyEvaluation? {
        rubrics[stepID]?.evaluate(tokens, attempt: attempt)
    }

    /// How step `stepID` bands its replies; nil when the scenario has no such step.
    public func rule(of stepID: String) -> GradingRule? {
        rubrics[stepID]?.rule
    }

    /// The first reply and the reply to the follow-up graded together: a criterion met in either counts.
    public func merge(_ first: ReplyEvaluation, _ second: ReplyEvaluation, step stepID: String) -> ReplyEvaluation {
        let results = zip(first.criteria, second.criteria).map { lhs, rhs in
            var merged = lhs
            merged.evidence = lhs.evidence + rhs.evidence
            if lhs.status == .met || rhs.status == .met {
                merged.status = .met
                merged.negatedEvidence = []
            } else {
                merged.negatedEvidence = lhs.negatedEvidence + rhs.negatedEvidence
                merged.status = merged.negatedEvidence.isEmpty ? .missed : .negated
            }
            return merged
        }
        return rubrics[stepID]?.rule.grade(results) ?? GradingRule(criteria: [], thresholds: .standard).grade(results)
    }
}

/// The steps' rubrics, each compiled on first use and kept; safe to share between threads.
private final class LazyRubrics: Sendable {
    private let steps: [String: (criteria: [Criterion], thresholds: BandThresholds, generic: [String])]
    private let analyzer: TextAnalyzer
    private let compiled = Mutex<[String: CompiledRubric]>([:])

    init(scenario: Scenario, analyzer: TextAnalyzer) {
        var steps: [String: (criteria: [Criterion], thresholds: BandThresholds, generic: [String])] = [:]
        for step in scenario.steps {
            steps[step.id] = (step.rubric, scenario.thresholds(for: step), scenario.genericKeywords(for: step))
        }
        self.steps = steps
        self.analyzer = analyzer
    }

    subscript(stepID: String) -> CompiledRubric? {
        guard let step = steps[stepID] else { return nil }
        return compiled.withLock { rubrics in
            if let rubric = rubrics[stepID] { return rubric }
            let rubric = CompiledRubric(criteria: step.criteria, thresholds: step.thresholds, generic: step.generic, analyzer: analyzer)
            rubrics[stepID] = rubric
            return rubric
        }
    }
}
