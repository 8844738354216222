/// An Experience API statement (xAPI 1.0.3), with the parts the export fills in. Encoded with
/// sorted keys; absent parts are left out rather than written as null.
///
/// The statement carries no `version`: the specification asks those who send statements not to set
/// it (the learning record store records the version the statements arrive with, given by the
/// `X-Experience-API-Version: 1.0.3` header of the request).
public struct XAPIStatement: Encodable, Equatable, Sendable {
    public var id: String
    public var actor: Agent
    public var verb: Verb
    public var object: Activity
    public var result: Result
    public var context: Context
    public var timestamp: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, actor, verb, object, result, context, timestamp
    }

    public struct Agent: Encodable, Equatable, Sendable {
        public var objectType = "Agent"
        public var name: String?
        public var account: Account

        enum CodingKeys: String, CodingKey, CaseIterable {
            case objectType, name, account
        }
    }

    public struct Account: Encodable, Equatable, Sendable {
        public var homePage: String
        public var name: String

        enum CodingKeys: String, CodingKey, CaseIterable {
            case homePage, name
        }
    }

    public struct Verb: Encodable, Equatable, Sendable {
        public var id: String
        public var display: [String: String]

        public static let answered = Verb(id: "http://adlnet.gov/expapi/verbs/answered", display: ["en-US": "answered"])
        public static let completed = Verb(id: "http://adlnet.gov/expapi/verbs/completed", display: ["en-US": "completed"])
        /// A conversation left before its ending (`/quit`), which may be resumed later.
        public static let suspended = Verb(id: "http://adlnet.gov/expapi/verbs/suspended", display: ["en-US": "suspended"])

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, display
        }
    }

    public struct Activity: Encodable, Equatable, Sendable {
        public var objectType = "Activity"
        public var id: String
        public var definition: Definition?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case objectType, id, definition
        }
    }

    public struct Definition: Encodable, Equatable, Sendable {
        public var name: [String: String]
        public var description: [String: String]?
        public var type: String
        public var interactionType: String?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case name, description, type, interactionType
        }
    }

    public struct Result: Encodable, Equatable, Sendable {
        public var score: Score
        public var success: Bool
        public var completion: Bool?
        public var response: String?
        public var extensions: [String: ExtensionValue]?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case score, success, completion, response, extensions
        }
    }

    public struct Score: Encodable, Equatable, Sendable {
        /// From 0 to 1 here (the specification allows -1 to 1).
        public var scaled: Double
        /// In percent, from `min` to `max`.
        public var raw: Double
        public var min: Double
        public var max: Double

        enum CodingKeys: String, CodingKey, CaseIterable {
            case scaled, raw, min, max
        }
    }

    public struct Context: Encodable, Equatable, Sendable {
        /// One UUID per conversation, shared by its statements.
        public var registration: String
        public var contextActivities: ContextActivities?
        public var platform: String
        /// The scenario's language (RFC 5646).
        public var language: String
        public var extensions: [String: ExtensionValue]?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case registration, contextActivities, platform, language, extensions
        }
    }

    public struct ContextActivities: Encodable, Equatable, Sendable {
        public var parent: [Activity]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case parent
        }
    }

    /// The values the export puts in extensions.
    public enum ExtensionValue: Encodable, Equatable, Sendable {
        case text(String)
        case list([String])
        case number(Int)
        /// A step's final grade, written as a transcript writes it (docs/transcript-format.md), so
        /// that one reader reads it from both.
        case evaluation(ReplyEvaluation)

        public func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let value): try container.encode(value)
            case .list(let values): try container.encode(values)
            case .number(let value): try container.encode(value)
            case .evaluation(let value): try container.encode(value)
            }
        }
    }
}
