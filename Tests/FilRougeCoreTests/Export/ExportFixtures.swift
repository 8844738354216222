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
}
