/// One turn of a transcript graded again with the current scenario, beside how it was graded then.
public struct TurnRegrade: Equatable, Sendable {
    public var step: String
    public var outcome: Outcome

    public init(step: String, outcome: Outcome) {
        self.step = step
        self.outcome = outcome
    }

    public enum Outcome: Equatable, Sendable {
        /// The scenario has no step of this id any more: nothing to grade against.
        case stepRemoved
        /// The transcript has the question but no reply (it stops there).
        case notAnswered
        case graded(Comparison)
    }

    /// Then and now.
    public struct Comparison: Equatable, Sendable {
        /// Nil when the transcript kept no grade for the turn.
        public var oldBand: Band?
        public var newBand: Band
        public var oldScore: Double?
        public var newScore: Double
        /// Where the conversation went; nil when it stopped at this turn.
        public var oldRoute: String?
        /// Where it would go now with the new grade (and the counters as the new grades leave them);
        /// nil when it stopped at this turn.
        public var newRoute: String?
        /// The labels of the criteria met now and not then, and met then and not now.
        public var gained: [String]
        public var lost: [String]
        public var followUp: FollowUpChange?
        /// The new grade of the step (both replies together after a follow-up).
        public var evaluation: ReplyEvaluation

        public var bandChanged: Bool { oldBand != newBand }
        public var routeChanged: Bool { oldRoute != newRoute }
        /// True when the band or the route would now differ.
        public var differs: Bool { bandChanged || routeChanged }
    }

    /// How the follow-up question would fare now.
    public enum FollowUpChange: Equatable, Sendable {
        /// It was asked and answered, but would not be now (the first reply is now good enough, or
        /// the step has no follow-up any more): the step is graded on the first reply alone.
        case noLongerAsked
        /// It was not asked, but would be now: the reply that would answer it does not exist.
        case wouldBeAsked
    }

    /// True when the band or the route would now differ, or the step no longer exists.
    public var needsAttention: Bool {
        switch outcome {
        case .stepRemoved: return true
        case .notAnswered: return false
        case .graded(let comparison): return comparison.differs
        }
    }
}
