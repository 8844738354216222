import Testing
@testable import FilRougeCore

struct CompiledRubricTests {
    let analyzer = TextAnalyzer(language: .fr)

    func evaluate(_ reply: String, _ criteria: [Criterion], thresholds: BandThresholds = .standard) -> ReplyEvaluation {
        CompiledRubric(criteria: criteria, thresholds: thresholds, analyzer: analyzer).evaluate(analyzer.tokens(of: reply))
    }

    @Test func matchesAWordWhateverItsCaseAndAccents() {
        let rubric = [Criterion(concept: "securite", patterns: ["sécurité"])]
        #expect(evaluate("la SECURITE avant tout", rubric).criteria[0].status == .met)
        #expect(evaluate("la sécurisation", rubric).criteria[0].status == .missed)
    }

    @Test func matchesPhrasesOnlyInOrderAndTogether() {
        let rubric = [Criterion(concept: "site", patterns: ["site web"])]
        #expect(evaluate("un vrai site web", rubric).criteria[0].status == .met)
        #expect(evaluate("le web et son site", rubric).criteria[0].status == .missed)
    }

    @Test func matchesPrefixes() {
        let rubric = [Criterion(concept: "facture", patterns: ["factur*"])]
        let result = evaluate("la facturation et les factures", rubric).criteria[0]
        #expect(result.status == .met)
        #expect(result.evidence.map(\.text) == ["facturation", "factures"])
        #expect(result.evidence.allSatisfy { $0.match == .prefix })
        #expect(evaluate("les fac", rubric).criteria[0].status == .missed)
    }

    @Test func prefixesWorkInsidePhrases() {
        let rubric = [Criterion(concept: "demat", patterns: ["dématérialis* des factur*"])]
        #expect(evaluate("Dématérialiser des factures", rubric).criteria[0].evidence.first?.match == .phrase)
    }

    @Test func hyphenatedKeywordsMatchEveryWriting() {
        let rubric = [Criterion(concept: "mail", patterns: ["e-mail"])]
        for reply in ["un e-mail", "un e mail", "un email", "un E-Mail"] {
            #expect(evaluate(reply, rubric).criteria[0].status == .met, "\(reply)")
        }
        let joined = [Criterion(concept: "mail", patterns: ["email"])]
        let result = evaluate("un e-mail", joined).criteria[0]
        #expect(result.status == .met)
        #expect(result.evidence.first?.match == .compound)
        #expect(result.evidence.first?.ranges == [TextRange(start: 3, end: 4), TextRange(start: 5, end: 9)])
    }

    @Test func elisionsDoNotStopAMatch() {
        let rubric = [Criterion(concept: "expert", patterns: ["l'expert-comptable"])]
        #expect(evaluate("un expert comptable", rubric).criteria[0].status == .met)
        #expect(evaluate("d’expert-comptable", rubric).criteria[0].status == .met)
    }

    @Test func keepsTheRangesOfTheWordsThatMatched() {
        let reply = "Créez un site internet et une page LinkedIn."
        let rubric = [
            Criterion(concept: "site", patterns: ["site internet"]),
            Criterion(concept: "linkedin", patterns: ["linkedin"]),
        ]
        let evaluation = evaluate(reply, rubric)
        let site = evaluation.criteria[0].evidence[0]
        #expect(site.ranges.map { $0.substring(of: reply) } == ["site", "internet"])
        #expect(site.keyword == "site internet")
        #expect(evaluation.criteria[1].evidence[0].ranges.map { $0.substring(of: reply) } == ["LinkedIn"])
    }

    @Test func scoresByWeight() {
        let rubric = [
            Criterion(concept: "a", patterns: ["alpha"], weight: 3),
            Criterion(concept: "b", patterns: ["beta"], weight: 1),
        ]
        #expect(evaluate("alpha", rubric).score == 0.75)
        #expect(evaluate("beta", rubric).score == 0.25)
        #expect(evaluate("alpha beta", rubric).score == 1)
        #expect(evaluate("gamma", rubric).score == 0)
    }

    @Test func bandsFollowTheThresholds() {
        let rubric = (1...10).map { Criterion(concept: "c\($0)", patterns: ["mot\($0)"]) }
        func band(_ count: Int) -> Band {
            evaluate((1...10).prefix(count).map { "mot\($0)" }.joined(separator: " "), rubric).band
        }
        #expect(band(0) == .missed)
        #expect(band(3) == .missed)
        #expect(band(4) == .partial)
        #expect(band(6) == .partial)
        #expect(band(7) == .good)
        let strict = BandThresholds(good: 0.9, partial: 0.5)
        #expect(evaluate("mot1 mot2 mot3 mot4 mot5 mot6 mot7", rubric, thresholds: strict).band == .partial)
    }

    @Test func aMissedRequiredCriterionKeepsAReplyOutOfGood() {
        let rubric = [
            Criterion(concept: "a", patterns: ["alpha"], weight: 1, required: true),
            Criterion(concept: "b", patterns: ["beta"], weight: 9),
        ]
        let evaluation = evaluate("beta", rubric)
        #expect(evaluation.score == 0.9)
        #expect(evaluation.band == .partial)
        #expect(evaluate("alpha beta", rubric).band == .good)
    }
}
