import Foundation

// How each event's payload reads itself from its transcript line, by the coding keys it is written
// with. `TranscriptLineReader` reads the line's `type` and `at`, and gives these fields the rest.

extension Narration: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var text: String?

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .text: try reader.read(&text)
            }
        }

        func value() throws -> Narration {
            Narration(text: try required(text, .text))
        }
    }
}

extension FriendLine: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var kind: Kind?, step: String?, text: String?, band: Band??

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .kind: try reader.read(&kind)
            case .step: try reader.read(&step)
            case .text: try reader.read(&text)
            case .band: try reader.readOptional(&band)
            }
        }

        func value() throws -> FriendLine {
            FriendLine(kind: try required(kind, .kind), step: try required(step, .step), text: try required(text, .text), band: band ?? nil)
        }
    }
}

extension Question: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var step: String?, text: String?, followUp: Bool?

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .step: try reader.read(&step)
            case .text: try reader.read(&text)
            case .followUp: try reader.read(&followUp)
            }
        }

        func value() throws -> Question {
            Question(step: try required(step, .step), text: try required(text, .text), followUp: try required(followUp, .followUp))
        }
    }
}

extension Reply: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var step: String?, attempt: Int?, text: String?

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .step: try reader.read(&step)
            case .attempt: try reader.read(&attempt)
            case .text: try reader.read(&text)
            }
        }

        func value() throws -> Reply {
            Reply(step: try required(step, .step), attempt: try required(attempt, .attempt), text: try required(text, .text))
        }
    }
}

extension EvaluationEvent: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var step: String?, attempt: Int?, combined: Bool?, evaluation: ReplyEvaluation?

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .step: try reader.read(&step)
            case .attempt: try reader.read(&attempt)
            case .combined: try reader.read(&combined)
            case .evaluation: try reader.read(&evaluation)
            }
        }

        func value() throws -> EvaluationEvent {
            EvaluationEvent(
                step: try required(step, .step), attempt: try required(attempt, .attempt), combined: try required(combined, .combined),
                evaluation: try required(evaluation, .evaluation)
            )
        }
    }
}

extension HintGiven: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var step: String?, number: Int?, text: String??

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .step: try reader.read(&step)
            case .number: try reader.read(&number)
            case .text: try reader.readOptional(&text)
            }
        }

        func value() throws -> HintGiven {
            HintGiven(step: try required(step, .step), number: try required(number, .number), text: text ?? nil)
        }
    }
}

extension CommandUsed: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var name: String?

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .name: try reader.read(&name)
            }
        }

        func value() throws -> CommandUsed {
            CommandUsed(name: try required(name, .name))
        }
    }
}

extension CountersChanged: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var step: String?, changes: [String: Int]?, values: [String: Int]?

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .step: try reader.read(&step)
            case .changes: try reader.read(&changes)
            case .values: try reader.read(&values)
            }
        }

        func value() throws -> CountersChanged {
            CountersChanged(step: try required(step, .step), changes: try required(changes, .changes), values: try required(values, .values))
        }
    }
}

extension RouteDecision: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var from: String?, to: String?, reason: String?

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .from: try reader.read(&from)
            case .to: try reader.read(&to)
            case .reason: try reader.read(&reason)
            }
        }

        func value() throws -> RouteDecision {
            RouteDecision(from: try required(from, .from), to: try required(to, .to), reason: try required(reason, .reason))
        }
    }
}

extension Finished: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var reason: Reason?, ending: String??, summary: ConversationSummary?

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .reason: try reader.read(&reason)
            case .ending: try reader.readOptional(&ending)
            case .summary: try reader.read(&summary)
            }
        }

        func value() throws -> Finished {
            Finished(reason: try required(reason, .reason), ending: ending ?? nil, summary: try required(summary, .summary))
        }
    }
}

extension Narration.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension FriendLine.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension Question.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension Reply.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension EvaluationEvent.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension HintGiven.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension CommandUsed.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension CountersChanged.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension RouteDecision.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension Finished.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}
