import Foundation

/// The first line of a transcript: which scenario was played, by whom, when, and with which seed.
public struct TranscriptHeader: Encodable, Equatable, Sendable {
    /// The version of the transcript format; readers refuse versions they do not know.
    public var format: Int
    public var scenario: ScenarioReference
    /// The learner's name, when given with `--name`.
    public var learner: String?
    public var started: Date
    /// The seed of the conversation's randomness: replaying the replies with it gives the same conversation.
    public var seed: UInt64
    /// The program that wrote the transcript, with its version.
    public var program: String

    public static let currentFormat = 1

    enum CodingKeys: String, CodingKey, CaseIterable {
        case format, scenario, learner, started, seed, program
    }

    public init(scenario: ScenarioReference, learner: String?, started: Date, seed: UInt64, program: String) {
        self.format = Self.currentFormat
        self.scenario = scenario
        self.learner = learner
        self.started = started
        self.seed = seed
        self.program = program
    }

    /// Identifies a scenario, and the exact text of it, that a transcript was played with.
    public struct ScenarioReference: Encodable, Equatable, Sendable {
        public var id: String
        public var title: String
        public var version: String
        public var language: Language
        /// `sha256:` and the hex digest of the scenario file's text: a changed file has another hash.
        public var hash: String

        public init(scenario: Scenario, sourceText: String) {
            id = scenario.id
            title = scenario.title
            version = scenario.version
            language = scenario.language
            hash = "sha256:" + SHA256.hexDigest(of: Array(sourceText.utf8))
        }

        /// A reference as a transcript holds it.
        init(id: String, title: String, version: String, language: Language, hash: String) {
            self.id = id
            self.title = title
            self.version = version
            self.language = language
            self.hash = hash
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, title, version, language, hash
        }
    }
}
