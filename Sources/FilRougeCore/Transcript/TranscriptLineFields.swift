import Foundation

/// The members of a transcript line, read in the one pass over it before its `type` says what the
/// line is: `type` comes last, keys being written sorted. Each key holds the same kind of value in
/// every entry that has it (`reason` is a route's text and an end's reason, both strings), so each
/// is read as that kind wherever it stands; a member the entry does not use, but that does not read
/// as its kind, has the line refused and left to `JSONDecoder`, which ignores it.
///
/// The fields are those of `TranscriptEntry`'s `Codable` conformance and of the types it delegates
/// to, with the same optional members.
struct TranscriptLineFields {
    var type: String?
    var at: Date?
    var attempt: Int?
    var attempts: Int?
    /// `null` is read as no band, which a friend's line may have.
    var band: Band??
    var bandReason: BandReason?
    var changes: [String: Int]?
    var combined: Bool?
    var criteria: [StepResult.ConceptOutcome]?
    var ending: String??
    var evaluation: ReplyEvaluation?
    var followUp: Bool?
    var from: String?
    var kind: FriendLine.Kind?
    var name: String?
    var number: Int?
    var reason: String?
    var score: Double?
    var step: String?
    var summary: ConversationSummary?
    /// `null` is read as no text, which a hint may have.
    var text: String??
    var to: String?
    var values: [String: Int]?
    // The header's.
    var format: Int?
    var learner: String??
    var program: String?
    var scenario: TranscriptHeader.ScenarioReference?
    var seed: UInt64?
    var started: Date?

    mutating func read(_ key: JSONLineString, from reader: inout JSONLineReader) throws {
        // The members of every event first, then by how often they come.
        switch key {
        case "at": try reader.read(into: &at)
        case "type": try reader.read(into: &type)
        case "step": try reader.read(into: &step)
        case "text": try reader.readOptional(into: &text)
        case "kind": try reader.read(into: &kind)
        case "attempt": try reader.read(into: &attempt)
        case "follow_up": try reader.read(into: &followUp)
        case "evaluation": try reader.read(into: &evaluation)
        case "combined": try reader.read(into: &combined)
        case "band": try reader.readOptional(into: &band)
        case "criteria": try reader.read(into: &criteria)
        case "band_reason": try reader.read(into: &bandReason)
        case "score": try reader.read(into: &score)
        case "attempts": try reader.read(into: &attempts)
        case "from": try reader.read(into: &from)
        case "to": try reader.read(into: &to)
        case "reason": try reader.read(into: &reason)
        case "changes": try reader.read(into: &changes)
        case "values": try reader.read(into: &values)
        case "number": try reader.read(into: &number)
        case "name": try reader.read(into: &name)
        case "ending": try reader.readOptional(into: &ending)
        case "summary": try reader.read(into: &summary)
        case "format": try reader.read(into: &format)
        case "learner": try reader.readOptional(into: &learner)
        case "program": try reader.read(into: &program)
        case "scenario": try reader.read(into: &scenario)
        case "seed": try reader.read(into: &seed)
        case "started": try reader.read(into: &started)
        default: try reader.skipValue()
        }
    }

    /// The entry the line holds, as `TranscriptEntry.init(from:)` makes it.
    func entry() throws -> TranscriptEntry {
        let type = try Self.required(type)
        if type == "header" {
            var header = TranscriptHeader(
                scenario: try Self.required(scenario), learner: learner ?? nil, started: try Self.required(started),
                seed: try Self.required(seed), program: try Self.required(program)
            )
            header.format = try Self.required(format)
            return .header(header)
        }
        return .event(at: try Self.required(at), try event(type))
    }

    private func event(_ type: String) throws -> DialogueEvent {
        switch type {
        case "narration":
            return .narration(Narration(text: try Self.present(text)))
        case "friend":
            return .friendLine(FriendLine(kind: try Self.required(kind), step: try Self.required(step), text: try Self.present(text), band: band ?? nil))
        case "question":
            return .question(Question(step: try Self.required(step), text: try Self.present(text), followUp: try Self.required(followUp)))
        case "reply":
            return .reply(Reply(step: try Self.required(step), attempt: try Self.required(attempt), text: try Self.present(text)))
        case "evaluation":
            return .evaluation(EvaluationEvent(
                step: try Self.required(step), attempt: try Self.required(attempt), combined: try Self.required(combined),
                evaluation: try Self.required(evaluation)
            ))
        case "hint":
            return .hint(HintGiven(step: try Self.required(step), number: try Self.required(number), text: text ?? nil))
        case "command":
            return .command(CommandUsed(name: try Self.required(name)))
        case "counters":
            return .countersChanged(CountersChanged(step: try Self.required(step), changes: try Self.required(changes), values: try Self.required(values)))
        case "route":
            return .route(RouteDecision(from: try Self.required(from), to: try Self.required(to), reason: try Self.required(reason)))
        case "step_completed":
            return .stepCompleted(StepResult(
                step: try Self.required(step), score: try Self.required(score), band: try Self.present(band),
                attempts: try Self.required(attempts), criteria: try Self.required(criteria), reason: bandReason
            ))
        case "end":
            guard let reason = Finished.Reason(rawValue: try Self.required(reason)) else { throw JSONLineReader.Refused() }
            return .finished(Finished(reason: reason, ending: ending ?? nil, summary: try Self.required(summary)))
        default:
            throw JSONLineReader.Refused()
        }
    }

    /// A member the entry must have.
    private static func required<T>(_ field: T?) throws -> T {
        guard let field else { throw JSONLineReader.Refused() }
        return field
    }

    /// A member the entry must have, and not `null`, where another entry may have it `null`.
    private static func present<T>(_ field: T??) throws -> T {
        guard let field, let value = field else { throw JSONLineReader.Refused() }
        return value
    }
}

extension TranscriptEntry: TranscriptLineDecodable {
    init(reading reader: inout JSONLineReader) throws {
        var fields = TranscriptLineFields()
        try reader.readFields { reader, key in try fields.read(key, from: &reader) }
        self = try fields.entry()
    }
}
