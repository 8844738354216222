/// Whether a criterion already covers a synonym, by the one rule a trainer can check with
/// `filrouge explain`: the synonym is **covered** when the synonym alone, graded as a reply to the
/// step, meets the criterion. So lemmas, stems, prefixes and typo tolerance all count: `facture`
/// covers *facturer*, `impliqu*` covers *impliquer*, and adding either would change nothing.
///
/// The same grading says which other criteria of the step the synonym would meet: a trainer adding
/// it to one concept would credit the other too (or a misconception), and should know.
public struct SynonymCoverage: Sendable {
    private let evaluator: RubricEvaluator

    public init(scenario: Scenario, evaluator: RubricEvaluator? = nil) {
        self.evaluator = evaluator ?? RubricEvaluator(scenario: scenario)
    }

    /// What grading `synonym` alone as a reply to step `stepID` says of criterion `concept` and of
    /// the others; nil when the step does not exist.
    public func assess(_ synonym: String, step stepID: String, criterion concept: String) -> SynonymAssessment? {
        guard let evaluation = evaluator.evaluate(synonym, step: stepID) else { return nil }
        let met = evaluation.criteria.filter { $0.status == .met }.map(\.concept)
        return SynonymAssessment(isCovered: met.contains(concept), otherConcepts: met.filter { $0 != concept })
    }
}

/// What grading a synonym alone says, for one criterion of a step.
public struct SynonymAssessment: Equatable, Sendable {
    /// True when the synonym alone meets the criterion: adding it as a keyword would change nothing.
    public var isCovered: Bool
    /// The other criteria of the step the synonym alone meets, in rubric order.
    public var otherConcepts: [String]

    public init(isCovered: Bool, otherConcepts: [String]) {
        self.isCovered = isCovered
        self.otherConcepts = otherConcepts
    }
}
