/// Grades replies to the steps of one scenario, with each step's rubric compiled once.
public struct RubricEvaluator: Sendable {
    public let analyzer: TextAnalyzer
    private let rubrics: [String: CompiledRubric]

    public init(scenario: Scenario, analyzer: TextAnalyzer? = nil) {
        let analyzer = analyzer ?? TextAnalyzer(language: scenario.language)
        self.analyzer = analyzer
        var rubrics: [String: CompiledRubric] = [:]
        for step in scenario.steps {
            rubrics[step.id] = CompiledRubric(criteria: step.rubric, thresholds: scenario.thresholds(for: step), analyzer: analyzer)
        }
        self.rubrics = rubrics
    }

    /// The evaluation of `reply` to step `stepID`, or nil when the scenario has no such step.
    public func evaluate(_ reply: String, step stepID: String, attempt: Int = 1) -> ReplyEvaluation? {
        rubrics[stepID]?.evaluate(analyzer.tokens(of: reply), attempt: attempt)
    }

    /// The first reply and the reply to the follow-up graded together: a criterion met in either counts.
    public func merge(_ first: ReplyEvaluation, _ second: ReplyEvaluation, step stepID: String) -> ReplyEvaluation {
        let thresholds = rubrics[stepID]?.thresholds ?? .standard
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
        return CompiledRubric.grade(results, thresholds: thresholds)
    }
}
