import Testing
@testable import FilRougeCore

struct BestReplySelectionTests {
    /// An answer to a step with concepts a, b, c and the misconception m.
    static func answer(_ order: Int, _ text: String, score: Double, met: Set<String>) -> StepAnswer {
        let criteria = ["a", "b", "c", "m"].map { concept in
            CriterionResult(
                concept: concept, label: concept, weight: concept == "m" ? -1 : 1, required: false,
                status: met.contains(concept) ? .met : .missed, evidence: []
            )
        }
        return StepAnswer(
            order: order, learner: .numbered(order + 1), replies: [Reply(step: "s", attempt: 1, text: text)],
            evaluation: ReplyEvaluation(score: score, band: score >= 0.7 ? .good : .partial, criteria: criteria)
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

    @Test func foldsWordsBeforeComparing() {
        #expect(BestReplySelection.words(of: "Élève, ÉLÈVE! l'élève 2 fois") == ["eleve", "l", "2", "fois"])
    }
}
