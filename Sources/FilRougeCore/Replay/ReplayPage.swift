/// What one screen of a replay shows: a step, with what the friend said and asked, and each
/// learner's turns at it.
public struct ReplayPage: Equatable, Sendable {
    public var step: String
    /// What the friend said before the question, as the first learner to reach the step heard it.
    public var says: [String]
    public var question: String?
    /// One per learner, in the order of the learners (a learner who never reached the step has no turn).
    public var entries: [Entry]

    public init(step: String, says: [String], question: String?, entries: [Entry]) {
        self.step = step
        self.says = says
        self.question = question
        self.entries = entries
    }

    public struct Entry: Equatable, Sendable {
        /// The learner's index in the script.
        public var learner: Int
        /// Usually one; two or more when a route brought the learner back to the step.
        public var turns: [ReplayTurn]

        public init(learner: Int, turns: [ReplayTurn]) {
            self.learner = learner
            self.turns = turns
        }
    }
}

/// A learner's turn at a step, with its regrade when there is one.
public struct ReplayTurn: Equatable, Sendable {
    public var turn: ConversationRecord.Turn
    /// The turn's position in the learner's conversation, from 0.
    public var index: Int
    public var regrade: TurnRegrade?

    public init(turn: ConversationRecord.Turn, index: Int, regrade: TurnRegrade?) {
        self.turn = turn
        self.index = index
        self.regrade = regrade
    }
}
