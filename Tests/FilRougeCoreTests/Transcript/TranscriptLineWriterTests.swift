import Foundation
import Testing
@testable import FilRougeCore

struct TranscriptLineWriterTests {
    @Test func everyEventSurvivesARoundTrip() throws {
        let scenario = try #require(DialogueEngineTests.scenario as Scenario?)
        var engine = DialogueEngine(scenario: scenario, seed: 7)
        var events = engine.start() + engine.hint() + engine.submit("pears") + engine.submit("apples")
        events.append(.command(CommandUsed(name: "score")))
        events += engine.submit("cherries")
        let date = Date(timeIntervalSince1970: 1_800_000_000.25)
        let header = TranscriptHeader(
            scenario: .init(scenario: scenario, sourceText: DialogueEngineTests.source), learner: "Camille",
            started: date, seed: 7, program: "filrouge test"
        )
        let lines = [TranscriptLineWriter.line(for: .header(header))] + events.map { TranscriptLineWriter.line(for: .event(at: date, $0)) }
        #expect(lines.allSatisfy { !$0.contains("\n") })
        let contents = TranscriptContents(text: lines.joined(separator: "\n") + "\n")
        #expect(contents.damaged.isEmpty)
        #expect(contents.header == header)
        #expect(contents.events.map(\.event) == events)
        #expect(contents.events.allSatisfy { $0.at == date })
        let types = Set(events.map(\.typeName))
        #expect(types.isSuperset(of: ["narration", "friend", "question", "reply", "evaluation", "hint", "command", "counters", "route", "step_completed", "end"]))
    }

    @Test func writesFlatLinesWithATypeAndSortedKeys() {
        let line = TranscriptLineWriter.line(for: .event(at: Date(timeIntervalSince1970: 0), .reply(Reply(step: "a", attempt: 1, text: "Oui / non"))))
        #expect(line == #"{"at":"1970-01-01T00:00:00.000Z","attempt":1,"step":"a","text":"Oui / non","type":"reply"}"#)
    }

    @Test func damagedLinesAreReportedAndSkipped() {
        let good = TranscriptLineWriter.line(for: .event(at: Date(timeIntervalSince1970: 0), .command(CommandUsed(name: "hint"))))
        let text = [good, "{\"type\":\"reply\",\"at\":\"1970", "not json", #"{"type":"mystery","at":"1970-01-01T00:00:00.000Z"}"#, good].joined(separator: "\n")
        let contents = TranscriptContents(text: text)
        #expect(contents.events.count == 2)
        #expect(contents.damaged.map(\.line) == [2, 3, 4])
        #expect(contents.header == nil)
    }

    @Test func refusesAnUnknownFormat() throws {
        let scenario = try #require(DialogueEngineTests.scenario as Scenario?)
        var header = TranscriptHeader(scenario: .init(scenario: scenario, sourceText: ""), learner: nil, started: Date(timeIntervalSince1970: 0), seed: 1, program: "p")
        header.format = 99
        let contents = TranscriptContents(text: TranscriptLineWriter.line(for: .header(header)))
        #expect(contents.header == nil)
        #expect(contents.damaged.first?.reason == "transcript format 99 is not supported (this program reads format 1)")
    }

    @Test func theScenarioHashFollowsTheText() throws {
        let scenario = try #require(DialogueEngineTests.scenario as Scenario?)
        let one = TranscriptHeader.ScenarioReference(scenario: scenario, sourceText: "a")
        let two = TranscriptHeader.ScenarioReference(scenario: scenario, sourceText: "b")
        #expect(one.hash == "sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb")
        #expect(one.hash != two.hash)
    }
}

struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func matchesTheStandardVectors(input: String, digest: String) {
        #expect(SHA256.hexDigest(of: Array(input.utf8)) == digest)
    }

    @Test func hashesAMillionBytes() {
        let input = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hexDigest(of: input) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
