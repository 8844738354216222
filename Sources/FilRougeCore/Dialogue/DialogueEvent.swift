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
}

public struct Narration: Encodable, Equatable, Sendable {
    public var text: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case text
    }
}

public struct FriendLine: Encodable, Equatable, Sendable {
    public enum Kind: String, Encodable, CaseIterable, Sendable {
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

    enum CodingKeys: String, CodingKey, CaseIterable {
        case kind, step, text, band
    }
}

public struct Question: Encodable, Equatable, Sendable {
    public var step: String
    public var text: String
    /// True for a step's follow-up question.
    public var followUp: Bool

    enum CodingKeys: String, CodingKey, CaseIterable {
        case step, text
        case followUp = "follow_up"
    }
}

public struct Reply: Encodable, Equatable, Sendable {
    public var step: String
    /// 1 for the reply to the question, 2 for the reply to the follow-up.
    public var attempt: Int
    public var text: String

    public init(step: String, attempt: Int, text: String) {
        self.step = step
        self.attempt = attempt
        self.text = text
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case step, attempt, text
    }
}

public struct EvaluationEvent: Encodable, Equatable, Sendable {
    public var step: String
    public var attempt: Int
    /// True when this grades the first reply and the follow-up's together.
    public var combined: Bool
    public var evaluation: ReplyEvaluation

    enum CodingKeys: String, CodingKey, CaseIterable {
        case step, attempt, combined, evaluation
    }
}

public struct HintGiven: Encodable, Equatable, Sendable {
    public var step: String
    /// 1 for the step's first hint; nil text when there are no more hints.
    public var number: Int
    public var text: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case step, number, text
    }
}

public struct CommandUsed: Encodable, Equatable, Sendable {
    public var name: String

    public init(name: String) {
        self.name = name
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name
    }
}

public struct CountersChanged: Encodable, Equatable, Sendable {
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

    enum CodingKeys: String, CodingKey, CaseIterable {
        case step, changes, values
    }
}

public struct RouteDecision: Encodable, Equatable, Sendable {
    public var from: String
    /// A step id, an ending id, or `end`.
    public var to: String
    /// Why: the route's number and condition, or the fallback.
    public var reason: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case from, to, reason
    }
}

/// The final outcome of a step, after any follow-up.
public struct StepResult: Encodable, Equatable, Sendable {
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

    enum CodingKeys: String, CodingKey, CaseIterable {
        case step, score, band, attempts, criteria
        case reason = "band_reason"
    }

    /// The outcome a step's final evaluation gives it: the engine records it, and a cohort read
    /// back from a learning record store (`XAPIConversations`) rebuilds it the same way.
    public init(step: String, evaluation: ReplyEvaluation, attempts: Int) {
        self.init(
            step: step, score: evaluation.score, band: evaluation.band, attempts: attempts,
            criteria: evaluation.criteria.map {
                ConceptOutcome(concept: $0.concept, label: $0.label, status: $0.status, misconception: $0.isMisconception)
            },
            reason: evaluation.reason
        )
    }

    public struct ConceptOutcome: Encodable, Equatable, Sendable {
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

        enum CodingKeys: String, CodingKey, CaseIterable {
            case concept, label, status, misconception
        }
    }
}

public struct Finished: Encodable, Equatable, Sendable {
    public enum Reason: String, Encodable, CaseIterable, Sendable {
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

    enum CodingKeys: String, CodingKey, CaseIterable {
        case reason, ending, summary
    }
}

/// The learner's results so far.
public struct ConversationSummary: Encodable, Equatable, Sendable {
    public var steps: [StepResult]
    /// The mean of the steps' scores (0 when no step was completed).
    public var score: Double
    public var band: Band

    enum CodingKeys: String, CodingKey, CaseIterable {
        case steps, score, band
    }
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
