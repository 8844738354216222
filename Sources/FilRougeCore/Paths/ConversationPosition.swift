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

    /// `at step site-web`, `at the follow-up question of step site-web`, `already ended at ending fin`.
    public var description: String {
        switch self {
        case .step(let step, let attempt):
            return attempt == 2 ? "at the follow-up question of step \(step)" : "at step \(step)"
        case .ended(let ending):
            return ending.map { "already ended at ending \($0)" } ?? "already ended"
        }
    }
}
