import Testing
@testable import FilRougeCore

struct BestReplySelectionTests {
    /// An answer to a step with concepts a, b, c and the misconception m.
    static func answer(_ order: Int, _ text: String, score: Double, met: Set<String>, band: Band? = nil) -> StepAnswer {
        let criteria = ["a", "b", "c", "m"].map { concept in
            CriterionResult(
                concept: concept, label: concept, weight: concept == "m" ? -1 : 1, required: false,
                status: met.contains(concept) ? .met : .missed, evidence: []
            )
        }
        return StepAnswer(
            order: order, learner: .numbered(order + 1), source: AnswerSource(shownName: "learner \(order)", fileStem: "file-\(order)"), replies: [Reply(step: "s", attempt: 1, text: text)],
            evaluation: ReplyEvaluation(score: score, band: band ?? (score >= 0.7 ? .good : .partial), criteria: criteria)
        )
    }

    func picked(_ answers: [StepAnswer], count: Int = 3) -> [Int] {
        BestReplySelection.select(answers, count: count).map(\.order)
    }

    @Test func theBestIsAlwaysFirst() {
        let answers = [
            Self.answer(0, "one idea about a", score: 0.4, met: ["a"]),
            Self.answer(1, "both ideas a and b together", score: 0.8, met: ["a", "b"]),
        ]
        #expect(picked(answers, count: 1) == [1])
    }

    @Test func prefersRepliesThatMeetOtherConceptsOverHigherScores() {
        let answers = [
            Self.answer(0, "first talks of a and b", score: 0.9, met: ["a", "b"]),
            Self.answer(1, "second speaks about a, then b", score: 0.8, met: ["a", "b"]),
            Self.answer(2, "third is only about c", score: 0.3, met: ["c"]),
        ]
        // The second adds no concept; the third adds c. Shown by score.
        #expect(picked(answers, count: 2) == [0, 2])
        // With room for three, the second pass brings the second back.
        #expect(picked(answers, count: 3) == [0, 1, 2])
    }

    @Test func skipsNearDuplicates() {
        let answers = [
            Self.answer(0, "Ask your clients why they left, and listen.", score: 0.9, met: ["a"]),
            Self.answer(1, "ask your clients why they left and listen!", score: 0.9, met: ["a"]),
            Self.answer(2, "Ask your former clients why they left, then listen.", score: 0.8, met: ["a", "b"]),
            Self.answer(3, "Something else entirely on topic a", score: 0.2, met: ["a"]),
        ]
        // 1 is a copy of 0; 2 shares 7 words with 0 out of 10 in either (0.7): both left out,
        // even in the second pass.
        #expect(picked(answers) == [0, 3])
        #expect(BestReplySelection.similarity(BestReplySelection.words(of: answers[0].text), BestReplySelection.words(of: answers[1].text)) == 1)
    }

    @Test func leavesOutZeroScoresAndMisconceptions() {
        let answers = [
            Self.answer(0, "wrong idea m with a", score: 0.9, met: ["a", "m"]),
            Self.answer(1, "nothing at all", score: 0, met: []),
            Self.answer(2, "some b", score: 0.3, met: ["b"]),
        ]
        #expect(picked(answers) == [2])
        #expect(picked([], count: 3).isEmpty)
        #expect(picked(answers, count: 0).isEmpty)
    }

    @Test func equalScoresKeepFileOrder() {
        let answers = [
            Self.answer(0, "zebra words", score: 0.5, met: ["b"]),
            Self.answer(1, "other things", score: 0.5, met: ["a"]),
        ]
        #expect(picked(answers) == [0, 1])
    }

    /// A reply that misses a required idea is banded partial however high its score: a good reply
    /// of a lower score is better, and is shown above it.
    @Test func theBandComesBeforeTheScore() {
        let answers = [
            Self.answer(0, "many ideas but not the required one", score: 0.8, met: ["b", "c"], band: .partial),
            Self.answer(1, "the required idea alone", score: 0.7, met: ["a"], band: .good),
        ]
        #expect(picked(answers) == [1, 0])
        #expect(picked(answers, count: 1) == [1])
    }

    /// Between replies of the same band and score, the one that brings ideas the replies above it
    /// do not show comes first, wherever it is in the files.
    @Test func newIdeasComeBeforeRepetitionsAtTheSameScore() {
        let answers = [
            Self.answer(0, "apples are the point", score: 0.5, met: ["a"]),
            Self.answer(1, "again apples, nothing more", score: 0.5, met: ["a"]),
            Self.answer(2, "pears instead", score: 0.5, met: ["b"]),
        ]
        #expect(picked(answers) == [0, 2, 1])
    }

    /// At the same band and score, the reply with more ideas new to those above comes first.
    @Test func moreNewIdeasComeFirst() {
        let answers = [
            Self.answer(0, "only the first idea", score: 0.6, met: ["a"]),
            Self.answer(1, "the first and the second", score: 0.6, met: ["a", "b"]),
            Self.answer(2, "c with b as well", score: 0.6, met: ["b", "c"]),
        ]
        // 1 and 2 both bring two ideas to an empty list: file order; then 2 brings c, 0 nothing.
        #expect(picked(answers) == [1, 2, 0])
    }

    @Test func foldsWordsBeforeComparing() {
        #expect(BestReplySelection.words(of: "Élève, ÉLÈVE! l'élève 2 fois") == ["eleve", "l", "2", "fois"])
    }
}
