import Foundation
import Testing
@testable import FilRougeCore

/// Whole transcripts read line by line: line ends, blanks, and lines that are not entries.
struct TranscriptContentsTests {
    @Test func readsWindowsLineEndingsAndBlanksAroundLines() {
        let line = TranscriptLineWriter.line(for: .event(at: Date(timeIntervalSince1970: 0), .command(CommandUsed(name: "hint"))))
        let contents = TranscriptContents(text: line + "\r\n \t" + line + "\t\r\n\r\n\u{00A0}" + line + "\u{00A0}\n")
        #expect(contents.damaged.isEmpty)
        #expect(contents.events.count == 3)
        // Line numbers still count every line, blank ones included.
        let damaged = TranscriptContents(text: line + "\r\n\r\nnot json\r\n")
        #expect(damaged.damaged.map(\.line) == [3])
    }
}

/// The transcripts of the digest's fixtures, read as the digest reads them.
struct TranscriptFixtureReadingTests {
    /// Each UTF-8 fixture's lines read, but those stated damaged: a line cut short in Eve's.
    @Test(arguments: [
        ("01-camille.jsonl", 17, []), ("02-dominique.jsonl", 20, []), ("03-headerless.jsonl", 14, []), ("04-other-scenario.jsonl", 9, []),
        ("05-zoe.jsonl", 14, []), ("06-quentin.jsonl", 9, []),
        ("07-eve.jsonl", 15, [TranscriptContents.DamagedLine(line: 17, reason: "not a transcript entry (The given data was not valid JSON.)")]),
    ])
    func readsEveryLineButTheDamagedOnes(file: String, events: Int, damaged: [TranscriptContents.DamagedLine]) throws {
        let url = CalibrationFixtures.directory.appendingPathComponent("digest").appendingPathComponent(file)
        let contents = TranscriptContents(text: try String(contentsOf: url, encoding: .utf8))
        #expect(contents.damaged == damaged)
        #expect(contents.events.count == events)
        #expect((contents.header == nil) == (file == "03-headerless.jsonl"))
    }
}
