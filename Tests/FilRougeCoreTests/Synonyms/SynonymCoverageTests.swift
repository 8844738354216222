import FilRougeDictionary
import Testing
@testable import FilRougeCore

/// Which synonyms `filrouge synonyms` lists: those a criterion does not cover, where covered means
/// that the synonym alone, graded as a reply to the step, meets the criterion; and, for each, the
/// other criteria of the step it would meet.
struct SynonymCoverageTests {
    static let source = """
        id: equipe
        title: "L'équipe"
        language: fr
        version: "1"
        persona: { name: "M. Test" }
        steps:
          - id: equipe
            question: "Comment embarquer l'équipe ?"
            rubric:
              - concept: impliquer
                label: "les impliquer"
                keywords: [associer, prendre, "demande-leur", "=Rassembler"]
              - concept: ecouter
                keywords: [écouter, comprendre]
              - concept: former
                keywords: ["formation*"]
              - concept: imposer
                keywords: [imposer]
                weight: -1
            reactions: { good: "Oui.", partial: "Bof.", missed: "Non." }
          - id: outils
            question: "Et les outils ?"
            rubric:
              - concept: tester
                keywords: [essai]
            reactions: { good: "Oui.", partial: "Bof.", missed: "Non." }
        endings:
          - id: fin
            says: "Fin."
        """

    static func scenario() throws -> Scenario {
        try #require(InstalledDictionaries.french != nil, "the French dictionary is not installed: run scripts/setup")
        return try #require(ScenarioLoader.load(source, file: "equipe.yaml").scenario)
    }

    /// A thesaurus written for the scenario, in the format of the installed ones.
    static let thesaurus = ThesaurusFixture(entries: [
        ["associer|2", "(Verbe)|unir|associer|prennent|comprendre|imposer|fédérer", "(Nom)|Unir|partenaire"],
        ["formation|1", "(Nom)|éducation|formations|stage"],
        ["rassembler|1", "(Verbe)|réunir|regrouper"],
        ["essai|1", "(Nom)|test|tentative"],
    ])

    @Test func aSynonymTheCriterionMeetsThroughALemmaIsCovered() throws {
        let coverage = SynonymCoverage(scenario: try Self.scenario())
        // 'prennent' shares no stem with the keyword 'prendre', only its lemma.
        #expect(coverage.assess("prennent", step: "equipe", criterion: "impliquer") == SynonymAssessment(isCovered: true, otherConcepts: []))
        // 'formations' meets the prefix 'formation*'.
        #expect(coverage.assess("formations", step: "equipe", criterion: "former") == SynonymAssessment(isCovered: true, otherConcepts: []))
        #expect(coverage.assess("unir", step: "equipe", criterion: "impliquer") == SynonymAssessment(isCovered: false, otherConcepts: []))
    }

    @Test func aSynonymThatOnlyAnotherCriterionMeetsIsNotCoveredButFlagged() throws {
        let coverage = SynonymCoverage(scenario: try Self.scenario())
        #expect(coverage.assess("comprendre", step: "equipe", criterion: "impliquer") == SynonymAssessment(isCovered: false, otherConcepts: ["ecouter"]))
        #expect(coverage.assess("imposer", step: "equipe", criterion: "impliquer") == SynonymAssessment(isCovered: false, otherConcepts: ["imposer"]))
        #expect(coverage.assess("comprendre", step: "nulle-part", criterion: "impliquer") == nil)
    }

    static func report(steps: [String] = ["equipe"], concept: String? = nil) throws -> SynonymReport {
        let thesaurus = try Self.thesaurus.thesaurus()
        return try SynonymFinder(scenario: try Self.scenario(), lookUp: thesaurus.entries(for:))
            .report(steps: steps, concept: concept, thesaurus: "th.dat")
    }

