import Foundation

/// One line of a transcript: the header, or an event with the time it happened.
public enum TranscriptEntry: Equatable, Sendable {
    case header(TranscriptHeader)
    case event(at: Date, DialogueEvent)
}

extension TranscriptEntry: Codable {
    private enum Keys: String, CodingKey {
        case type, at
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        switch self {
        case .header(let header):
            try container.encode("header", forKey: .type)
            try header.encode(to: encoder)
        case .event(let date, let event):
            try container.encode(event.typeName, forKey: .type)
            try container.encode(date, forKey: .at)
            try event.encodePayload(to: encoder)
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        let type = try container.decode(String.self, forKey: .type)
        if type == "header" {
            self = .header(try TranscriptHeader(from: decoder))
            return
        }
        let date = try container.decode(Date.self, forKey: .at)
        self = .event(at: date, try DialogueEvent(type: type, from: decoder))
    }
}

extension DialogueEvent {
    /// Writes the event's fields beside the `type` and `at` of its transcript line.
    func encodePayload(to encoder: Encoder) throws {
        switch self {
        case .narration(let payload): try payload.encode(to: encoder)
        case .friendLine(let payload): try payload.encode(to: encoder)
        case .question(let payload): try payload.encode(to: encoder)
        case .reply(let payload): try payload.encode(to: encoder)
        case .evaluation(let payload): try payload.encode(to: encoder)
        case .hint(let payload): try payload.encode(to: encoder)
        case .command(let payload): try payload.encode(to: encoder)
        case .countersChanged(let payload): try payload.encode(to: encoder)
        case .route(let payload): try payload.encode(to: encoder)
        case .stepCompleted(let payload): try payload.encode(to: encoder)
        case .finished(let payload): try payload.encode(to: encoder)
        }
    }

    init(type: String, from decoder: Decoder) throws {
        switch type {
        case "narration": self = .narration(try Narration(from: decoder))
        case "friend": self = .friendLine(try FriendLine(from: decoder))
        case "question": self = .question(try Question(from: decoder))
        case "reply": self = .reply(try Reply(from: decoder))
        case "evaluation": self = .evaluation(try EvaluationEvent(from: decoder))
        case "hint": self = .hint(try HintGiven(from: decoder))
        case "command": self = .command(try CommandUsed(from: decoder))
        case "counters": self = .countersChanged(try CountersChanged(from: decoder))
        case "route": self = .route(try RouteDecision(from: decoder))
        case "step_completed": self = .stepCompleted(try StepResult(from: decoder))
        case "end": self = .finished(try Finished(from: decoder))
        default:
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "unknown event type '\(type)'"))
        }
    }
}
