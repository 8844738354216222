import Testing
@testable import FilRougeCore

/// Fitting band settings to marks, on scenarios whose scores are worked out by hand: each reply
/// names some of three equally weighted ideas (`vitrine`, `horaires`, `avis`), so that its score is
/// 0, 1/3, 2/3 or 1.
struct BandFitTests {
    static func scenario(bands: String) throws -> Scenario {
        let yaml = """
            id: fit
            title: Fit
            language: fr
            version: "1"
            persona: { name: Mme Vidal }
            bands: \(bands)
            steps:
              - id: conseil
                question: "Que faire ?"
                rubric:
                  - concept: vitrine
                    keywords: [vitrine]
                  - concept: horaires
                    keywords: [horaires]
                  - concept: avis
                    keywords: [avis]
                reactions: { good: "Oui.", partial: "Bon.", missed: "Ah." }
                routes:
                  - goto: end
            endings:
              - id: merci
                says: "Merci."
            """
        return try #require(ScenarioLoader.load(yaml, file: "fit.yaml", warnings: false).scenario)
    }

    static let replies = [
        0: "Je ne sais pas.",
        1: "Refais ta vitrine.",
        2: "Refais ta vitrine et change tes horaires.",
        3: "Refais ta vitrine, change tes horaires et demande des avis.",
    ]

    /// Marks whose bands follow the ideas named: 0 missed, 1 partial, 2 or 3 good, as a marker
    /// who wants two ideas for `good` would band them. `counts` gives the ideas of each reply.
    static func marks(_ counts: [Int], band: (Int) -> Band) -> MarksFile {
        let marks = counts.enumerated().map { index, count in
            MarkedReply(line: index + 2, step: "conseil", reply: replies[count] ?? "", band: band(count))
        }
        return MarksFile(file: "marks.csv", marks: marks, namesConcepts: false)
    }

    static func twoIdeasGood(_ count: Int) -> Band {
        count >= 2 ? .good : count == 1 ? .partial : .missed
    }

    static let tenReplies = [0, 1, 2, 3, 2, 1, 0, 2, 3, 1]

    @Test func thresholdsMoveToTheNearestSettingThatAgreesWithTheMarks() throws {
        // Standard thresholds (good 0.7, partial 0.4) band 2/3 partial and 1/3 missed; the marker
        // says good and partial. Every `good` in (1/3, 2/3] and `partial` in (0, 1/3] agrees with
        // all ten marks; the nearest to (0.7, 0.4) on the 5% grid is (0.65, 0.3).
        let scenario = try Self.scenario(bands: "{ good: 0.7, partial: 0.4 }")
        let fit = BandFit(scenario: scenario, marks: Self.marks(Self.tenReplies, band: Self.twoIdeasGood))
        let step = try #require(fit.steps.first)
        #expect(step.step == "conseil")
        #expect(step.marks == 10)
        #expect(step.before == BandThresholds(good: 0.7, partial: 0.4))
        // Before: the two 0-idea replies agree; 1/3 (3 replies) and 2/3 (3 replies) are one band
        // low; 3/3 (2 replies) agree: 4 of 10.
        #expect(step.beforeAgreement.confusion.counts == [[2, 0, 0], [3, 0, 0], [0, 3, 2]])
        #expect(step.outcome == .changed)
        #expect(step.after == BandThresholds(good: 0.65, partial: 0.3))
        // Every training set of four folds holds every score, so every fold's setting agrees.
        #expect(step.afterAgreement?.confusion.counts == [[2, 0, 0], [0, 3, 0], [0, 0, 5]])
        #expect(fit.changes.map(\.step) == ["conseil"])
    }

    @Test func aSettingThatAgreesAlreadyIsKept() throws {
        let scenario = try Self.scenario(bands: "{ good: 0.6, partial: 0.3 }")
        let fit = BandFit(scenario: scenario, marks: Self.marks(Self.tenReplies, band: Self.twoIdeasGood))
        let step = try #require(fit.steps.first)
        #expect(step.outcome == .kept)
        #expect(step.after == step.before)
        #expect(step.beforeAgreement.accuracy == 1)
        #expect(fit.changes.isEmpty)
    }

    @Test func aStepWithTooFewMarksIsLeftAsItIs() throws {
        let scenario = try Self.scenario(bands: "{ good: 0.7, partial: 0.4 }")
        let fit = BandFit(scenario: scenario, marks: Self.marks([0, 1, 2, 3, 2, 1, 0], band: Self.twoIdeasGood))
        let step = try #require(fit.steps.first)
        #expect(BandFit.minimumMarks == 8)
        #expect(step.marks == 7)
        #expect(step.outcome == .tooFewMarks)
        #expect(step.after == step.before)
        #expect(step.afterAgreement == nil)
    }

    @Test func ideaCountsAreFittedWhenTheStepBandsByIdeas() throws {
        // A marker who finds one idea enough for `good`: bands by ideas 2/1 give the one-idea
        // replies `partial`; the nearest agreeing counts are good 1, partial 1.
        let scenario = try Self.scenario(bands: "{ ideas: { good: 2, partial: 1 } }")
        let fit = BandFit(scenario: scenario, marks: Self.marks(Self.tenReplies) { $0 >= 1 ? .good : .missed })
        let step = try #require(fit.steps.first)
        #expect(step.before.ideas == IdeaBands(good: 2, partial: 1))
        #expect(step.outcome == .changed)
        #expect(step.after.ideas == IdeaBands(good: 1, partial: 1))
        #expect(step.afterAgreement?.accuracy == 1)
    }

    @Test func marksThatFollowNoSettingChangeNothing() throws {
        // The marker bands ten replies of one idea alike good and missed, one after the other. The
        // current setting bands them missed: 5 exact, squared distance 5 × 4 = 20. Banding them all
        // partial (partial ≤ 1/3) halves the distance (10 × 1) but loses every exact agreement:
        // no improvement, so the setting is kept.
        let scenario = try Self.scenario(bands: "{ good: 0.7, partial: 0.4 }")
        var flip = false
        let marks = Self.marks([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]) { _ in
            flip.toggle()
            return flip ? .good : .missed
        }
        let fit = BandFit(scenario: scenario, marks: marks)
        let step = try #require(fit.steps.first)
        #expect(step.beforeAgreement.confusion.counts == [[5, 0, 0], [0, 0, 0], [5, 0, 0]])
        #expect(step.afterAgreement?.confusion.counts == [[0, 5, 0], [0, 0, 0], [0, 5, 0]])
        #expect(step.outcome == .kept)
        #expect(step.after == step.before)
    }

    @Test func settingsAreWrittenAsInAScenarioFile() {
        #expect(BandSettingText.describe(BandThresholds(good: 0.65, partial: 0.3)) == "good 0.65, partial 0.3")
        #expect(BandSettingText.describe(BandThresholds(good: 1, partial: 0.05)) == "good 1, partial 0.05")
        #expect(BandSettingText.describe(BandThresholds(good: 0.7, partial: 0.4, ideas: IdeaBands(good: 3, partial: 1))) == "ideas good 3, partial 1")
        #expect(BandSettingText.yaml(BandThresholds(good: 0.7, partial: 0.4, ideas: IdeaBands(good: 3, partial: 1))) == "{ ideas: { good: 3, partial: 1 } }")
        #expect(BandSettingText.yaml(BandThresholds(good: 0.55, partial: 0.2)) == "{ good: 0.55, partial: 0.2 }")
    }
}