    @Test func theReportListsWhatTheCriterionDoesNotCoverWithoutTheKeywordsThemselves() throws {
        let report = try Self.report(concept: "impliquer")
        let flagged = { (text: String, concepts: [String]) in SynonymReport.Synonym(text: text, note: nil, alsoMeets: concepts) }
        #expect(report == SynonymReport(scenario: "equipe", thesaurus: "th.dat", steps: [
            SynonymReport.Step(id: "equipe", criteria: [
                SynonymReport.Criterion(
                    concept: "impliquer", label: "les impliquer", isMisconception: false,
                    keywords: [
                        // 'associer' is the keyword itself, 'prennent' is covered; 'Unir' was given
                        // already as 'unir'.
                        SynonymReport.Keyword(keyword: "associer", headwords: ["associer"], meanings: [
                            SynonymReport.Meaning(partOfSpeech: "Verbe", synonyms: [
                                flagged("unir", []), flagged("comprendre", ["ecouter"]), flagged("imposer", ["imposer"]), flagged("fédérer", []),
                            ]),
                            SynonymReport.Meaning(partOfSpeech: "Nom", synonyms: [flagged("partenaire", [])]),
                        ], coveredCount: 1),
                        // An exact keyword is looked up without its '=', and whatever its capitals.
                        SynonymReport.Keyword(keyword: "=Rassembler", headwords: ["rassembler"], meanings: [
                            SynonymReport.Meaning(partOfSpeech: "Verbe", synonyms: [flagged("réunir", []), flagged("regrouper", [])]),
                        ], coveredCount: 0),
                    ],
                    withoutEntry: ["prendre", "demande-leur"]
                ),
            ]),
        ]))
    }

    @Test func aPrefixIsLookedUpWithoutItsStarAndEveryStepWhenNoneIsChosen() throws {
        let report = try Self.report(steps: [])
        #expect(report.steps.map(\.id) == ["equipe", "outils"])
        let former = try #require(report.steps.first?.criteria.first { $0.concept == "former" })
        #expect(former.keywords == [
            SynonymReport.Keyword(keyword: "formation*", headwords: ["formation"], meanings: [
                SynonymReport.Meaning(partOfSpeech: "Nom", synonyms: [
                    SynonymReport.Synonym(text: "éducation", note: nil, alsoMeets: []),
                    SynonymReport.Synonym(text: "stage", note: nil, alsoMeets: []),
                ]),
            ], coveredCount: 1),
        ])
        let tester = try #require(report.steps.last?.criteria.first)
        #expect(tester.keywords.first?.meanings.first?.synonyms.map(\.text) == ["test", "tentative"])
    }

    @Test func theTextSaysWhatIsLeftToAddAndWhatWouldMeetAnotherCriterion() throws {
        let text = SynonymReportText.render(try Self.report(concept: "impliquer"))
        #expect(text == """
            Synonyms the criteria of equipe do not cover yet
            Thesaurus: th.dat
            ⚠ concept: the synonym alone would also meet that other criterion of the step

            Step equipe
              impliquer — les impliquer
                associer (1 already covered)
                  Verbe: unir, comprendre (⚠ ecouter), imposer (⚠ imposer), fédérer
                  Nom: partenaire
                =Rassembler → rassembler
                  Verbe: réunir, regrouper
                no entry: prendre, demande-leur
            """)
    }

    @Test func longListsAreWrappedBetweenSynonymsNeverInsideOne() throws {
        let text = SynonymReportText.render(try Self.report(concept: "impliquer"), width: 44)
        #expect(text.split(separator: "\n").dropFirst(4).joined(separator: "\n") == """
              impliquer — les impliquer
                associer (1 already covered)
                  Verbe: unir, comprendre (⚠ ecouter),
                    imposer (⚠ imposer), fédérer
                  Nom: partenaire
                =Rassembler → rassembler
                  Verbe: réunir, regrouper
                no entry: prendre, demande-leur
            """)
    }

    @Test func anUnknownStepOrCriterionIsNamedWithTheIdMostLikelyMeant() throws {
        let finder = SynonymFinder(scenario: try Self.scenario()) { _ in [] }
        #expect(finder.problem(step: "equip", concept: nil) == "no step 'equip' in equipe; did you mean 'equipe'?")
        #expect(finder.problem(step: "zzz", concept: nil) == "no step 'zzz' in equipe; its steps are: equipe, outils")
        #expect(finder.problem(step: "outils", concept: "ecouter") == "no criterion 'ecouter' in step 'outils'; its criteria are: tester")
        #expect(finder.problem(step: nil, concept: "ecoute") == "no criterion 'ecoute' in any step of equipe; did you mean 'ecouter'?")
        #expect(finder.problem(step: "equipe", concept: "ecouter") == nil)
        #expect(finder.problem(step: nil, concept: nil) == nil)
    }
}
