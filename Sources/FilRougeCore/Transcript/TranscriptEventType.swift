/// The `type` of each kind of event in a transcript line: the one table of these names, which the
/// writer writes and the reader reads.
public enum TranscriptEventType: String, CaseIterable, Sendable {
    case narration
    case friend
    case question
    case reply
    case evaluation
    case hint
    case command
    case counters
    case route
    case stepCompleted = "step_completed"
    case end
}

extension DialogueEvent {
    /// The kind of event, as a transcript line names it.
    public var eventType: TranscriptEventType {
        switch self {
        case .narration: return .narration
        case .friendLine: return .friend
        case .question: return .question
        case .reply: return .reply
        case .evaluation: return .evaluation
        case .hint: return .hint
        case .command: return .command
        case .countersChanged: return .counters
        case .route: return .route
        case .stepCompleted: return .stepCompleted
        case .finished: return .end
        }
    }

    /// The name of the event in a transcript line's `type` field.
    public var typeName: String {
        eventType.rawValue
    }
}
