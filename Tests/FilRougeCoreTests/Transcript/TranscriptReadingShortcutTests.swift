import Foundation
import Testing
@testable import FilRougeCore

/// The shortcuts transcript reading takes must read exactly what the slow way reads.
struct TranscriptReadingShortcutTests {
    @Test(arguments: [
        "2026-11-29T03:57:23.231Z", "1970-01-01T00:00:00.000Z", "2000-02-29T23:59:59.999Z", "1999-12-31T12:00:00.5Z",
        "2400-02-29T01:02:03.000Z", "1969-07-20T20:17:40.000Z", "2026-03-01T00:00:00.123456Z",
    ])
    func readsTranscriptDatesAsFoundationDoes(text: String) throws {
        let fast = try #require(TranscriptDate.parse(text))
        let slow = try Date(text, strategy: .iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
        #expect(abs(fast.timeIntervalSince1970 - slow.timeIntervalSince1970) < 0.000_001)
    }

    @Test(arguments: ["2026-02-30T00:00:00.000Z", "2026-11-29T24:00:00.000Z", "2026-11-29 03:57:23.231Z", "2026-11-29T03:57:23.231+01:00", "2026-11-29T03:57:23Z", "x", "1013-11-29T06:23:17.294Z", "1582-12-31T00:00:00.000Z"])
    func leavesOtherDatesToFoundation(text: String) {
        #expect(TranscriptDate.parse(text) == nil)
    }

    @Test func readsEveryDateOfAWrittenTranscript() {
        let dates = (0..<200).map { Date(timeIntervalSince1970: 1_700_000_000 + Double($0) * 12_345.678) }
        let text = dates.map { TranscriptCoding.line(for: .event(at: $0, .command(CommandUsed(name: "hint")))) }.joined(separator: "\n")
        let read = TranscriptCoding.read(text).events.map(\.at)
        #expect(read.count == dates.count)
        #expect(zip(read, dates).allSatisfy { abs($0.timeIntervalSince($1)) < 0.001 })
    }

    @Test func readsWindowsLineEndingsAndBlanksAroundLines() {
        let line = TranscriptCoding.line(for: .event(at: Date(timeIntervalSince1970: 0), .command(CommandUsed(name: "hint"))))
        let contents = TranscriptCoding.read(line + "\r\n \t" + line + "\t\r\n\r\n\u{00A0}" + line + "\u{00A0}\n")
        #expect(contents.damaged.isEmpty)
        #expect(contents.events.count == 3)
        // Line numbers still count every line, blank ones included.
        let damaged = TranscriptCoding.read(line + "\r\n\r\nnot json\r\n")
        #expect(damaged.damaged.map(\.line) == [3])
    }
}
