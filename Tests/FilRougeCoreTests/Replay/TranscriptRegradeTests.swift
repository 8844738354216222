import Testing
@testable import FilRougeCore

struct TranscriptRegradeTests {
    /// `ask` answered with both fruits (good, trust 2, on to `last`), then `last` (good, to the end).
    static func bothFruits() throws -> ConversationRecord {
        try ReplayFixtures.record { engine in
            engine.start() + engine.submit("apples and pears") + engine.submit("cherries")
        }
    }

    func comparisons(_ regrade: TranscriptRegrade) -> [TurnRegrade.Comparison] {
        regrade.turns.compactMap { if case .graded(let comparison) = $0.outcome { comparison } else { nil } }
    }

    @Test func theSameScenarioChangesNothingAndSaysSo() throws {
        let regrade = try TranscriptRegrade(record: Self.bothFruits(), scenario: ReplayFixtures.scenario, sourceText: ReplayFixtures.source)
        #expect(regrade.scenarioChange == .unchanged)
        #expect(regrade.turns.map(\.step) == ["ask", "last"])
        let compared = comparisons(regrade)
        #expect(compared.map(\.oldBand) == [.good, .good])
        #expect(compared.map(\.newBand) == [.good, .good])
        #expect(compared.map(\.oldRoute) == ["last", "end"])
        #expect(compared.map(\.newRoute) == ["last", "end"])
        #expect(compared.allSatisfy { !$0.differs && $0.gained.isEmpty && $0.lost.isEmpty && $0.followUp == nil })
        #expect(regrade.differingCount == 0)
        // Both steps good: the total was 100% and good, and `end` chose `happy` (when: band good).
        #expect(regrade.total == TranscriptRegrade.TotalChange(oldScore: 1, oldBand: .good, newScore: 1, newBand: .good))
        #expect(regrade.total?.changed == false)
        #expect(regrade.ending == TranscriptRegrade.EndingChange(old: "happy", new: "happy"))
    }

    @Test func aKeywordRemovedChangesTheBandTheRouteAndTheCountersAfterIt() throws {
        let edited = try ReplayFixtures.edited("keywords: [apple, apples]", "keywords: [banana]")
        let scenario = try ReplayFixtures.load(edited)
        let regrade = try TranscriptRegrade(record: Self.bothFruits(), scenario: scenario, sourceText: edited)
        #expect(regrade.scenarioChange == .changed(playedVersion: "1", currentVersion: "1"))
        let compared = comparisons(regrade)
        #expect(compared.count == 2)
        // `ask`: only pears now, so partial; the concept route (pear without apple) now leads to `side`.
        #expect(compared[0].oldBand == .good)
        #expect(compared[0].newBand == .partial)
        #expect(compared[0].oldScore == 1)
        #expect(compared[0].newScore == 0.5)
        #expect(compared[0].oldRoute == "last")
        #expect(compared[0].newRoute == "side")
        #expect(compared[0].lost == ["apple"])
        #expect(compared[0].gained.isEmpty)
        #expect(compared[0].followUp == .wouldBeAsked)
        // `last` keeps its grade, but a partial `ask` no longer raised trust to 2: it now ends grumpy.
        #expect(compared[1].bandChanged == false)
        #expect(compared[1].oldRoute == "end")
        #expect(compared[1].newRoute == "grumpy")
        #expect(regrade.differingCount == 2)
        #expect(regrade.turns.map(\.needsAttention) == [true, true])
        // The mean of 50% and 100%, still good (from 70%); the last turn now leads to `grumpy`.
        #expect(regrade.total == TranscriptRegrade.TotalChange(oldScore: 1, oldBand: .good, newScore: 0.75, newBand: .good))
        #expect(regrade.total?.changed == true)
        #expect(regrade.ending == TranscriptRegrade.EndingChange(old: "happy", new: "grumpy"))
    }

