/// How far a scenario's rubrics agree with human markers: each marked reply is graded as a first
/// reply to its step, and the machine's bands and concepts are compared with the human's, per step
/// and overall.
public struct Calibration: Sendable {
    public var scenarioID: String
    public var scenarioVersion: String
    /// The marks file's name, as given.
    public var marksFile: String
    /// Every marked reply.
    public var overall: BandAgreement
    /// The steps that have marked replies, in scenario order.
    public var steps: [StepAgreement]
    /// The steps no row of the marks file is about, in scenario order.
    public var unmarkedSteps: [String]
    /// One per criterion of each marked step, in scenario and rubric order; nil when the marks file
    /// has no `concepts` column.
    public var criteria: [CriterionAgreement]?
    /// In marks file order.
    public var disagreements: [Disagreement]
    /// Ideas credited in replies with a negation that the marker did not name, in marks file order;
    /// nil when the marks file has no `concepts` column.
    public var creditedBesideNegation: [CreditedBesideNegation]?

    public init(scenario: Scenario, marks: MarksFile, evaluator: RubricEvaluator? = nil) {
        let evaluator = evaluator ?? RubricEvaluator(scenario: scenario)
        scenarioID = scenario.id
        scenarioVersion = scenario.version
        marksFile = marks.file
        var overall = BandAgreement()
        var byStep: [String: BandAgreement] = [:]
        var criteria: [String: [CriterionAgreement]] = [:]
        var disagreements: [Disagreement] = []
        var creditedBesideNegation: [CreditedBesideNegation] = []
        let negations = NegationDetector(language: scenario.language)
        for mark in marks.marks {
            guard let step = scenario.step(mark.step), let evaluation = evaluator.evaluate(mark.reply, step: step.id) else { continue }
            overall.confusion.add(human: mark.band, machine: evaluation.band)
            byStep[step.id, default: BandAgreement()].confusion.add(human: mark.band, machine: evaluation.band)
            if let named = mark.concepts {
                var counts = criteria[step.id] ?? step.rubric.map {
                    CriterionAgreement(step: step.id, concept: $0.concept, label: $0.label, isMisconception: $0.isMisconception)
                }
                for (index, result) in evaluation.criteria.enumerated() where index < counts.count {
                    counts[index].add(humanNamed: named.contains(result.concept), machineMet: result.status == .met)
                }
                criteria[step.id] = counts
                let credited = evaluation.criteria.filter { result in
                    result.status == .met && result.weight > 0 && !named.contains(result.concept)
                }
                if !credited.isEmpty {
                    let tokens = evaluator.analyzer.tokens(of: mark.reply)
                    let cues = negations.cues(in: tokens).filter { $0.kind != .pseudo }
                    if !cues.isEmpty {
                        let names = cues.map { GradeExplanation.cueName($0, in: tokens) }
                        creditedBesideNegation += credited.map {
                            CreditedBesideNegation(line: mark.line, step: step.id, concept: $0.concept, cues: names)
                        }
                    }
                }
            }
            if evaluation.band != mark.band {
                disagreements.append(Disagreement(
                    line: mark.line, step: step.id, reply: mark.reply, human: mark.band, machine: evaluation.band,
                    score: evaluation.score,
                    reason: BandReasonWording(language: .en).full(evaluation, thresholds: scenario.thresholds(for: step)),
                    humanConcepts: mark.concepts, machineConcepts: evaluation.metConcepts,
                    explanation: GradeExplanation(scenario: scenario, step: step.id, reply: mark.reply, evaluator: evaluator).text
                ))
            }
        }
        self.overall = overall
        steps = scenario.steps.compactMap { step in byStep[step.id].map { StepAgreement(step: step.id, agreement: $0) } }
        unmarkedSteps = scenario.steps.map(\.id).filter { byStep[$0] == nil }
        self.criteria = marks.namesConcepts ? scenario.steps.flatMap { criteria[$0.id] ?? [] } : nil
        self.disagreements = disagreements
        self.creditedBesideNegation = marks.namesConcepts ? creditedBesideNegation : nil
    }
}
