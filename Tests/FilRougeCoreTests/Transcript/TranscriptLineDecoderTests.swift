import FilRougeScenarios
import Foundation
import Testing
@testable import FilRougeCore

/// The quick decoder must read every line exactly as Foundation's decoder does, and leave to it
/// every line it is not sure of.
struct TranscriptLineDecoderTests: ComparesLineDecoders {
    @Test(arguments: ["alancienne.fr", "alancienne.en"])
    func readsGeneratedTranscriptsAsFoundationDoes(name: String) throws {
        let bundled = try #require(BundledScenarios.named(name))
        let scenario = try #require(ScenarioLoader.load(bundled.text, file: name).scenario)
        let cohort = SyntheticCohort(scenario: scenario, sourceText: bundled.text, seed: 11, wordsPerReply: 12)
        var types = Set<String>()
        var lines = 0
        for index in 0..<40 {
            for line in cohort.transcript(index).split(separator: "\n").map(String.init) {
                let expected = foundation(line)
                #expect(quick(line) == expected, "\(line)")
                if let expected {
                    lines += 1
                    if case .event(_, let event) = expected { types.insert(event.typeName) } else { types.insert("header") }
                }
            }
        }
        #expect(lines > 500)
        #expect(types.isSuperset(of: ["header", "narration", "friend", "question", "reply", "evaluation", "counters", "route", "step_completed", "end"]))
    }

    @Test func readsEveryEventOfTheEngineAsFoundationDoes() {
        var engine = DialogueEngine(scenario: DialogueEngineTests.scenario, seed: 7)
        let events = engine.start() + engine.hint() + engine.hint() + engine.hint() + engine.submit("pears") + engine.submit("apples")
            + [.command(CommandUsed(name: "score"))] + engine.submit("no cherries")
        let header = TranscriptHeader(
            scenario: .init(scenario: DialogueEngineTests.scenario, sourceText: "x"), learner: "Zoé \"\\ \u{1F600}\n\u{0007}",
            started: Date(timeIntervalSince1970: 1_800_000_000.123), seed: .max, program: "p"
        )
        let lines = [TranscriptCoding.line(for: .header(header))] + events.map { TranscriptCoding.line(for: .event(at: Date(timeIntervalSince1970: 1.5), $0)) }
        for line in lines {
            let expected = foundation(line)
            #expect(expected != nil)
            #expect(quick(line) == expected, "\(line)")
        }
    }

    @Test(arguments: [
        // Escapes of every kind, a surrogate pair, blanks between tokens, an exponent, a negative number.
        #"{ "type" : "reply", "at":"2026-11-29T03:57:23.231Z","attempt":1,"step":"a\/b","text":"\"q\" \\ \n\t\u00e9\ud83d\ude00 \u0000 end"}"#,
        #"{"type":"counters","at":"2026-11-29T03:57:23Z","step":"s","changes":{"trust":-2},"values":{"trust":-12,"x":0}}"#,
        #"{"type":"route","at":"2026-11-29T04:57:23+01:00","from":"a","to":"end","reason":"r"}"#,
        #"{"at":"2026-11-29T03:57:23.231Z","type":"evaluation","step":"s","attempt":2,"combined":true,"evaluation":{"score":1e-7,"band":"missed","criteria":[]}}"#,
    ])
    func readsHandWrittenLinesAsFoundationDoes(line: String) {
        let expected = foundation(line)
        #expect(expected != nil)
        #expect(quick(line) == expected)
    }

    @Test(arguments: [
        #"{"type":"reply","type":"reply","at":"2026-11-29T03:57:23.231Z","attempt":1,"step":"a","text":"t"}"#,
        "{\"type\":\"reply\",\"at\":\"2026-11-29T03:57:23.231Z\",\"attempt\":1,\"step\":\"a\",\"text\":\"tab\tinside\"}",
        #"{"type":"reply","at":"2026-11-29T03:57:23.231Z","attempt":01,"step":"a","text":"t"}"#,
        #"{"type":"reply","at":"2026-11-29T03:57:23.231Z","attempt":1.0,"step":"a","text":"t"}"#,
        #"{"type":"reply","at":"2026-11-29T03:57:23.231Z","attempt":1,"step":"a","text":"t"} x"#,
        #"{"type":"reply","at":"2026-11-29T03:57:23.231Z","attempt":1,"step":"a"}"#,
        #"{"type":"reply","at":"yesterday","attempt":1,"step":"a","text":"t"}"#,
        #"{"type":"reply","at":"2026-11-29T03:57:23.231Z","attempt":"1","step":"a","text":"t"}"#,
        #"{"type":"reply","at":"2026-11-29T03:57:23.231Z","attempt":1,"step":"a","text":"\ud83d"}"#,
        #"{"type":"reply","at":"2026-11-29T03:57:23.231Z","attempt":1,"step":"a","text":"t""#,
        #"{"type":"mystery","at":"2026-11-29T03:57:23.231Z"}"#,
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
        "",
    ])
    func refusesWhatItIsNotSureOf(line: String) {
        #expect(quick(line) == nil)
    }

    @Test func damagedLinesStillGetFoundationsReasons() {
        let contents = TranscriptCoding.read(#"{"type":"reply","at":"2026-11-29T03:57:23.231Z","attempt":1,"step":"a"}"#)
        #expect(contents.damaged.first?.reason == "not a transcript entry (no 'text')")
    }
}