    /// The last turn still leads to `end`, but the new total no longer holds for `happy` (band
    /// good): `end` now chooses `fine`, as the engine would.
    @Test func aLowerTotalMakesEndChooseAnotherEnding() throws {
        let edited = try ReplayFixtures.edited(#"keywords: ["cherr*"]"#, "keywords: [plums]")
        let scenario = try ReplayFixtures.load(edited)
        let regrade = try TranscriptRegrade(record: Self.bothFruits(), scenario: scenario, sourceText: edited)
        let compared = comparisons(regrade)
        #expect(compared.map(\.newBand) == [.good, .missed])
        #expect(compared.map(\.newRoute) == ["last", "end"])
        #expect(regrade.total == TranscriptRegrade.TotalChange(oldScore: 1, oldBand: .good, newScore: 0.5, newBand: .partial))
        #expect(regrade.ending == TranscriptRegrade.EndingChange(old: "happy", new: "fine"))
    }

    @Test func aStepRemovedIsReportedAndTheOthersAreStillGraded() throws {
        var edited = try ReplayFixtures.edited("goto: last", "goto: end")
        let start = try #require(edited.range(of: "  - id: last"))
        let end = try #require(edited.range(of: "endings:"))
        edited.removeSubrange(start.lowerBound..<end.lowerBound)
        let scenario = try ReplayFixtures.load(edited)
        #expect(scenario.step("last") == nil)
        let regrade = try TranscriptRegrade(record: Self.bothFruits(), scenario: scenario, sourceText: edited)
        #expect(regrade.turns.map(\.outcome.isGraded) == [true, false])
        #expect(regrade.turns[1] == TurnRegrade(step: "last", outcome: .stepRemoved))
        #expect(regrade.removedCount == 1)
        #expect(regrade.answeredCount == 2)
        #expect(comparisons(regrade).first?.newRoute == "end")
    }

    @Test func aTranscriptOfAnotherScenarioOrLanguageIsRefused() throws {
        let other = try ReplayFixtures.edited("id: routes", "id: orchard")
        #expect(throws: ScenarioMismatch.otherScenario(played: "routes", given: "orchard")) {
            try TranscriptRegrade(record: Self.bothFruits(), scenario: ReplayFixtures.load(other), sourceText: other)
        }
        let french = try ReplayFixtures.edited("language: en", "language: fr")
        #expect(throws: ScenarioMismatch.otherLanguage(played: .en, given: .fr)) {
            try TranscriptRegrade(record: Self.bothFruits(), scenario: ReplayFixtures.load(french), sourceText: french)
        }
        #expect(ScenarioMismatch.otherScenario(played: "routes", given: "orchard").description == "it is a conversation of scenario 'routes', not 'orchard'")
    }

    @Test func aReplyAndItsFollowUpAreMergedAsTheEngineMergesThem() throws {
        let record = try ReplayFixtures.record { engine in
            engine.start() + engine.submit("pears") + engine.submit("and apples")
        }
        let regrade = try TranscriptRegrade(record: record, scenario: ReplayFixtures.scenario, sourceText: ReplayFixtures.source)
        let compared = try #require(comparisons(regrade).first)
        #expect(compared.oldBand == .good)
        #expect(compared.newBand == .good)
        #expect(compared.newScore == 1)
        #expect(compared.evaluation == record.turns[0].finalEvaluation)
        #expect(!compared.differs)
    }

    @Test func aFirstReplyNowGoodEnoughIsGradedAloneWithoutTheFollowUp() throws {
        let record = try ReplayFixtures.record { engine in
            engine.start() + engine.submit("pears") + engine.submit("and apples")
        }
        let lenient = try ReplayFixtures.edited("counters: { trust: 0 }", "counters: { trust: 0 }\nbands: { good: 0.5, partial: 0.2 }")
        let regrade = try TranscriptRegrade(record: record, scenario: ReplayFixtures.load(lenient), sourceText: lenient)
        let compared = try #require(comparisons(regrade).first)
        #expect(compared.followUp == .noLongerAsked)
        #expect(compared.newBand == .good)
        #expect(compared.newScore == 0.5)
        #expect(compared.lost == ["apple"])
        #expect(compared.oldRoute == "last")
        #expect(compared.newRoute == "side")
    }

    @Test func aTurnWithoutAReplyIsNotGraded() throws {
        let record = try ReplayFixtures.record { engine in
            engine.start() + engine.submit("apples and pears") + engine.quit()
        }
        let regrade = try TranscriptRegrade(record: record, scenario: ReplayFixtures.scenario, sourceText: ReplayFixtures.source)
        #expect(regrade.turns.map(\.outcome.isGraded) == [true, false])
        #expect(regrade.turns[1].outcome == .notAnswered)
        #expect(regrade.answeredCount == 1)
    }
}

extension TurnRegrade.Outcome {
    var isGraded: Bool {
        if case .graded = self { true } else { false }
    }
}
