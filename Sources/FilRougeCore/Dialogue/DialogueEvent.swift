/// Something that happened in a conversation. The engine produces them, the terminal shows them and
/// the transcript records them, so what was shown and what was kept are one and the same.
public enum DialogueEvent: Equatable, Sendable {
    /// Narration before the first step.
    case narration(Narration)
    /// Something the friend says that is not a question: a step's opening lines, a reaction, a closing.
    case friendLine(FriendLine)
    case question(Question)
    case reply(Reply)
    case evaluation(EvaluationEvent)
    case hint(HintGiven)
    /// A command the learner typed (`/hint`, `/score`…).
    case command(CommandUsed)
    case countersChanged(CountersChanged)
    case route(RouteDecision)
    case stepCompleted(StepResult)
    case finished(Finished)

    /// The name of the event in a transcript line's `type` field.
    public var typeName: String {
        switch self {
        case .narration: return "narration"
        case .friendLine: return "friend"
        case .question: return "question"
        case .reply: return "reply"
        case .evaluation: return "evaluation"
        case .hint: return "hint"
        case .command: return "command"
        case .countersChanged: return "counters"
        case .route: return "route"
        case .stepCompleted: return "step_completed"
        case .finished: return "end"
        }
    }
}

public struct Narration: Codable, Equatable, Sendable {
    public var text: String
}

public struct FriendLine: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable {
        /// A step's lines before its question.
        case says
        /// The reaction to the learner's reply.
        case reaction
        /// An ending's closing lines.
        case ending
    }

    public var kind: Kind
    /// The step (or, for `ending`, the ending) the line belongs to.
    public var step: String
    public var text: String
    /// For a reaction, the band it reacts to.
    public var band: Band?
}

public struct Question: Codable, Equatable, Sendable {
    public var step: String
    public var text: String
    /// True for a step's follow-up question.
    public var followUp: Bool

    enum CodingKeys: String, CodingKey {
        case step, text
        case followUp = "follow_up"
    }
}

public struct Reply: Codable, Equatable, Sendable {
    public var step: String
    /// 1 for the reply to the question, 2 for the reply to the follow-up.
    public var attempt: Int
    public var text: String

    public init(step: String, attempt: Int, text: String) {
        self.step = step
        self.attempt = attempt
        self.text = text
    }
}

public struct EvaluationEvent: Codable, Equatable, Sendable {
    public var step: String
    public var attempt: Int
    /// True when this grades the first reply and the follow-up's together.
    public var combined: Bool
    public var evaluation: ReplyEvaluation
}

public struct HintGiven: Codable, Equatable, Sendable {
    public var step: String
    /// 1 for the step's first hint; nil text when there are no more hints.
    public var number: Int
    public var text: String?
}

public struct CommandUsed: Codable, Equatable, Sendable {
    public var name: String

    public init(name: String) {
        self.name = name
    }
}

public struct CountersChanged: Codable, Equatable, Sendable {
    public var step: String
    /// How much each counter changed.
    public var changes: [String: Int]
    /// Every counter's value afterwards.
    public var values: [String: Int]

    public init(step: String, changes: [String: Int], values: [String: Int]) {
        self.step = step
        self.changes = changes
        self.values = values
    }

    private enum CodingKeys: String, CodingKey {
        case step, changes, values
    }

    /// Read counter by counter in the order of their names, so that a transcript line with several
    /// wrong counts is always reported at the same one: a dictionary is decoded in the order of a
    /// hash table, which differs from one reading to the next.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        step = try container.decode(String.self, forKey: .step)
        changes = try Self.counts(in: container.nestedContainer(keyedBy: CounterName.self, forKey: .changes))
        values = try Self.counts(in: container.nestedContainer(keyedBy: CounterName.self, forKey: .values))
    }

    private static func counts(in container: KeyedDecodingContainer<CounterName>) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for name in container.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
            counts[name.stringValue] = try container.decode(Int.self, forKey: name)
        }
        return counts
    }

    /// A counter's name as a JSON key.
    private struct CounterName: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

public struct RouteDecision: Codable, Equatable, Sendable {
    public var from: String
    /// A step id, an ending id, or `end`.
    public var to: String
    /// Why: the route's number and condition, or the fallback.
    public var reason: String
}

/// The final outcome of a step, after any follow-up.
public struct StepResult: Codable, Equatable, Sendable {
    public var step: String
    public var score: Double
    public var band: Band
    public var attempts: Int
    public var criteria: [ConceptOutcome]
    /// Why the band is what it is; nil in transcripts written before bands gave their reasons.
    public var reason: BandReason?

    public init(step: String, score: Double, band: Band, attempts: Int, criteria: [ConceptOutcome], reason: BandReason? = nil) {
        self.step = step
        self.score = score
        self.band = band
        self.attempts = attempts
        self.criteria = criteria
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey {
        case step, score, band, attempts, criteria
        case reason = "band_reason"
    }

    public struct ConceptOutcome: Codable, Equatable, Sendable {
        public var concept: String
        public var label: String
        public var status: CriterionStatus
        /// True for a misconception: met means the reply expressed it.
        public var misconception: Bool

        public init(concept: String, label: String, status: CriterionStatus, misconception: Bool) {
            self.concept = concept
            self.label = label
            self.status = status
            self.misconception = misconception
        }
    }
}

public struct Finished: Codable, Equatable, Sendable {
    public enum Reason: String, Codable, Sendable {
        /// An ending was reached.
        case completed
        /// The learner left before an ending (`/quit`, Ctrl-D, end of input), or a signal
        /// stopped the program (SIGTERM, SIGHUP when the terminal closed).
        case quit
    }

    public var reason: Reason
    /// The ending reached, if any.
    public var ending: String?
    public var summary: ConversationSummary

    public init(reason: Reason, ending: String?, summary: ConversationSummary) {
        self.reason = reason
        self.ending = ending
        self.summary = summary
    }
}

/// The learner's results so far.
public struct ConversationSummary: Codable, Equatable, Sendable {
    public var steps: [StepResult]
    /// The mean of the steps' scores (0 when no step was completed).
    public var score: Double
    public var band: Band
}

extension ConversationSummary {
    /// The summary of `results` under the scenario's `bands`: the mean of the steps' scores, banded
    /// by the scenario's thresholds, or with bands by ideas (where a step's score is its band's
    /// share of a good reply) by the standard ones: all good is good, good and partial half and
    /// half is good, all partial is partial.
    public init(results: [StepResult], bands: BandThresholds) {
        guard !results.isEmpty else {
            self.init(steps: results, score: 0, band: .missed)
            return
        }
        let score = results.reduce(0) { $0 + $1.score } / Double(results.count)
        self.init(steps: results, score: score, band: (bands.ideas == nil ? bands : .standard).band(for: score))
    }
}
