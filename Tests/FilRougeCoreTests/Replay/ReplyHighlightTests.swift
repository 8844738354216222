import Testing
@testable import FilRougeCore

struct ReplyHighlightTests {
    func criterion(_ concept: String, weight: Double = 1, status: CriterionStatus, evidence: [Evidence] = [], negated: [Evidence] = []) -> CriterionResult {
        CriterionResult(concept: concept, label: concept, weight: weight, required: false, status: status, evidence: evidence, negatedEvidence: negated)
    }

    func evidence(_ ranges: [(Int, Int)], attempt: Int = 1) -> Evidence {
        Evidence(attempt: attempt, ranges: ranges.map { TextRange(start: $0.0, end: $0.1) }, text: "", keyword: "", match: .word)
    }

    func marked(_ highlight: ReplyHighlight) -> String {
        highlight.segments.map { segment in
            switch segment.kind {
            case nil: return segment.text
            case .met: return "[" + segment.text + "]"
            case .negated: return "{" + segment.text + "}"
            case .misconception: return "<" + segment.text + ">"
            }
        }.joined()
    }

    @Test func marksTheWordsOfEachKindFromTheirRanges() {
        let reply = "Pas de site, mais baisse tes prix et écoute"
        let evaluation = ReplyEvaluation(score: 0.5, band: .partial, criteria: [
            criterion("listen", status: .met, evidence: [evidence([(37, 43)])]),
            criterion("site", status: .negated, negated: [evidence([(7, 11)])]),
            criterion("prices", weight: -1, status: .met, evidence: [evidence([(18, 24), (29, 33)])]),
        ])
        let highlight = ReplyHighlight(reply: reply, attempt: 1, evaluation: evaluation)
        #expect(marked(highlight) == "Pas de {site}, mais <baisse> tes <prix> et [écoute]")
        #expect(highlight.plainText == reply)
    }

    @Test func theWordsOfOneMatchReadAsOneHighlight() {
        let reply = "il faut demander  à tes clients"
        let evaluation = ReplyEvaluation(score: 1, band: .good, criteria: [
            criterion("ask", status: .met, evidence: [evidence([(8, 16), (18, 19), (20, 23)])]),
        ])
        #expect(marked(ReplyHighlight(reply: reply, attempt: 1, evaluation: evaluation)) == "il faut [demander  à tes] clients")
    }

    @Test func onlyTheEvidenceOfThisReplyCounts() {
        let evaluation = ReplyEvaluation(score: 1, band: .good, criteria: [
            criterion("a", status: .met, evidence: [evidence([(0, 5)], attempt: 1), evidence([(6, 11)], attempt: 2)]),
        ])
        #expect(marked(ReplyHighlight(reply: "pears apple", attempt: 1, evaluation: evaluation)) == "[pears] apple")
        #expect(marked(ReplyHighlight(reply: "pears apple", attempt: 2, evaluation: evaluation)) == "pears [apple]")
    }

    @Test func aMisconceptionOverlappingAMatchWinsAndBadRangesAreLeftOut() {
        let evaluation = ReplyEvaluation(score: 0, band: .missed, criteria: [
            criterion("low", status: .met, evidence: [evidence([(0, 8), (40, 50), (5, 3), (-1, 2)])]),
            criterion("war", weight: -1, status: .met, evidence: [evidence([(4, 13)])]),
        ])
        #expect(marked(ReplyHighlight(reply: "low prices war", attempt: 1, evaluation: evaluation)) == "[low ]<prices wa>r")
    }

    @Test func rangesCountUnicodeScalarsAsTheTranscriptDoes() throws {
        let scenario = try ReplayFixtures.load(ReplayFixtures.source)
        let reply = "Des pommes 🍎 et des pears"
        let evaluation = try #require(RubricEvaluator(scenario: scenario).evaluate(reply, step: "ask"))
        #expect(marked(ReplyHighlight(reply: reply, attempt: 1, evaluation: evaluation)) == "Des pommes 🍎 et des [pears]")
        #expect(ReplyHighlight(reply: "no grade", attempt: 1, evaluation: nil).segments == [.init(text: "no grade", kind: nil)])
    }
}
