import Testing
@testable import FilRougeCore

struct TypoTests {
    func meets(_ reply: String, _ keyword: String, language: Language = .fr) -> MatchKind? {
        let analyzer = TextAnalyzer(language: language)
        let rubric = CompiledRubric(criteria: [Criterion(concept: "c", patterns: [keyword])], thresholds: .standard, analyzer: analyzer)
        let result = rubric.evaluate(analyzer.tokens(of: reply)).criteria[0]
        return result.status == .met ? result.evidence.first?.match : nil
    }

    @Test(arguments: [
        ("comptabilitée", "comptabilité"),
        ("linkdin", "linkedin"),
        ("Linkdin", "LinkedIn"),
        ("dématérialsation", "dématérialisation"),
        ("facturtion", "facturation"),
        ("secruity", "security"),
        ("buisness", "business"),
    ])
    func toleratesMisspellings(reply: String, keyword: String) {
        #expect(meets(reply, keyword, language: keyword == "security" || keyword == "business" ? .en : .fr) == .typo)
    }

    @Test func accentsAndPluralsAreNotEvenTypos() {
        #expect(meets("numerique", "numérique") == .word)
        #expect(meets("reseau sociaux", "réseaux sociaux") == .phrase)
        #expect(meets("factures", "facturation") == .stem)
    }

    @Test(arguments: [
        ("cite", "site"),
        ("suite", "site"),
        ("site", "suite"),
        ("risque", "fisque"),
        ("vitrine", "vitrage"),
        ("comptable", "comptoir"),
        ("2026", "2025"),
    ])
    func refusesWhatIsNotAMisspelling(reply: String, keyword: String) {
        #expect(meets(reply, keyword) == nil, "\(reply) should not meet \(keyword)")
    }

    /// *quite* and *know* are English words in their own right, so never misspellings of *quiet*
    /// and *known*: the English dictionary knows them. (A keyword `known` means the adjective as
    /// much as the verb, so a reply's *know* does not meet it; a reply's *known* meets `know`.)
    @Test func aWordTheDictionaryKnowsIsNotAMisspelling() {
        #expect(meets("quite", "quiet", language: .en) == nil)
        #expect(meets("know", "known", language: .en) == nil)
        #expect(meets("known", "know", language: .en) == .stem)
    }

    @Test func limitsGrowWithLength() {
        #expect(Typo.allowedEdits(forLength: 4) == 0)
        #expect(Typo.allowedEdits(forLength: 5) == 1)
        #expect(Typo.allowedEdits(forLength: 8) == 1)
        #expect(Typo.allowedEdits(forLength: 9) == 2)
        #expect(Typo.distance("comptabilitee", "comptabilite", limit: 2) == 1)
        #expect(Typo.distance("comtpabiltie", "comptabilite", limit: 2) == 2)
        #expect(Typo.distance("cmoptabilitee", "comptabilite", limit: 2) == 2)
        #expect(Typo.distance("compatibilite", "comptabilite", limit: 2) == 2)
        #expect(Typo.distance("comptabilise", "comptabilite", limit: 1) == 1)
        #expect(Typo.distance("cabinet", "comptabilite", limit: 2) == nil)
        #expect(Typo.distance("linkdin", "linkedin", limit: 1) == 1)
        #expect(Typo.distance("lniked", "linked", limit: 1) == 1)
        #expect(Typo.distance("blinked", "linked", limit: 2) == nil, "the first letter must match")
    }

    @Test func aPrefixKeywordDoesNotHideAMisspelling() {
        let analyzer = TextAnalyzer(language: .en)
        let criteria = [Criterion(concept: "trainee", patterns: ["trainee*"]), Criterion(concept: "training", patterns: ["training"])]
        let evaluation = CompiledRubric(criteria: criteria, thresholds: .standard, analyzer: analyzer).evaluate(analyzer.tokens(of: "some traning"))
        #expect(evaluation.criteria.map(\.status) == [.missed, .met])
    }

    @Test func exactKeywordsAndNegationWordsAreNeverFuzzy() {
        #expect(meets("RGDP", "=RGPD") == nil)
        #expect(meets("rgpd", "=RGPD") == .exact)
        let cue = TextAnalyzer(language: .fr).tokens(of: "je ne fais jamais")[3]
        #expect(cue.isNegationCue)
        #expect(Typo.distance(cue, "jamaix") == nil)
        #expect(Typo.distance("jamais", "jamaix", limit: 1) == 1)
    }

    @Test func theEvidenceSaysWhichWordWasMisspelt() throws {
        let analyzer = TextAnalyzer(language: .fr)
        let rubric = CompiledRubric(criteria: [Criterion(concept: "c", patterns: ["LinkedIn"])], thresholds: .standard, analyzer: analyzer)
        let evidence = try #require(rubric.evaluate(analyzer.tokens(of: "Va sur linkdin !")).criteria[0].evidence.first)
        #expect(evidence.text == "linkdin")
        #expect(evidence.detail == "linkdin ≈ linkedin (1 edit)")
        #expect(evidence.edits == 1)
        #expect(evidence.ranges == [TextRange(start: 7, end: 14)])
    }
}
