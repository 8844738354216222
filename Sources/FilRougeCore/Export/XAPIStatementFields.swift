import Foundation

// How the statements `XAPIExport` writes are read back from a learning record store: each part by
// the coding keys it is written with, as transcript lines are (`TranscriptObjectFields`), so that
// writing and reading name the members once. What a store adds (`stored`, `authority`, `version`)
// is skipped.

extension XAPIStatement: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var id: String?, actor: Agent?, verb: Verb?, object: Activity?, result: Result?, context: Context?, timestamp: String?

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .id: try reader.read(&id)
            case .actor: try reader.read(&actor)
            case .verb: try reader.read(&verb)
            case .object: try reader.read(&object)
            case .result: try reader.read(&result)
            case .context: try reader.read(&context)
            case .timestamp: try reader.read(&timestamp)
            }
        }

        func value() throws -> XAPIStatement {
            XAPIStatement(
                id: try required(id, .id), actor: try required(actor, .actor), verb: try required(verb, .verb),
                object: try required(object, .object), result: try required(result, .result),
                context: try required(context, .context), timestamp: try required(timestamp, .timestamp)
            )
        }
    }
}

extension XAPIStatement.Agent: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var objectType: String?, name: String??, account: XAPIStatement.Account?

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .objectType: try reader.read(&objectType)
            case .name: try reader.readOptional(&name)
            case .account: try reader.read(&account)
            }
        }

        func value() throws -> XAPIStatement.Agent {
            XAPIStatement.Agent(objectType: objectType ?? "Agent", name: name ?? nil, account: try required(account, .account))
        }
    }
}

extension XAPIStatement.Account: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var homePage: String?, name: String?

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .homePage: try reader.read(&homePage)
            case .name: try reader.read(&name)
            }
        }

        func value() throws -> XAPIStatement.Account {
            XAPIStatement.Account(homePage: try required(homePage, .homePage), name: try required(name, .name))
        }
    }
}

extension XAPIStatement.Verb: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var id: String?, display: LanguageMap?

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .id: try reader.read(&id)
            case .display: try reader.read(&display)
            }
        }

        func value() throws -> XAPIStatement.Verb {
            XAPIStatement.Verb(id: try required(id, .id), display: display?.values ?? [:])
        }
    }
}

extension XAPIStatement.Activity: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var objectType: String?, id: String?, definition: XAPIStatement.Definition??

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .objectType: try reader.read(&objectType)
            case .id: try reader.read(&id)
            case .definition: try reader.readOptional(&definition)
            }
        }

        func value() throws -> XAPIStatement.Activity {
            XAPIStatement.Activity(objectType: objectType ?? "Activity", id: try required(id, .id), definition: definition ?? nil)
        }
    }
}

extension XAPIStatement.Definition: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var name: LanguageMap?, description: LanguageMap??, type: String?, interactionType: String??

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .name: try reader.read(&name)
            case .description: try reader.readOptional(&description)
            case .type: try reader.read(&type)
            case .interactionType: try reader.readOptional(&interactionType)
            }
        }

        func value() throws -> XAPIStatement.Definition {
            XAPIStatement.Definition(
                name: name?.values ?? [:], description: (description ?? nil)?.values, type: try required(type, .type),
                interactionType: interactionType ?? nil
            )
        }
    }
}

extension XAPIStatement.Result: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var score: XAPIStatement.Score?, success: Bool?, completion: Bool??, response: String??, extensions: XAPIExtensionValues??

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .score: try reader.read(&score)
            case .success: try reader.read(&success)
            case .completion: try reader.readOptional(&completion)
            case .response: try reader.readOptional(&response)
            case .extensions: try reader.readOptional(&extensions)
            }
        }

        func value() throws -> XAPIStatement.Result {
            XAPIStatement.Result(
                score: try required(score, .score), success: try required(success, .success), completion: completion ?? nil,
                response: response ?? nil, extensions: (extensions ?? nil)?.values
            )
        }
    }
}

