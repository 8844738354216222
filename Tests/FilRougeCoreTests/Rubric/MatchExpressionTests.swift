import Testing
@testable import FilRougeCore

struct MatchExpressionTests {
    func evaluate(_ reply: String, _ criteria: [Criterion], language: Language = .fr) -> ReplyEvaluation {
        let analyzer = TextAnalyzer(language: language)
        return CompiledRubric(criteria: criteria, thresholds: .standard, analyzer: analyzer).evaluate(analyzer.tokens(of: reply))
    }

    func status(_ reply: String, _ expression: MatchExpression, language: Language = .fr) -> CriterionStatus {
        evaluate(reply, [Criterion(concept: "c", expression: expression)], language: language).criteria[0].status
    }

    @Test func anyNeedsOnePart() {
        let expression = MatchExpression.any([.keyword("site"), .keyword("linkedin")])
        #expect(status("un site", expression) == .met)
        #expect(status("LinkedIn", expression) == .met)
        #expect(status("rien", expression) == .missed)
    }

    @Test func allNeedsEveryPart() {
        let expression = MatchExpression.all([.keyword("prix"), .any([.keyword("valeur"), .keyword("conseil")])])
        #expect(status("le prix et la valeur", expression) == .met)
        #expect(status("le prix", expression) == .missed)
        #expect(status("du conseil", expression) == .missed)
        #expect(status("le prix et le conseil", expression) == .met)
    }

    @Test func notNeedsTheAbsence() {
        let expression = MatchExpression.all([.keyword("prix"), .not(.keyword("baisser"))])
        #expect(status("parle de prix", expression) == .met)
        #expect(status("baisse les prix", expression) == .missed)
        #expect(status("garde tes prix, ne baisse pas", expression) == .met, "a negated word is not there")
    }

    @Test func nearNeedsBothWordsCloseInOneSentence() {
        let expression = MatchExpression.near(.keyword("baisser"), .keyword("prix"), within: 3, ordered: false)
        #expect(status("baisse tes prix", expression) == .met)
        #expect(status("les prix, faut les baisser", expression) == .met)
        #expect(status("baisse un peu plus tard tous tes prix", expression) == .missed, "too far apart")
        #expect(status("Baisse. Les prix sont hauts.", expression) == .missed, "another sentence")
        let ordered = MatchExpression.near(.keyword("baisser"), .keyword("prix"), within: 3, ordered: true)
        #expect(status("les prix, faut les baisser", ordered) == .missed)
        #expect(status("baisser les prix", ordered) == .met)
    }

    @Test func nearFindsASecondPartMadeOfSeveralExpressions() {
        let second = MatchExpression.any([.keyword("tarifs"), .near(.keyword("prix"), .keyword("bas"), within: 2, ordered: false)])
        let expression = MatchExpression.near(.keyword("baisser"), second, within: 3, ordered: false)
        #expect(status("il faut baisser les prix bas, mais les tarifs restent", expression) == .met)
    }

    @Test func nearEvidenceCoversBothWords() throws {
        let reply = "Il faut baisser les prix"
        let criteria = [Criterion(concept: "c", expression: .near(.keyword("baisser"), .keyword("prix"), within: 5, ordered: false))]
        let evidence = try #require(evaluate(reply, criteria).criteria[0].evidence.first)
        #expect(evidence.match == .proximity)
        #expect(evidence.keyword == "baisser … prix")
        #expect(evidence.ranges.compactMap { $0.substring(of: reply) } == ["baisser", "prix"])
        #expect(evidence.detail == "2 words apart")
    }

    @Test func negatedNeedsTheNegation() {
        let expression = MatchExpression.negated(.keyword("ignorer"))
        #expect(status("ne jamais ignorer les avis", expression) == .met)
        #expect(status("il faut ignorer les avis", expression) == .missed)
        let english = MatchExpression.negated(.keyword("ignore"))
        #expect(status("never ignore online reviews", english, language: .en) == .met)
        #expect(status("ignore online reviews", english, language: .en) == .missed)
    }

    @Test func exactFormsAndNumbers() {
        #expect(status("le RGPD", .keyword("=RGPD")) == .met)
        #expect(status("cinquante euros", .keyword("50 euros")) == .met)
        #expect(status("50€ par mois", .keyword("cinquante")) == .met)
        #expect(status("quatre-vingt-dix jours", .keyword("90")) == .met)
        #expect(status("two hundred clients", .keyword("200"), language: .en) == .met)
        #expect(status("49 euros", .keyword("50")) == .missed)
    }

    @Test func misconceptionsLowerTheScore() {
        let criteria = [
            Criterion(concept: "valeur", patterns: ["conseil"], weight: 2),
            Criterion(concept: "alignement", patterns: ["proximité"], weight: 2),
            Criterion(concept: "baisser-prix", label: "baisser ses prix", expression: .near(.keyword("baisser"), .keyword("prix"), within: 3, ordered: false), weight: -1, feedback: "Non !"),
        ]
        let plain = evaluate("du conseil et de la proximité", criteria)
        #expect(plain.score == 1)
        let mixed = evaluate("du conseil, et baisse tes prix", criteria)
        #expect(mixed.score == 0.25)
        #expect(mixed.criteria[2].status == .met)
        #expect(mixed.criteria[2].isMisconception)
        #expect(mixed.metConcepts == ["valeur", "baisser-prix"])
        #expect(mixed.missedConcepts == ["alignement"])
        #expect(evaluate("baisse tes prix", criteria).score == 0)
    }

    @Test func aNegatedConceptIsReportedWithItsWords() throws {
        let result = evaluate("Je n'ai pas besoin d'un site web", [Criterion(concept: "site", patterns: ["site web"])]).criteria[0]
        #expect(result.status == .negated)
        #expect(result.evidence.isEmpty)
        #expect(result.negatedEvidence.map(\.text) == ["site web"])
    }

    @Test func aMetConceptKeepsItsEvidenceEvenWhenAlsoNegatedElsewhere() {
        let result = evaluate("Pas de site web ? Si, un site web !", [Criterion(concept: "site", patterns: ["site web"])]).criteria[0]
        #expect(result.status == .met)
        #expect(result.evidence.count == 1)
    }

    @Test func aPastedEssayKeepsABoundedAmountOfEvidence() {
        let essay = Array(repeating: "baisse tes prix et écoute tes clients, pas de site web.", count: 20_000).joined(separator: " ")
        let criteria = [
            Criterion(concept: "clients", patterns: ["clients"]),
            Criterion(concept: "site", patterns: ["site web"]),
            Criterion(concept: "prix", expression: .near(.keyword("baisser"), .keyword("prix"), within: 3, ordered: false)),
        ]
        let evaluation = evaluate(essay, criteria)
        #expect(evaluation.criteria[0].evidence.count == CompiledRubric.evidenceLimit)
        #expect(evaluation.criteria[1].status == .negated)
        #expect(evaluation.criteria[1].negatedEvidence.count == CompiledRubric.evidenceLimit)
        #expect(evaluation.criteria[2].evidence.count == CompiledRubric.evidenceLimit)
    }
}
