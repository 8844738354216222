import Foundation
import Testing
@testable import FilRougeCore

/// Transcript dates: the form they are written with, read without a date parser, and the other
/// forms of ISO 8601, read by Foundation's.
struct TranscriptDateTests {
    @Test(arguments: [
        ("2026-11-29T03:57:23.250Z", 1_795_924_643.25), ("1970-01-01T00:00:00.000Z", 0), ("2000-02-29T23:59:59.500Z", 951_868_799.5),
        ("1999-12-31T12:00:00.5Z", 946_641_600.5), ("2400-02-29T01:02:03.000Z", 13_574_566_923), ("1969-07-20T20:17:40.000Z", -14_182_940),
        ("2026-03-01T00:00:00.125000Z", 1_772_323_200.125),
    ])
    func readsTheWrittenFormWithoutAParser(text: String, seconds: Double) throws {
        let date = try #require(text.utf8CString.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: UInt8.self) { TranscriptDate.parseWritten(UnsafeBufferPointer(rebasing: $0.dropLast())) }
        })
        #expect(date.timeIntervalSince1970 == seconds)
        #expect(TranscriptDate.parse(text) == date)
    }

    /// Other forms, impossible dates, and dates before the Gregorian calendar (which Foundation
    /// writes as Julian) are not the written form.
    @Test(arguments: [
        "2026-02-30T00:00:00.000Z", "2026-11-29T24:00:00.000Z", "2026-11-29 03:57:23.231Z", "2026-11-29T03:57:23.231+01:00",
        "2026-11-29T03:57:23Z", "x", "1013-11-29T06:23:17.294Z", "1582-12-31T00:00:00.000Z",
    ])
    func otherFormsAreNotTheWrittenForm(text: String) {
        var text = text
        #expect(text.withUTF8(TranscriptDate.parseWritten) == nil)
    }

    @Test(arguments: [
        ("2026-11-29T04:57:23.250+01:00", 1_795_924_643.25), ("2026-11-29T03:57:23Z", 1_795_924_643), ("2026-11-29T03:57:23.250+0000", 1_795_924_643.25),
    ])
    func readsOtherFormsOfISO8601(text: String, seconds: Double) {
        #expect(TranscriptDate.parse(text) == Date(timeIntervalSince1970: seconds))
    }

    @Test(arguments: ["2026-11-29 03:57:23", "2026-11-29", "yesterday", ""])
    func refusesWhatIsNoDate(text: String) {
        #expect(TranscriptDate.parse(text) == nil)
    }

    @Test func readsEveryDateOfAWrittenTranscript() {
        let dates = (0..<200).map { Date(timeIntervalSince1970: 1_700_000_000 + Double($0) * 12_345.678) }
        let text = dates.map { TranscriptLineWriter.line(for: .event(at: $0, .command(CommandUsed(name: "hint")))) }.joined(separator: "\n")
        let read = TranscriptContents(text: text).events.map(\.at)
        #expect(read.count == dates.count)
        #expect(zip(read, dates).allSatisfy { abs($0.timeIntervalSince($1)) < 0.001 })
    }
}
