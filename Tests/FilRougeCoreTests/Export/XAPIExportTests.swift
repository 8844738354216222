import Foundation
import Testing
@testable import FilRougeCore

struct XAPIExportTests {
    let conversations = ExportedConversation.collect(ExportFixtures.transcripts, anonymize: false).conversations

    func json(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test func oneAnsweredStatementPerStepAndOneCompletedOrSuspendedPerEnd() {
        let statements = XAPIExport().statements(conversations)
        let verbs = statements.map { $0.verb.id.split(separator: "/").last.map(String.init) ?? "" }
        #expect(verbs == [
            "answered", "answered", "completed",   // Camille, complete
            "answered", "suspended",               // Dominique, quit during the follow-up
            "answered",                            // Camille again, cut short after one step (no end)
            "answered", "answered", "completed",   // nobody's name, complete
        ])
        let first = statements[0]
        #expect(first.object.id == "https://filrouge.example/scenarios/routes/steps/ask")
        #expect(first.object.definition?.description == ["en": "Apples or pears?"])
        #expect(first.result.response == "pears\nand apples")
        #expect(first.result.success)
        #expect(first.result.score == XAPIStatement.Score(scaled: 1, raw: 100, min: 0, max: 100))
        #expect(first.result.extensions?["https://filrouge.example/xapi/extensions/band"] == .text("good"))
        #expect(first.result.extensions?["https://filrouge.example/xapi/extensions/criteria-met"] == .list(["apple", "pear"]))
        #expect(first.context.contextActivities?.parent.map(\.id) == ["https://filrouge.example/scenarios/routes"])
        #expect(first.context.language == "en")
        #expect(first.actor.name == "Camille")
        #expect(first.actor.account == XAPIStatement.Account(homePage: "https://filrouge.example", name: "Camille"))
        // Camille started at 08:00:00 on 15 January 2027 (1_800_000_000), and each line of the
        // transcript comes a second after the one before: the step's outcome is its 11th line
        // (opening, words, question, reply, evaluation, follow-up, reply, evaluation, reaction,
        // counters, outcome).
        #expect(first.timestamp == "2027-01-15T08:00:11.000Z")

        let completed = statements[2]
        #expect(completed.object.id == "https://filrouge.example/scenarios/routes")
        #expect(completed.context.contextActivities == nil)
        // The conversation's score, the mean of its steps' (1 and 1), from 0 to 1 and in percent.
        #expect(completed.result.score.scaled == 1)
        #expect(completed.result.score == XAPIStatement.Score(scaled: 1, raw: 100, min: 0, max: 100))
        #expect(completed.result.extensions?["https://filrouge.example/xapi/extensions/ending"] == .text("happy"))
        // When the conversation ended: its 20th line, after the second step (lines 12 to 17), the
        // route to the end and the ending's words.
        #expect(completed.timestamp == "2027-01-15T08:00:20.000Z")

        let dominique = statements[3]
        #expect(!dominique.result.success)
        // Pear met, apple only denied: half the step, the band partial.
        #expect(dominique.result.score == XAPIStatement.Score(scaled: 0.5, raw: 50, min: 0, max: 100))
        #expect(dominique.result.extensions?["https://filrouge.example/xapi/extensions/band"] == .text("partial"))
        #expect(dominique.result.extensions?["https://filrouge.example/xapi/extensions/criteria-negated"] == .list(["apple"]))
        let suspended = statements[4]
        #expect(suspended.object.id == "https://filrouge.example/scenarios/routes")
        #expect(suspended.result.completion == false)
        #expect(!suspended.result.success)
        #expect(suspended.result.score.scaled == 0.5)
        #expect(suspended.result.extensions?["https://filrouge.example/xapi/extensions/ending"] == nil)
        #expect(statements[6].actor.name == nil)
        #expect(statements[6].actor.account.name.hasPrefix("unnamed-"))

