import Foundation
import Testing
@testable import FilRougeCore

/// Statements read back from a learning record store's answers (`XAPIStatementPage`) and gathered
/// into the conversations they came from (`XAPIConversations`).
struct XAPIReadingTests {
    static func page(_ text: String) throws -> XAPIStatementPage {
        try page(bytes: Array(text.utf8))
    }

    static func page(bytes: [UInt8]) throws -> XAPIStatementPage {
        try bytes.withUnsafeBufferPointer { try XAPIStatementPage(json: $0) }
    }

    /// The fixtures' statements as a store gives them back: in a page, with what a store adds.
    static func storePage(_ statements: String, more: String? = nil) -> String {
        let stored = statements.replacingOccurrences(of: "\"id\" : \"", with: "\"stored\" : \"2027-02-01T00:00:00.000+00:00\", \"authority\" : {\"objectType\": \"Agent\", \"mbox\": \"mailto:lrs@example.org\"}, \"version\" : \"1.0.3\", \"id\" : \"")
        return "{\"statements\": \(stored)" + (more.map { ", \"more\": \"\($0)\"" } ?? "") + "}"
    }

    @Test func aPageKeepsFilRougeStatementsCountsTheOthersAndGivesItsNextLink() throws {
        let ours = XAPIExport().render(ExportedConversation.collect([("c.jsonl", ExportFixtures.record(ExportFixtures.unfinished, learner: "Camille", started: 1_800_000_000))], anonymize: false).conversations)
        let foreign = """
            {"id": "6690b16a-0000-4000-8000-000000000001", "actor": {"mbox": "mailto:a@example.org"},
             "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"}, "object": {"id": "https://mooc.example.org/video/1"}}
            """
        let mixed = "[\n" + foreign + ",\n" + ours.dropFirst(2)
        let page = try Self.page("{\"more\": \"/xAPI/statements?limit=500&search_after=x\", \"statements\": \(mixed)}")
        #expect(page.statements.count == 1)
        #expect(page.otherStatements == 1)
        #expect(page.more == "/xAPI/statements?limit=500&search_after=x")
        #expect(page.statements[0].result.response == "-1 apples and pears")

        let last = try Self.page("{\"statements\": [], \"more\": \"\"}")
        #expect(last.more == nil)
        #expect(last.statements.isEmpty)
    }

    @Test func anAnswerThatIsNoStatementsPageIsRefusedWithWhy() throws {
        #expect(throws: XAPIStatementPage.Refusal(description: "the answer has no 'statements'")) { try Self.page("{\"more\": null}") }
        #expect(throws: XAPIStatementPage.Refusal(description: "the answer is not a JSON object")) { try Self.page("[1, 2]") }
        #expect(throws: XAPIStatementPage.Refusal.self) { try Self.page("{\"statements\": [") }
        let bytes: [UInt8] = Array("{\"statements\": [\"".utf8) + [0xFF] + Array("\"]}".utf8)
        #expect(throws: XAPIStatementPage.Refusal(description: "the answer is not UTF-8 text")) { try Self.page(bytes: bytes) }
    }

    @Test func aCohortReadBackIsTheConversationsItsTranscriptsHeld() throws {
        let transcripts = ExportFixtures.transcripts
        let exported = ExportedConversation.collect(transcripts, anonymize: false).conversations
        let page = try Self.page(Self.storePage(XAPIExport().render(exported)))
        var gathered = XAPIConversations(export: XAPIExport())
        for statement in page.statements { gathered.add(statement) }
        #expect(gathered.otherStatements == 0)
        let read = gathered.conversations()
        // Camille, Dominique, Camille again and the nameless learner, in the order they began
        // (08:00:00, 08:01:40, 08:03:20, 08:05:00).
        #expect(read.map { $0.record.header?.learner } == ["Camille", "Dominique", "Camille", nil])
        #expect(read.map { $0.record.finished?.reason } == [.completed, .quit, nil, .completed])
        #expect(read.map { $0.record.finished?.ending } == ["happy", nil, nil, "happy"])
        #expect(read[3].account.hasPrefix("unnamed-"))
        #expect(read.map { $0.record.header?.started } == [1_800_000_000, 1_800_000_100, 1_800_000_200, 1_800_000_300].map(Date.init(timeIntervalSince1970:)))
        for (back, original) in zip(read.map(\.record), exported.map(\.record)) {
            #expect(back.header?.scenario == original.header?.scenario)
            #expect(back.completedTurns.map(\.step) == original.completedTurns.map(\.step))
            #expect(back.completedTurns.map(\.replies) == original.completedTurns.map(\.replies))
            #expect(back.completedTurns.map(\.finalEvaluation) == original.completedTurns.map(\.finalEvaluation))
            #expect(back.completedTurns.map(\.result) == original.completedTurns.map(\.result))
            #expect(back.finished?.summary == original.finished?.summary)
            #expect(back.finishedAt == original.finishedAt)
            if original.finished != nil {
                // Every step reached, the one asked when the learner left included.
                #expect(back.turns.map(\.step) == original.turns.map(\.step))
            }
        }
        // Dominique's partial reply took the route to `side`, whose question she left unanswered:
        // her suspended statement says so.
        #expect(read[1].record.turns.map(\.step) == ["ask", "side"])
        #expect(read[1].record.turns.last?.result == nil)
        // The first step of Camille's conversation, as its transcript says it.
        let first = try #require(read[0].record.turns.first)
        #expect(first.step == "ask")
        #expect(first.question == "Apples or pears?")
        #expect(first.replies.map(\.text) == ["pears", "and apples"])
        #expect(first.replies.map(\.attempt) == [1, 2])
        #expect(first.finalEvaluation?.band == .good)
        #expect(gathered.scenarios.map(\.statements) == [9])
        #expect(gathered.scenarios.map(\.conversations) == [4])
    }

    @Test func aStatementReadTwiceCountsOnceAndTheLatestGradeOfATurnWins() throws {
        let (before, after) = ExportFixtures.statementsOfAStepGradedAgain()
        var gathered = XAPIConversations(export: XAPIExport())
        // As a store holds them: the first grade and the suspension, then the step graded anew; one read twice.
        for statement in before + after + [before[0]] { gathered.add(statement) }
        #expect(gathered.repeatedStatements == 2, "the suspension is in both exports, and the first answer read again")
        let turn = try #require(gathered.conversations().first?.record.turns.first)
        #expect(turn.replies.map(\.text) == ["pears", "and apples"])
        #expect(turn.finalEvaluation?.score == 1)
    }

    @Test func statementsOfAnotherBaseOrWithoutAGradeAreNotFilRouges() throws {
        let exported = ExportedConversation.collect([("c.jsonl", ExportFixtures.record(ExportFixtures.unfinished, learner: "Camille", started: 1_800_000_000))], anonymize: false).conversations
        var statement = try #require(XAPIExport().statements(exported).first)
        var gathered = XAPIConversations(export: XAPIExport(activityBase: "https://lms.example.org/filrouge"))
        let added = gathered.add(statement)
        #expect(!added, "another activity base: other activities")
        statement.id = "00000000-0000-5000-8000-000000000001"
        statement.result.extensions?["https://filrouge.example/xapi/extensions/evaluation"] = nil
        var ungraded = XAPIConversations(export: XAPIExport())
        let ungradedAdded = ungraded.add(statement)
        #expect(!ungradedAdded, "an answer without its grade cannot be read as one")
        #expect(ungraded.otherStatements == 1)
        #expect(ungraded.conversations().isEmpty)
    }
}
