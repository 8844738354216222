import Testing
@testable import FilRougeCore

/// Bands by ideas, as a marker bands a reply: by how many distinct ideas it states, with one idea
/// developed by a concrete action enough for good, a misconception lowering the band by one, and
/// words too generic to count alone.
struct IdeaBandsTests {
    static let source = """
        id: idees
        title: "Idées"
        language: fr
        version: "1"
        persona: { name: "M. Test" }
        bands:
          ideas: { good: 2, partial: 1 }
        generic: [site]
        steps:
          - id: site-web
            question: "Un site, pour quoi faire ?"
            rubric:
              - concept: etre-trouve
                keywords: [google, "être trouvé", site]
              - concept: credibilite
                keywords: [crédibilité, sérieux]
              - concept: rendez-vous
                keywords: [rendez-vous, rdv]
              - concept: fiche-google
                develops: etre-trouve
                keywords: ["fiche google", "google business", annuaire]
              - concept: bouche-a-oreille
                keywords: ["bouche-à-oreille"]
                weight: -1
            reactions: { good: "Oui.", partial: "Bof.", missed: "Non." }
          - id: requis
            question: "Et encore ?"
            bands: { ideas: { good: 1 } }
            rubric:
              - concept: a
                keywords: [pomme]
                required: true
              - concept: b
                keywords: [poire]
            reactions: { good: "Oui.", partial: "Bof.", missed: "Non." }
          - id: pese
            question: "Au poids ?"
            bands: { good: 0.7, partial: 0.4 }
            rubric:
              - concept: a
                keywords: [pomme]
                weight: 3
              - concept: b
                keywords: [poire]
            reactions: { good: "Oui.", partial: "Bof.", missed: "Non." }
        endings:
          - id: fin
            says: "Fin."
        """

    static let scenario: Scenario = {
        let result = ScenarioLoader.load(source, file: "idees.yaml")
        guard let scenario = result.scenario else { fatalError(DiagnosticRenderer(source: source).render(result.diagnostics)) }
        return scenario
    }()

    static let evaluator = RubricEvaluator(scenario: scenario, analyzer: TextAnalyzer(language: .fr, dictionary: nil))

    static func grade(_ reply: String, step: String = "site-web") throws -> ReplyEvaluation {
        try #require(evaluator.evaluate(reply, step: step))
    }

    @Test func twoIdeasAreGoodAndOneIsPartial() throws {
        let two = try Self.grade("On te trouvera sur Google, et ça fait sérieux.")
        #expect(two.band == .good)
        #expect(two.reason == BandReason(rule: .ideas, concepts: ["etre-trouve", "credibilite"]))
        let one = try Self.grade("Ça fait plus sérieux.")
        #expect(one.band == .partial)
        #expect(one.reason == BandReason(rule: .ideas, concepts: ["credibilite"]))
    }

    @Test func theWeightsOfIdeasLeftOutDoNotMatter() throws {
        // Two of three ideas, one of them weighing nothing much: a share of 2/3 of the weight would
        // be partial under the standard thresholds.
        let evaluation = try Self.grade("Prise de rendez-vous en ligne et crédibilité.")
        #expect(evaluation.band == .good)
        #expect(evaluation.reason?.concepts == ["credibilite", "rendez-vous"])
    }

    /// Banded by ideas, a reply's score is its band's share of a good one, so that the score shown
    /// beside a band agrees with it.
    @Test func theScoreIsTheBandsShare() throws {
        #expect(try Self.grade("On te trouvera sur Google, et ça fait sérieux.").score == 1)
        #expect(try Self.grade("Ça fait plus sérieux.").score == 0.5)
        #expect(try Self.grade("Le bouche-à-oreille suffit largement.").score == 0)
    }

    @Test func oneIdeaDevelopedWithAConcreteActionIsGood() throws {
        let developed = try Self.grade("Crée une fiche Google Business pour être trouvé près de chez toi.")
        #expect(developed.band == .good)
        #expect(developed.reason == BandReason(rule: .developed, concepts: ["etre-trouve"], developments: ["fiche-google"]))
    }

    @Test func aDevelopmentAloneIsNotAnIdea() throws {
        // The development keyword met, but not the idea it develops.
        let evaluation = try Self.grade("Inscris-toi dans un annuaire.")
        #expect(evaluation.metConcepts == ["fiche-google"])
        #expect(evaluation.band == .missed)
        #expect(evaluation.reason == BandReason(rule: .noIdea))
    }

