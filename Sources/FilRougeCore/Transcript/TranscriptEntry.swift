import Foundation

/// One line of a transcript: the header, or an event with the time it happened.
public enum TranscriptEntry: Equatable, Sendable {
    case header(TranscriptHeader)
    case event(at: Date, DialogueEvent)

    /// The `type` of the header line.
    static let headerType = "header"
}

/// Written flat: the entry's own members (`type`, and `at` for an event) beside those of the header
/// or of the event's payload, in one object. `TranscriptLineReader` reads them back the same way.
extension TranscriptEntry: Encodable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case type, at
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .header(let header):
            try container.encode(Self.headerType, forKey: .type)
            try header.encode(to: encoder)
        case .event(let date, let event):
            try container.encode(event.eventType.rawValue, forKey: .type)
            try container.encode(date, forKey: .at)
            try event.encodePayload(to: encoder)
        }
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
}
