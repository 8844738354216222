import Foundation
@testable import FilRougeCore

/// Four learners of the `routes` scenario (DialogueEngineTests), whose figures are worked out by
/// hand in DigestTests:
/// - Camille: "apples and pears" (good), then "cherries" (good); trust 2, so the happy ending.
/// - Dominique: "pears" (partial), follow-up "nothing else" (still partial, pear met, apple missed,
///   so to `side`), "sweet" (good), "no cherries" (cherry negated, missed); the grumpy ending.
/// - a learner without a name: "I don't like apples" (apple negated, missed), then quits at the
///   follow-up.
/// - Eve: "apples" (partial), follow-up "apples only" (partial), then the transcript is cut in the
///   middle of its last line.
enum DigestFixtures {
    static let scenario = DialogueEngineTests.scenario
    static let reference = TranscriptHeader.ScenarioReference(scenario: scenario, sourceText: DialogueEngineTests.source)

    static func transcript(
        learner: String?, seed: UInt64 = 3, day: Int = 0, reference: TranscriptHeader.ScenarioReference = reference,
        _ play: (inout DialogueEngine) -> [DialogueEvent]
    ) -> String {
        var engine = DialogueEngine(scenario: scenario, seed: seed)
        let events = play(&engine)
        let date = Date(timeIntervalSince1970: 1_800_000_000 + Double(day) * 86_400)
        let header = TranscriptHeader(scenario: reference, learner: learner, started: date, seed: seed, program: "filrouge test")
        return ([TranscriptLineWriter.line(for: .header(header))] + events.map { TranscriptLineWriter.line(for: .event(at: date, $0)) })
            .joined(separator: "\n") + "\n"
    }

    static let camille = transcript(learner: "Camille") { engine in
        engine.start() + engine.submit("apples and pears") + engine.submit("cherries")
    }

    static let dominique = transcript(learner: "Dominique", day: 2) { engine in
        engine.start() + engine.submit("pears") + engine.submit("nothing else") + engine.submit("sweet") + engine.submit("no cherries")
    }

    static let unnamed = transcript(learner: nil, day: 1) { engine in
        engine.start() + engine.submit("I don't like apples") + engine.quit()
    }

    static let eve: String = {
        let full = transcript(learner: "Eve", day: 1) { engine in
            engine.start() + engine.submit("apples") + engine.submit("apples only")
        }
        // The battery ran out while the last line (the question of `last`) was being written.
        let lines = full.split(separator: "\n").map(String.init)
        let last = lines[lines.count - 1]
        return (lines.dropLast() + [String(last.prefix(last.count / 2))]).joined(separator: "\n")
    }()

    static var records: [ConversationRecord] {
        [camille, dominique, unnamed, eve].map { ConversationRecord(text: $0) }
    }

    static func digest(anonymize: Bool = false, bestReplies: Int = 3) -> Digest {
        var builder = DigestBuilder(scenario: scenario, reference: reference, anonymize: anonymize)
        for (record, name) in zip(records, ["camille", "dominique", "unnamed-file", "eve"]) {
            builder.add(record, fallbackName: name)
        }
        return builder.digest(bestReplies: bestReplies)
    }
}
