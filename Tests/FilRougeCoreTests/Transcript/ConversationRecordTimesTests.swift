import Foundation
import Testing
@testable import FilRougeCore

struct ConversationRecordTimesTests {
    @Test func turnsKnowWhenTheyStartedAndWereCompleted() throws {
        let events = ScriptedConversation.events([.reply("pears"), .reply("and apples"), .reply("cherries")])
        // Half a second is exact in binary, so the times written are the times computed here.
        let header = ScriptedConversation.header(started: Date(timeIntervalSince1970: 1_800_000_000.5))
        let record = ConversationRecord(text: ScriptedConversation.text(events, header: header))
        // `text` stamps the n-th event (from 0) n + 1 seconds after the start; times are compared in
        // milliseconds, as written.
        func time(of index: Int?) throws -> Int64 {
            UTCTimestamp.milliseconds(header.started.addingTimeInterval(Double(try #require(index) + 1)))
        }
        func milliseconds(_ date: Date?) throws -> Int64 { UTCTimestamp.milliseconds(try #require(date)) }
        let ask = try #require(record.turns.first)
        #expect(try milliseconds(ask.started) == (try time(of: 1)), "the friend's lines before the question open the turn")
        let askCompleted = events.firstIndex { if case .stepCompleted(let result) = $0 { result.step == "ask" } else { false } }
        #expect(try milliseconds(ask.completed) == (try time(of: askCompleted)))
        let last = try #require(record.turns.last)
        let lastQuestion = events.firstIndex { if case .question(let question) = $0 { question.step == "last" } else { false } }
        #expect(try milliseconds(last.started) == (try time(of: lastQuestion)))
        #expect(try milliseconds(record.finishedAt) == (try time(of: events.count - 1)))
    }

    @Test func theLastEndCounts() {
        let quit = ScriptedConversation.events([.reply("pears"), .command("quit")])
        var engine = DialogueEngine(scenario: DialogueEngineTests.scenario, seed: ScriptedConversation.seed)
        _ = engine.start()
        _ = engine.submit("pears")
        let resumed = engine.submit("and apples") + engine.submit("cherries")
        let record = ConversationRecord(text: ScriptedConversation.text(quit + resumed))
        #expect(record.finished?.reason == .completed)
        #expect(record.turns.first?.result?.attempts == 2, "the step's outcome after the quit replaces the one the quit wrote")
        #expect(record.turns.first?.replies.count == 2)
    }
}