    @Test func aMisconceptionBesideIdeasLowersTheBandByOne() throws {
        let fromGood = try Self.grade("Sur Google on te trouve, ça fait sérieux, mais le bouche-à-oreille suffit.")
        #expect(fromGood.band == .partial)
        #expect(fromGood.reason?.loweredBy == ["bouche-a-oreille"])
        #expect(fromGood.reason?.before == .good)
        let fromPartial = try Self.grade("Ça fait sérieux, mais le bouche-à-oreille suffit.")
        #expect(fromPartial.band == .missed)
        #expect(fromPartial.reason?.before == .partial)
    }

    @Test func aMisconceptionAloneIsMissed() throws {
        let evaluation = try Self.grade("Le bouche-à-oreille suffit largement.")
        #expect(evaluation.band == .missed)
        #expect(evaluation.reason == BandReason(rule: .misconceptionAlone, loweredBy: ["bouche-a-oreille"]))
    }

    @Test func theOppositeOfAMisconceptionIsNotIt() throws {
        let evaluation = try Self.grade("Le bouche-à-oreille ne suffit pas, il faut être trouvé sur Google.")
        #expect(evaluation.band == .partial)
        #expect(evaluation.reason?.loweredBy == [])
    }

    @Test func onlyNegatedMentionsAreMissed() throws {
        let evaluation = try Self.grade("Je ne pense pas que la crédibilité en dépende.")
        #expect(evaluation.band == .missed)
        #expect(evaluation.reason == BandReason(rule: .onlyNegated, concepts: ["credibilite"]))
    }

    @Test func aReplyWhoseOnlyMatchIsAGenericWordIsMissed() throws {
        let generic = try Self.grade("Oui, un site.")
        #expect(generic.band == .missed)
        #expect(generic.reason == BandReason(rule: .onlyGeneric, concepts: ["etre-trouve"]))
        // Beside another match, the generic word counts.
        let beside = try Self.grade("Un site, pour la crédibilité.")
        #expect(beside.band == .good)
    }

    @Test func aRequiredIdeaMissingKeepsAReplyOutOfGood() throws {
        let evaluation = try Self.grade("Une poire.", step: "requis")
        #expect(evaluation.band == .partial)
        #expect(evaluation.reason?.requiredMissing == ["a"])
        #expect(evaluation.reason?.before == .good)
        #expect(try Self.grade("Une pomme.", step: "requis").band == .good)
    }

    @Test func aStepWithWeightedThresholdsKeepsThem() throws {
        let evaluation = try Self.grade("Une poire.", step: "pese")
        #expect(evaluation.band == .missed)
        #expect(evaluation.score == 0.25)
        #expect(evaluation.reason?.rule == .score)
        #expect(try Self.grade("Une pomme.", step: "pese").band == .good)
    }

    @Test func aFollowUpMergedWithTheReplyCountsTheIdeasOfBoth() throws {
        let first = try Self.grade("Ça fait sérieux.")
        let second = try #require(Self.evaluator.evaluate("Et on te trouve sur Google.", step: "site-web", attempt: 2))
        let merged = Self.evaluator.merge(first, second, step: "site-web")
        #expect(merged.band == .good)
        #expect(merged.reason?.concepts == ["etre-trouve", "credibilite"])
    }

    /// What a `bands` by ideas refuses, with where and why.
    @Test(arguments: [
        ("bands:\n  good: 0.5\n  ideas: { good: 2 }", "'bands' counts either ideas or a share of the weight: 'ideas' and 'good' cannot be given together (write 'good' inside 'ideas')"),
        ("bands:\n  ideas: { good: 1, partial: 2 }", "'partial' (2 ideas) is above 'good' (1 idea)"),
        ("bands:\n  ideas: { good: 0 }", "'good' counts ideas: it must be 1 or more, not 0"),
    ])
    func badIdeaBandsAreRefused(bands: String, message: String) throws {
        let text = Self.source.replacingOccurrences(of: "bands:\n  ideas: { good: 2, partial: 1 }", with: bands)
        let result = ScenarioLoader.load(text, file: "idees.yaml")
        let diagnostic = try #require(result.diagnostics.first { $0.code == .invalidValue })
        #expect(diagnostic.message == message)
        #expect(diagnostic.location.line == 7)
    }
}
