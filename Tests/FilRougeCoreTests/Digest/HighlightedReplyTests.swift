import Testing
@testable import FilRougeCore

struct HighlightedReplyTests {
    static func evidence(_ ranges: [(Int, Int)], attempt: Int = 1) -> Evidence {
        Evidence(attempt: attempt, ranges: ranges.map { TextRange(start: $0.0, end: $0.1) }, text: "", keyword: "", match: .word)
    }

    static func criterion(_ concept: String, _ status: CriterionStatus, weight: Double = 1, evidence: [Evidence] = [], negated: [Evidence] = []) -> CriterionResult {
        CriterionResult(concept: concept, label: concept, weight: weight, required: false, status: status, evidence: evidence, negatedEvidence: negated)
    }

    func marked(_ text: String, attempt: Int = 1, _ criteria: [CriterionResult]) -> [String] {
        let reply = HighlightedReply(reply: Reply(step: "s", attempt: attempt, text: text), evaluation: ReplyEvaluation(score: 1, band: .good, criteria: criteria))
        return reply.segments.map { segment in
            guard let highlight = segment.highlight else { return segment.text }
            return "[\(highlight.kind.rawValue):\(highlight.concepts.joined(separator: "+")) \(segment.text)]"
        }
    }

    @Test func joinsTheWordsOfAPhraseButNotWordsApart() {
        // "demander à tes": three word ranges, joined; "site … web" by `near`, with a word between.
        let text = "Il faut demander à tes clients un site tout web."
        #expect(marked(text, [
            Self.criterion("ecoute", .met, evidence: [Self.evidence([(8, 16), (17, 18), (19, 22)])]),
            Self.criterion("site", .met, evidence: [Self.evidence([(34, 38), (44, 47)])]),
        ]) == ["Il faut ", "[met:ecoute demander à tes]", " clients un ", "[met:site site]", " tout ", "[met:site web]", "."])
    }

    @Test func marksNegatedWordsAndMisconceptionsAndPrefersMet() {
        let text = "pas de prix bas, des conseils"
        #expect(marked(text, [
            Self.criterion("site", .negated, negated: [Self.evidence([(7, 11)])]),
            Self.criterion("prix-bas", .met, weight: -1, evidence: [Self.evidence([(7, 15)])]),
            Self.criterion("conseil", .met, evidence: [Self.evidence([(21, 29)])]),
            Self.criterion("valeur", .met, evidence: [Self.evidence([(21, 29)])]),
        ]) == ["pas de ", "[misconception:prix-bas prix bas]", ", des ", "[met:conseil+valeur conseils]"])
    }

    @Test func keepsToTheEvidenceOfItsOwnAttempt() {
        let criteria = [Self.criterion("a", .met, evidence: [Self.evidence([(0, 3)], attempt: 1), Self.evidence([(4, 7)], attempt: 2)])]
        #expect(marked("one two", attempt: 1, criteria) == ["[met:a one]", " two"])
        #expect(marked("one two", attempt: 2, criteria) == ["one ", "[met:a two]"])
    }

    @Test func ignoresRangesOutsideTheReply() {
        #expect(marked("héé", [Self.criterion("a", .met, evidence: [Self.evidence([(1, 9), (-1, 1), (2, 2), (2, 1)])])]) == ["héé"])
        // Offsets count Unicode scalars: "é" is one.
        #expect(marked("héé x", [Self.criterion("a", .met, evidence: [Self.evidence([(4, 5)])])]) == ["héé ", "[met:a x]"])
    }
}
