import Foundation
import Testing
@testable import FilRougeCore

struct ReplayScriptTests {
    /// A record of replies to steps, in order, without a scenario.
    func record(_ steps: [String], learner: String) -> ConversationRecord {
        let date = Date(timeIntervalSince1970: 0)
        var events: [DialogueEvent] = []
        for (index, step) in steps.enumerated() {
            events.append(.question(Question(step: step, text: "Q \(step)?", followUp: false)))
            events.append(.reply(Reply(step: step, attempt: 1, text: "\(learner) \(step)")))
            events.append(.route(RouteDecision(from: step, to: index + 1 < steps.count ? steps[index + 1] : "end", reason: "")))
        }
        return ConversationRecord(TranscriptContents(header: nil, events: events.map { .init(at: date, event: $0) }))
    }

    @Test func oneTranscriptGivesOnePagePerTurnInTheOrderPlayed() throws {
        let record = try ReplayFixtures.record { engine in
            engine.start() + engine.submit("apples and pears") + engine.submit("cherries")
        }
        let script = ReplayScript(learners: [ReplayLearner(label: "Camille", record: record)])
        #expect(script.pages.map(\.step) == ["ask", "last"])
        #expect(script.pages[0].says == ["Hello."])
        #expect(script.pages[0].question == "Apples or pears?")
        #expect(script.pages[1].entries.map { $0.turns.map(\.index) } == [[1]])
        #expect(script.title == "Routes")
        #expect(script.language == .en)
        #expect(script.narration == ["Sam waves."])
    }

    @Test func aStepPlayedTwiceIsTwoPagesForOneLearnerAndOnePageForSeveral() {
        let looped = record(["a", "b", "a"], learner: "Camille")
        #expect(looped.turns.count == 3)
        let alone = ReplayScript(learners: [ReplayLearner(label: "Camille", record: looped)])
        #expect(alone.pages.map(\.step) == ["a", "b", "a"])
        let together = ReplayScript(learners: [ReplayLearner(label: "Camille", record: looped), ReplayLearner(label: "Léa", record: record(["a"], learner: "Léa"))])
        #expect(together.pages.map(\.step) == ["a", "b"])
        #expect(together.pages[0].entries.map { $0.turns.map(\.turn.answer) } == [["Camille a", "Camille a"], ["Léa a"]])
    }

    @Test func severalTranscriptsGiveOnePagePerStepWithEveryLearnerOnIt() {
        let script = ReplayScript(learners: [
            ReplayLearner(label: "Camille", record: record(["a", "b", "d"], learner: "Camille")),
            ReplayLearner(label: "Léa", record: record(["a", "c", "d"], learner: "Léa")),
            ReplayLearner(label: "Sam", record: record(["a", "c", "e"], learner: "Sam")),
        ])
        #expect(script.pages.map(\.step) == ["a", "c", "e", "b", "d"])
        let c = script.pages[1]
        #expect(c.question == "Q c?")
        #expect(c.entries.map(\.learner) == [0, 1, 2])
        #expect(c.entries.map { $0.turns.map(\.turn.answer) } == [[], ["Léa c"], ["Sam c"]])
    }

    @Test func theStepOrderFollowsTheConversations() {
        #expect(ReplayScript.stepOrder(of: [record(["a", "b", "d"], learner: "x"), record(["a", "c", "d"], learner: "y")]) == ["a", "c", "b", "d"])
        #expect(ReplayScript.stepOrder(of: [record(["b"], learner: "x"), record(["a", "b"], learner: "y")]) == ["a", "b"])
        #expect(ReplayScript.stepOrder(of: []) == [])
    }

    @Test func regradesGoWithTheirTurns() throws {
        let record = try ReplayFixtures.record { engine in
            engine.start() + engine.submit("apples and pears") + engine.submit("cherries")
        }
        let regrade = try TranscriptRegrade(record: record, scenario: ReplayFixtures.scenario, sourceText: ReplayFixtures.source)
        let script = ReplayScript(learners: [ReplayLearner(label: "Camille", record: record, regrade: regrade)])
        #expect(script.pages.map { $0.entries[0].turns[0].regrade?.step } == ["ask", "last"])
    }
}
