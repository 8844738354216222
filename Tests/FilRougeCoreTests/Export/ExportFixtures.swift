import Foundation
@testable import FilRougeCore

/// Transcripts of the test scenario for the export tests: two by Camille, one by Dominique whose
/// replies try to inject a formula and negate an idea, and one without a name.
enum ExportFixtures {
    static let complete: [ScriptedConversation.Input] = [.reply("pears"), .reply("and apples"), .reply("cherries")]
    static let hostile: [ScriptedConversation.Input] = [
        .reply("=HYPERLINK(\"http://example.com\",\"pears\")"), .reply("not apples, \"sadly\""), .endOfInput,
    ]
    static let unfinished: [ScriptedConversation.Input] = [.reply("-1 apples and pears")]

    static func record(_ inputs: [ScriptedConversation.Input], learner: String?, started: TimeInterval) -> ConversationRecord {
        let header = ScriptedConversation.header(learner: learner, started: Date(timeIntervalSince1970: started))
        return ConversationRecord(text: ScriptedConversation.text(ScriptedConversation.events(inputs), header: header))
    }

    static var transcripts: [(source: String, record: ConversationRecord)] {
        [
            ("camille-1.jsonl", record(complete, learner: "Camille", started: 1_800_000_000)),
            ("dominique.jsonl", record(hostile, learner: "Dominique", started: 1_800_000_100)),
            ("camille-2.jsonl", record(unfinished, learner: "Camille", started: 1_800_000_200)),
            ("nameless.jsonl", record(complete, learner: nil, started: 1_800_000_300)),
            ("headless.jsonl", ConversationRecord(text: "not a transcript\n")),
        ]
    }

    /// The statements of a conversation left during a step's follow-up (the step counts with its
    /// first reply), then resumed (graded again, with both replies).
    static func statementsOfAStepGradedAgain(export: XAPIExport = XAPIExport()) -> (before: [XAPIStatement], after: [XAPIStatement]) {
        let header = ScriptedConversation.header(learner: "Camille", started: Date(timeIntervalSince1970: 1_800_000_000.5))
        let left = ScriptedConversation.events([.reply("pears"), .endOfInput])
        var engine = DialogueEngine(scenario: DialogueEngineTests.scenario, seed: ScriptedConversation.seed)
        _ = engine.start()
        _ = engine.submit("pears")
        let resumed = left + engine.submit("and apples")
        func statements(_ events: [DialogueEvent]) -> [XAPIStatement] {
            let record = ConversationRecord(text: ScriptedConversation.text(events, header: header))
            return export.statements(ExportedConversation.collect([("t.jsonl", record)], anonymize: false).conversations)
        }
        return (statements(left), statements(resumed))
    }
}
