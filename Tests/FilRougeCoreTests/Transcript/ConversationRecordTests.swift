import Foundation
import Testing
@testable import FilRougeCore

struct ConversationRecordTests {
    static func transcript(_ play: (inout DialogueEngine) -> [DialogueEvent]) -> String {
        var engine = DialogueEngine(scenario: DialogueEngineTests.scenario, seed: 3)
        let events = play(&engine)
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        let header = TranscriptHeader(
            scenario: .init(scenario: DialogueEngineTests.scenario, sourceText: DialogueEngineTests.source), learner: "Camille",
            started: date, seed: 3, program: "filrouge test"
        )
        return ([TranscriptLineWriter.line(for: .header(header))] + events.map { TranscriptLineWriter.line(for: .event(at: date, $0)) })
            .joined(separator: "\n") + "\n"
    }

    @Test func groupsEventsIntoOneTurnPerStep() throws {
        let text = Self.transcript { engine in
            engine.start() + engine.hint() + engine.submit("pears") + engine.submit("apples, sweet ones") + engine.submit("cherries")
        }
        let record = ConversationRecord(text: text)
        #expect(record.header?.learner == "Camille")
        #expect(record.narration == ["Sam waves."])
        #expect(record.turns.map(\.step) == ["ask", "last"])
        let ask = record.turns[0]
        #expect(ask.says == ["Hello."])
        #expect(ask.question == "Apples or pears?")
        #expect(ask.followUpQuestion == "Anything else?")
        #expect(ask.replies.map(\.text) == ["pears", "apples, sweet ones"])
        #expect(ask.answer == "pears\napples, sweet ones")
        #expect(ask.evaluations.map(\.combined) == [false, true])
        #expect(ask.hints.map(\.text) == ["Think fruit."])
        #expect(ask.reactions.count == 1)
        #expect(ask.result?.band == .good)
        #expect(ask.route?.to == "last")
        #expect(record.turns[1].result?.band == .good)
        #expect(record.isComplete)
        #expect(record.finished?.ending == "happy")
        #expect(record.completedTurns.count == 2)
    }

    @Test func aTranscriptCutShortKeepsWhatWasWritten() throws {
        let full = Self.transcript { engine in engine.start() + engine.submit("pears") }
        // A power cut in the middle of the last line.
        let cut = String(full.dropLast(20))
        let record = ConversationRecord(text: cut)
        #expect(record.damaged.count == 1)
        #expect(!record.isComplete)
        #expect(record.turns.first?.replies.map(\.text) == ["pears"])
        #expect(record.completedTurns.isEmpty)
    }

    @Test func aStepPlayedTwiceGivesTwoTurns() {
        var record = ConversationRecord(TranscriptContents())
        #expect(record.turns.isEmpty)
        let date = Date(timeIntervalSince1970: 0)
        let events: [DialogueEvent] = [
            .reply(Reply(step: "a", attempt: 1, text: "one")),
            .route(RouteDecision(from: "a", to: "a", reason: "route 1")),
            .reply(Reply(step: "a", attempt: 1, text: "two")),
        ]
        record = ConversationRecord(TranscriptContents(header: nil, events: events.map { .init(at: date, event: $0) }))
        #expect(record.turns.map(\.answer) == ["one", "two"])
    }
}
