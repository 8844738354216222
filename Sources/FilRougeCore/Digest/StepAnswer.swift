/// One learner's graded answer to a step, as a digest keeps it until the best replies are picked.
struct StepAnswer: Sendable {
    /// The learner's place among the transcripts digested, from 0.
    var order: Int
    var learner: LearnerName
    /// Who and which file, as a choices file names them.
    var source: AnswerSource
    /// Both replies when the follow-up was asked.
    var replies: [Reply]
    /// The step's final grade (the replies graded together after a follow-up).
    var evaluation: ReplyEvaluation

    /// The concepts met, misconceptions aside.
    var metConcepts: [String] {
        evaluation.criteria.filter { $0.status == .met && !$0.isMisconception }.map(\.concept)
    }

    /// Whether one of `metConcepts` is not in `concepts`.
    func meetsAConcept(notIn concepts: Set<String>) -> Bool {
        evaluation.criteria.contains { $0.status == .met && !$0.isMisconception && !concepts.contains($0.concept) }
    }

    var expressesMisconception: Bool {
        evaluation.criteria.contains { $0.status == .met && $0.isMisconception }
    }

    var text: String {
        replies.map(\.text).joined(separator: "\n")
    }

    func digestReply(pinned: Bool = false) -> DigestReply {
        DigestReply(
            learner: learner, score: evaluation.score, band: evaluation.band, metConcepts: metConcepts,
            replies: replies.map { HighlightedReply(reply: $0, evaluation: evaluation) }, pinned: pinned
        )
    }
}