extension XAPIStatement.Score: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var scaled: Double?, raw: Double?, min: Double?, max: Double?

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .scaled: try reader.read(&scaled)
            case .raw: try reader.read(&raw)
            case .min: try reader.read(&min)
            case .max: try reader.read(&max)
            }
        }

        func value() throws -> XAPIStatement.Score {
            XAPIStatement.Score(scaled: try required(scaled, .scaled), raw: raw ?? 0, min: min ?? 0, max: max ?? 100)
        }
    }
}

extension XAPIStatement.Context: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var registration: String?, contextActivities: XAPIStatement.ContextActivities??, platform: String?, language: String?
        var extensions: XAPIExtensionValues??

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .registration: try reader.read(&registration)
            case .contextActivities: try reader.readOptional(&contextActivities)
            case .platform: try reader.read(&platform)
            case .language: try reader.read(&language)
            case .extensions: try reader.readOptional(&extensions)
            }
        }

        func value() throws -> XAPIStatement.Context {
            XAPIStatement.Context(
                registration: try required(registration, .registration), contextActivities: contextActivities ?? nil,
                platform: platform ?? "", language: try required(language, .language), extensions: (extensions ?? nil)?.values
            )
        }
    }
}

extension XAPIStatement.ContextActivities: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var parent: [XAPIStatement.Activity]?

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .parent: try reader.read(&parent)
            }
        }

        func value() throws -> XAPIStatement.ContextActivities {
            XAPIStatement.ContextActivities(parent: parent ?? [])
        }
    }
}

extension XAPIStatement.Agent.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension XAPIStatement.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension XAPIStatement.Account.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension XAPIStatement.Verb.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension XAPIStatement.Activity.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension XAPIStatement.Definition.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension XAPIStatement.Result.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension XAPIStatement.Score.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension XAPIStatement.Context.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension XAPIStatement.ContextActivities.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

/// A language map (`{"fr": "…"}`): an object of strings by language tag.
struct LanguageMap: TranscriptReadable {
    var values: [String: String] = [:]

    init(reading reader: inout JSONLineReader) throws {
        var values: [String: String] = [:]
        try reader.readMembers { reader, key in
            guard values.updateValue(try reader.string(), forKey: key.text) == nil else { throw TranscriptLineError(.writtenTwice) }
        }
        self.values = values
    }
}

/// A statement's extensions, by IRI. Only the kinds of value Fil Rouge writes are kept (a text, a
/// list of texts, a count, a grade); any other value another system put there is skipped.
struct XAPIExtensionValues: TranscriptReadable {
    var values: [String: XAPIStatement.ExtensionValue] = [:]

    init(reading reader: inout JSONLineReader) throws {
        var values: [String: XAPIStatement.ExtensionValue] = [:]
        try reader.readMembers { reader, key in
            guard let value = try Self.value(&reader) else { return }
            guard values.updateValue(value, forKey: key.text) == nil else { throw TranscriptLineError(.writtenTwice) }
        }
        self.values = values
    }

    /// The value that stands next, each kind tried on a copy of the reader, or nil (and the value
    /// passed over) when it is none of them.
    private static func value(_ reader: inout JSONLineReader) throws -> XAPIStatement.ExtensionValue? {
        func attempt<Value>(_ read: (inout JSONLineReader) throws -> Value) -> Value? {
            var copy = reader
            guard let value = try? read(&copy) else { return nil }
            reader = copy
            return value
        }
        if let text = attempt({ try $0.string() }) { return .text(text) }
        if let number: Int = attempt({ try $0.integer() }) { return .number(number) }
        if let list = attempt({ try [String](reading: &$0) }) { return .list(list) }
        if let evaluation = attempt({ try ReplyEvaluation(reading: &$0) }) { return .evaluation(evaluation) }
        try reader.skipValue()
        return nil
    }
}
