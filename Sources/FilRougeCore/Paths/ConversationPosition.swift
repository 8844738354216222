/// Where a conversation stands between two turns, in the words a path report uses.
public enum ConversationPosition: Equatable, Sendable {
    /// Waiting for a reply to `step`; attempt 2 is the reply to its follow-up question.
    case step(String, attempt: Int)
    /// Ended, at an ending when one was reached.
    case ended(ending: String?)

    init(_ phase: DialogueEngine.Phase, ending: String?) {
        switch phase {
        case .awaitingReply(let step, let attempt): self = .step(step, attempt: attempt)
        case .notStarted, .finished: self = .ended(ending: ending)
        }
    }

    /// What the conversation is doing, after "the conversation": `is at step site-web`, `is at the
    /// follow-up question of step site-web`, `has already ended at ending fin`.
    public var description: String {
        switch self {
        case .step(let step, let attempt):
            return "is " + place(step, attempt: attempt)
        case .ended(let ending):
            return ending.map { "has already ended at ending \($0)" } ?? "has already ended without an ending"
        }
    }

    /// `at step site-web`, `at the follow-up question of step site-web`.
    func place(_ step: String, attempt: Int) -> String {
        attempt == 2 ? "at the follow-up question of step \(step)" : "at step \(step)"
    }
}
