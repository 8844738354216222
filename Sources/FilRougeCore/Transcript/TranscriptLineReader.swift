import Foundation

/// Reads transcript lines: the one reader of the format `TranscriptLineWriter` writes.
///
/// Each line is read in one pass (`JSONLineReader`) by the types it holds, each by the coding keys
/// it is written with (`TranscriptObjectFields`); Foundation's `JSONDecoder`, driving `Decodable`
/// conformances, took five times as long, longer than `jq` takes to read the same files.
///
/// What it reads: any line that is JSON and holds an entry, however it is written — members in any
/// order, blanks between them, escapes anywhere, members it does not know (skipped, nested or
/// not), `null` or no member for an optional field, and counts written `2.0` or `2e0`. What it
/// refuses, with a reason: what is not JSON, a member missing or of another kind, a name that is
/// none of a field's, a count that is not whole or too large, a date that is not ISO 8601, and a key
/// written twice in one object (which of the two was meant cannot be told).
enum TranscriptLineReader {
    /// The entry one line holds (its bytes trimmed, valid UTF-8), or a `TranscriptLineError` whose
    /// description says why it is not one.
    static func entry(_ line: UnsafeBufferPointer<UInt8>) throws -> TranscriptEntry {
        do {
            var reader = JSONLineReader(line)
            let entry = try reader.readEntry()
            try reader.end()
            return entry
        } catch let error as TranscriptLineError where error.problem != .notJSON && error.problem != .tooDeep {
            // Reported as not JSON when it is not, whatever was found wrong before the reader got
            // to where it is not. (Too deep is too deep to tell.)
            guard JSONLineReader.isJSON(line) else { throw TranscriptLineError(.notJSON) }
            throw error
        }
    }
}

/// What a line is, from its `type`.
private enum TranscriptEntryType {
    case header
    case event(TranscriptEventType)

    init(_ name: UnsafeBufferPointer<UInt8>) throws {
        if let type = TranscriptEventType.transcriptNames.name(name) {
            self = .event(type)
        } else if name.elementsEqual(TranscriptEntry.headerType.utf8) {
            self = .header
        } else {
            throw TranscriptLineError(.unknownEventType(String(decoding: name, as: UTF8.self)))
        }
    }
}

extension TranscriptEventType: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension TranscriptEntry.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension JSONLineReader {
    /// Reads the line's object: its `type` first, found from the end of the line where this
    /// program writes it, else searched for; then its members, by the fields of that type.
    fileprivate mutating func readEntry() throws -> TranscriptEntry {
        guard isAtObject() else {
            throw TranscriptLineError(JSONLineReader.isJSON(bytes) ? .notAnObject : .notJSON)
        }
        let type: TranscriptEntryType
        if let trailing = trailingType(), let known = try? TranscriptEntryType(trailing) {
            type = known
        } else {
            var search = JSONLineReader(bytes)
            type = try search.searchType()
        }
        switch type {
        case .header:
            return .header(try readMembers(of: TranscriptHeader.TranscriptFields.self, isEvent: false).value)
        case .event(let eventType):
            switch eventType {
            case .narration: return try readEvent(Narration.self, DialogueEvent.narration)
            case .friend: return try readEvent(FriendLine.self, DialogueEvent.friendLine)
            case .question: return try readEvent(Question.self, DialogueEvent.question)
            case .reply: return try readEvent(Reply.self, DialogueEvent.reply)
            case .evaluation: return try readEvent(EvaluationEvent.self, DialogueEvent.evaluation)
            case .hint: return try readEvent(HintGiven.self, DialogueEvent.hint)
            case .command: return try readEvent(CommandUsed.self, DialogueEvent.command)
            case .counters: return try readEvent(CountersChanged.self, DialogueEvent.countersChanged)
            case .route: return try readEvent(RouteDecision.self, DialogueEvent.route)
            case .stepCompleted: return try readEvent(StepResult.self, DialogueEvent.stepCompleted)
            case .end: return try readEvent(Finished.self, DialogueEvent.finished)
            }
        }
    }

    private mutating func readEvent<Payload: TranscriptObjectReadable>(
        _: Payload.Type, _ event: (Payload) -> DialogueEvent
    ) throws -> TranscriptEntry {
        let (at, payload) = try readMembers(of: Payload.TranscriptFields.self, isEvent: true)
        guard let at else { throw TranscriptLineError(.missing(key: TranscriptEntry.CodingKeys.at.stringValue)) }
        return .event(at: at, event(payload))
    }

    /// Reads the line's members: the entry's own (`type`, and `at` for an event) and those of
    /// its header or payload, side by side as they are written. `type` was known before; it is
    /// read again only to be checked.
    private mutating func readMembers<Fields: TranscriptObjectFields>(
        of _: Fields.Type, isEvent: Bool
    ) throws -> (at: Date?, value: Fields.Value) {
        var fields = Fields()
        var at: Date?
        var hasType = false
        try readMembers { reader, key in
            if let own = key.withBytes(TranscriptEntry.CodingKeys.transcriptNames.name) {
                switch own {
                case .type:
                    guard !hasType else { throw TranscriptLineError(.writtenTwice) }
                    hasType = true
                    _ = try reader.stringToken()
                case .at:
                    if isEvent { try reader.read(&at) } else { try reader.skipValue() }
                }
            } else if let known = key.withBytes(Fields.Key.transcriptNames.name) {
                try fields.read(known, from: &reader)
            } else {
                try reader.skipValue()
            }
        }
        if isEvent, at == nil { throw TranscriptLineError(.missing(key: TranscriptEntry.CodingKeys.at.stringValue)) }
        return (at, try fields.value())
    }

    /// The line's `type`, searched for among its members, all of them read to be checked.
    private mutating func searchType() throws -> TranscriptEntryType {
        var name: JSONLineString?
        try readMembers { reader, key in
            guard key.withBytes(TranscriptEntry.CodingKeys.transcriptNames.name) == .type else {
                try reader.skipValue()
                return
            }
            guard name == nil else { throw TranscriptLineError(.writtenTwice) }
            name = try reader.stringToken()
        }
        try end()
        guard let name else { throw TranscriptLineError(.missing(key: TranscriptEntry.CodingKeys.type.stringValue)) }
        return try name.withBytes(TranscriptEntryType.init)
    }
}
