/// One learner's answer to a step, picked for the florilège: both replies when the follow-up was
/// asked, graded together.
public struct DigestReply: Equatable, Sendable {
    public var learner: LearnerName
    public var score: Double
    public var band: Band
    /// The concepts met (misconceptions aside), in rubric order.
    public var metConcepts: [String]
    /// In the order typed: the reply to the question, then to the follow-up.
    public var replies: [HighlightedReply]
    /// Shown because a facilitator pinned it (`--choices`), not for its grade.
    public var pinned: Bool

    public init(learner: LearnerName, score: Double, band: Band, metConcepts: [String], replies: [HighlightedReply], pinned: Bool = false) {
        self.learner = learner
        self.score = score
        self.band = band
        self.metConcepts = metConcepts
        self.replies = replies
        self.pinned = pinned
    }
}
