/// What the group answered to one step of the scenario.
public struct DigestStep: Equatable, Sendable {
    /// The step's place in the scenario file, from 1.
    public var number: Int
    public var id: String
    /// Also the step's title in the florilège's headings: steps have no title in a scenario file,
    /// and the question is what the group answered.
    public var question: String
    /// The learners who answered it, out of all those digested.
    public var answered: Proportion
    /// For each band, the share of the learners who answered; in the order good, partial, missed.
    public var bands: [(band: Band, learners: Proportion)] {
        Band.allCases.map { ($0, Proportion(count: bandCounts[$0, default: 0], of: answered.count)) }
    }
    public var bandCounts: [Band: Int]
    /// In rubric order.
    public var criteria: [DigestCriterion]
    /// The replies picked for the florilège, best first (see `BestReplySelection`).
    public var bestReplies: [DigestReply]
    /// The concepts most often not met (missed or negated), most often first; misconceptions aside.
    public var mostMissed: [DigestCriterion]

    public init(
        number: Int, id: String, question: String, answered: Proportion, bandCounts: [Band: Int],
        criteria: [DigestCriterion], bestReplies: [DigestReply], mostMissed: [DigestCriterion]
    ) {
        self.number = number
        self.id = id
        self.question = question
        self.answered = answered
        self.bandCounts = bandCounts
        self.criteria = criteria
        self.bestReplies = bestReplies
        self.mostMissed = mostMissed
    }
}
