import Foundation

/// A transcript read back as the conversation it was: one turn per step answered, in order, with
/// what was asked, what the learner replied, how it was graded and where it led. Replay, digests and
/// exports all read transcripts through it, so they agree on what a transcript says.
public struct ConversationRecord: Equatable, Sendable {
    /// Nil when the transcript has no readable header: such a transcript cannot be matched to a scenario.
    public var header: TranscriptHeader?
    /// The narration before the first step.
    public var narration: [String] = []
    public var turns: [Turn] = []
    /// How the conversation finished; nil when the transcript stops before (a killed session). A
    /// conversation left with `/quit` and resumed later has several `end` events: the last one counts.
    public var finished: Finished?
    /// When the last `end` event happened.
    public var finishedAt: Date?
    /// When the first and the last event after the header happened: the time a learner spent,
    /// pauses of a resumed conversation included. Nil when there is no event.
    public var firstEventAt: Date?
    public var lastEventAt: Date?
    /// The first lines that could not be read, with why (`TranscriptContents.damagedLinesKept`).
    public var damaged: [TranscriptContents.DamagedLine] = []
    /// How many lines could not be read, those left out of `damaged` included.
    public var damagedCount = 0

    /// One step of the conversation.
    public struct Turn: Equatable, Sendable {
        public var step: String
        /// What the friend said before the question.
        public var says: [String] = []
        public var question: String?
        public var followUpQuestion: String?
        /// The replies in order: the answer to the question, then to the follow-up if one was asked.
        public var replies: [Reply] = []
        /// The evaluations in order; the last one is the step's final grade.
        public var evaluations: [EvaluationEvent] = []
        /// The friend's reactions, in order.
        public var reactions: [FriendLine] = []
        public var hints: [HintGiven] = []
        public var route: RouteDecision?
        /// The step's final outcome; nil when the transcript stops before it.
        public var result: StepResult?
        /// When the turn's first event happened (usually the friend asking the question).
        public var started: Date?
        /// When the step's final outcome was recorded.
        public var completed: Date?

        public init(step: String) {
            self.step = step
        }

        /// The last evaluation, which grades the step (both replies together after a follow-up).
        public var finalEvaluation: ReplyEvaluation? {
            evaluations.last?.evaluation
        }

        /// Every reply of the turn, joined, as a learner's answer to the step.
        public var answer: String {
            replies.map(\.text).joined(separator: "\n")
        }
    }

    public init(_ contents: TranscriptContents) {
        header = contents.header
        damaged = contents.damaged
        damagedCount = contents.damagedCount
        for timed in contents.events {
            record(timed.event, at: timed.at)
        }
        firstEventAt = contents.events.first?.at
        lastEventAt = contents.events.last?.at
    }

    /// A conversation put together from elsewhere than a transcript's lines (`XAPIConversations`).
    init(header: TranscriptHeader?, turns: [Turn], finished: Finished?, finishedAt: Date?) {
        self.header = header
        self.turns = turns
        self.finished = finished
        self.finishedAt = finishedAt
    }

    /// Reads a transcript's text.
    public init(text: String) {
        self.init(TranscriptContents(text: text))
    }

    /// Reads a transcript's bytes, which must be valid UTF-8 (`UTF8Validation`).
    public init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        self.init(TranscriptContents(utf8: bytes))
    }

    /// True when the conversation reached an ending.
    public var isComplete: Bool {
        finished?.reason == .completed
    }

    /// The turns whose step was completed (graded for good).
    public var completedTurns: [Turn] {
        turns.filter { $0.result != nil }
    }

    private mutating func record(_ event: DialogueEvent, at date: Date) {
        switch event {
        case .narration(let narration):
            self.narration.append(narration.text)
        case .friendLine(let line):
            switch line.kind {
            case .says: updateTurn(line.step, at: date) { $0.says.append(line.text) }
            case .reaction: updateTurn(line.step, at: date) { $0.reactions.append(line) }
            case .ending: break
            }
        case .question(let question):
            updateTurn(question.step, at: date) { turn in
                if question.followUp { turn.followUpQuestion = question.text } else { turn.question = question.text }
            }
        case .reply(let reply):
            updateTurn(reply.step, at: date) { $0.replies.append(reply) }
        case .evaluation(let evaluation):
            updateTurn(evaluation.step, at: date) { $0.evaluations.append(evaluation) }
        case .hint(let hint):
            updateTurn(hint.step, at: date) { $0.hints.append(hint) }
        case .route(let route):
            updateTurn(route.from, at: date) { $0.route = route }
        case .stepCompleted(let result):
            updateTurn(result.step, at: date) { turn in
                turn.result = result
                turn.completed = date
            }
        case .finished(let finished):
            self.finished = finished
            finishedAt = date
        case .command, .countersChanged:
            break
        }
    }

    /// Changes the current turn when it is `step`'s and still open, else starts a new one: a step
    /// played twice (a route back to it) gives two turns.
    private mutating func updateTurn(_ step: String, at date: Date, _ change: (inout Turn) -> Void) {
        if let last = turns.indices.last, turns[last].step == step, turns[last].route == nil {
            change(&turns[last])
        } else {
            var turn = Turn(step: step)
            turn.started = date
            change(&turn)
            turns.append(turn)
        }
    }
}