        // Every statement's time: the transcripts start at 08:00:00, 08:01:40, 08:03:20 and
        // 08:05:00, one line a second. A step with a follow-up ends on its 11th line (Dominique's,
        // with no change of counters, on its 10th, and her conversation three lines later, after the
        // route and the next question), one answered at once on its 8th, a second step six lines
        // after the first, and a conversation three lines after its last step.
        #expect(statements.map(\.timestamp) == [
            "2027-01-15T08:00:11.000Z", "2027-01-15T08:00:17.000Z", "2027-01-15T08:00:20.000Z",
            "2027-01-15T08:01:50.000Z", "2027-01-15T08:01:53.000Z",
            "2027-01-15T08:03:28.000Z",
            "2027-01-15T08:05:11.000Z", "2027-01-15T08:05:17.000Z", "2027-01-15T08:05:20.000Z",
        ])
    }

    @Test func idsAreUniqueAndTheSameOnEveryExport() throws {
        let first = XAPIExport().statements(conversations).map(\.id)
        let again = XAPIExport().statements(ExportedConversation.collect(ExportFixtures.transcripts, anonymize: false).conversations).map(\.id)
        #expect(first == again)
        #expect(Set(first).count == first.count)
        // One registration per conversation, shared by its statements.
        let registrations = XAPIExport().statements(conversations).map(\.context.registration)
        #expect(Set(registrations).count == 4)
        // Anonymized statements are about other actors: other ids, never a clash with named ones.
        let anonymous = XAPIExport().statements(ExportedConversation.collect(ExportFixtures.transcripts, anonymize: true).conversations)
        #expect(Set(anonymous.map(\.id)).isDisjoint(with: first))
        #expect(anonymous.map(\.actor.account.name) == ["learner-1", "learner-1", "learner-1", "learner-2", "learner-2", "learner-1", "learner-3", "learner-3", "learner-3"])
        #expect(anonymous.allSatisfy { $0.actor.name?.hasPrefix("Learner ") == true })
    }

    @Test func aResumedTranscriptKeepsItsStatementIds() throws {
        // The same conversation read when it stopped after one step and once it was finished.
        let header = ScriptedConversation.header(learner: "Camille", started: Date(timeIntervalSince1970: 1_800_000_000.5))
        let events = ScriptedConversation.events(ExportFixtures.complete)
        let cut = try #require(events.firstIndex { if case .reply(let reply) = $0 { reply.step == "last" } else { false } })
        let before = ConversationRecord(text: ScriptedConversation.text(Array(events.prefix(cut)), header: header))
        let after = ConversationRecord(text: ScriptedConversation.text(events, header: header))
        let early = XAPIExport().statements(ExportedConversation.collect([("t.jsonl", before)], anonymize: false).conversations)
        let late = XAPIExport().statements(ExportedConversation.collect([("t.jsonl", after)], anonymize: false).conversations)
        #expect(early.count == 1)
        #expect(late.first?.id == early.first?.id)
    }

    @Test func aStepGradedAgainAfterAResumeGetsANewId() throws {
        // Left during the follow-up: the step counts with its first reply; resumed, with both.
        let (before, after) = ExportFixtures.statementsOfAStepGradedAgain()
        // The step, then the conversation as it was when left (resumed, it has not ended again).
        #expect(before.map(\.result.score.scaled) == [0.5, 0.5])
        #expect(after.map(\.result.score.scaled) == [1, 0.5])
        #expect(before.first?.id != after.first?.id, "another content, another id")
        #expect(ExportFixtures.statementsOfAStepGradedAgain(export: XAPIExport(activityBase: "https://other.example")).before.first?.id != before.first?.id)
    }

    @Test func aConversationInTwoFilesIsExportedOnceFromTheFurthest() throws {
        let header = ScriptedConversation.header(learner: "Camille", started: Date(timeIntervalSince1970: 1_800_000_000.5))
        let events = ScriptedConversation.events(ExportFixtures.complete)
        let cut = try #require(events.firstIndex { if case .reply(let reply) = $0 { reply.step == "last" } else { false } })
        let early = ConversationRecord(text: ScriptedConversation.text(Array(events.prefix(cut)), header: header))
        let finished = ConversationRecord(text: ScriptedConversation.text(events, header: header))
        let other = ExportFixtures.record(ExportFixtures.unfinished, learner: "Camille", started: 1_800_000_900)
        let collection = ExportedConversation.collect([("early.jsonl", early), ("other.jsonl", other), ("copy.jsonl", finished), ("again.jsonl", early)], anonymize: false)
        #expect(collection.conversations.map(\.source) == ["copy.jsonl", "other.jsonl"], "the furthest copy, where the first one was")
        #expect(collection.duplicates == [
            .init(source: "early.jsonl", keptSource: "copy.jsonl"),
            .init(source: "again.jsonl", keptSource: "copy.jsonl"),
        ])
    }

    @Test func theActivityBaseAndHomePageAreOptions() throws {
        let export = XAPIExport(activityBase: "https://lms.example.org/filrouge/", homePage: "https://lms.example.org")
        let statements = try json(export.render(conversations))
        let object = try #require(statements.first?["object"] as? [String: Any])
        #expect(object["id"] as? String == "https://lms.example.org/filrouge/scenarios/routes/steps/ask")
        let account = try #require((statements.first?["actor"] as? [String: Any])?["account"] as? [String: Any])
        #expect(account["homePage"] as? String == "https://lms.example.org")
        #expect(XAPIExport(activityBase: "https://a.example").homePage == "https://a.example")
    }

    @Test func rendersAJSONArrayWithoutStatementVersions() throws {
        let text = XAPIExport().render(conversations)
        #expect(text.hasPrefix("["))
        #expect(text.hasSuffix("]\n"))
        let statements = try json(text)
        #expect(statements.count == 9)
        #expect(statements.allSatisfy { $0["version"] == nil })
        #expect(statements.allSatisfy { $0["stored"] == nil && $0["authority"] == nil })
        #expect(try json(XAPIExport().render([]) ).isEmpty)
    }

    @Test func idsThatAreNotPlainWordsArePercentEncoded() {
        // Loaded scenarios have ASCII ids; a hand-edited transcript may not.
        #expect(IRIPath.segment("etape-1_b") == "etape-1_b")
        #expect(IRIPath.segment("étape") == "%C3%A9tape")
        #expect(IRIPath.segment("a b/c?d#e") == "a%20b%2Fc%3Fd%23e")
    }
}
