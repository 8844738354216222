/// One step of a `DigestComparison`: each group's figures, in the order of the groups.
public struct ComparedStep: Equatable, Sendable {
    public var number: Int
    public var id: String
    public var question: String
    /// For each group, its learners who answered the step, out of all its learners.
    public var answered: [Proportion]
    /// For each band (good, partial, missed) and each group, the share of those who answered.
    public var bands: [(band: Band, groups: [Proportion])] {
        Band.allCases.map { band in (band, bandCounts.indices.map { Proportion(count: bandCounts[$0][band, default: 0], of: answered[$0].count) }) }
    }
    /// For each group, how many answered in each band.
    public var bandCounts: [[Band: Int]]
    /// In rubric order.
    public var criteria: [Criterion]

    /// A criterion: for each group, the learners who met it, out of those who answered.
    public struct Criterion: Equatable, Sendable {
        public var concept: String
        public var label: String
        public var misconception: Bool
        public var required: Bool
        public var met: [Proportion]
    }

    /// The step of `step`'s id in each digest; none of a group answered a step its digest lacks.
    init(_ step: DigestStep, in digests: [Digest]) {
        number = step.number
        id = step.id
        question = step.question
        let own = digests.map { digest in digest.steps.first { $0.id == step.id } }
        answered = own.enumerated().map { index, found in found?.answered ?? Proportion(count: 0, of: digests[index].learners) }
        bandCounts = own.map { $0?.bandCounts ?? [:] }
        criteria = step.criteria.map { criterion in
            Criterion(
                concept: criterion.concept, label: criterion.label, misconception: criterion.misconception, required: criterion.required,
                met: own.map { found in found?.criteria.first { $0.concept == criterion.concept }?.met ?? Proportion(count: 0, of: found?.answered.count ?? 0) }
            )
        }
    }
}
