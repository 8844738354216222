import Foundation

/// One step a learner answered, with its outcome: a row of the CSV export, a statement of the xAPI one.
public struct AnsweredStep: Sendable {
    public var step: String
    /// The turn's position in the conversation (from 0): a step played twice gives two turns.
    public var index: Int
    public var question: String?
    /// 1, or 2 when the follow-up question was answered.
    public var attempts: Int
    /// Every reply of the step, joined with a line break.
    public var reply: String
    public var score: Double
    public var band: Band
    /// The ids of the criteria met (misconceptions aside).
    public var criteriaMet: [String]
    /// The ids of the criteria mentioned only inside a negation (misconceptions aside).
    public var criteriaNegated: [String]
    /// The ids of the misconceptions the replies expressed.
    public var misconceptionsMet: [String]
    /// When the step's outcome was recorded.
    public var answered: Date?
    /// The final grade, with the words that earned it; nil in a transcript that stops before it.
    public var evaluation: ReplyEvaluation?
    /// The hints asked for at the step, in order: each one's text, or an empty text when there
    /// was none left to give.
    public var hints: [String]

    /// Nil when the turn has no outcome (the transcript stops before it).
    init?(turn: ConversationRecord.Turn, index: Int) {
        guard let result = turn.result else { return nil }
        step = turn.step
        self.index = index
        question = turn.question
        attempts = result.attempts
        reply = turn.answer
        score = result.score
        band = result.band
        let concepts = result.criteria.filter { !$0.misconception }
        criteriaMet = concepts.filter { $0.status == .met }.map(\.concept)
        criteriaNegated = concepts.filter { $0.status == .negated }.map(\.concept)
        misconceptionsMet = result.criteria.filter { $0.misconception && $0.status == .met }.map(\.concept)
        answered = turn.completed
        evaluation = turn.finalEvaluation
        hints = turn.hints.map { $0.text ?? "" }
    }
}
