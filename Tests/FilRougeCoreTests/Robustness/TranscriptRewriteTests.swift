import Foundation
import Testing
@testable import FilRougeCore

/// A transcript read and written again keeps its lines: found by fuzzing the reader
/// (fuzz/targets/transcript-reader.swift), which saw `.708` come back as `.707`.
struct TranscriptRewriteTests {
    static let header = #"{"format":1,"learner":"Camille","program":"filrouge 0.1.0","scenario":{"hash":"sha256:5d24","id":"alancienne","language":"en","title":"Mr Alancienne's firm","version":"1.0"},"seed":2,"started":"2026-11-29T06:23:14.708Z","type":"header"}"#
    static let reply = #"{"at":"2826-11-29T06:23:14.287Z","attempt":1,"step":"a","text":"Oui","type":"reply"}"#

    @Test func linesReadAndWrittenAgainAreTheSame() throws {
        let contents = TranscriptContents(text: Self.header + "\n" + Self.reply + "\n")
        #expect(contents.damaged.isEmpty)
        let header = try #require(contents.header)
        let event = try #require(contents.events.first)
        #expect(TranscriptLineWriter.line(for: .header(header)) == Self.header)
        #expect(TranscriptLineWriter.line(for: .event(at: event.at, event.event)) == Self.reply)
    }

    /// Found by the fuzz smoke: before the Gregorian calendar, Foundation writes Julian dates, and
    /// a shortcut reading them as Gregorian moved them by days.
    @Test(arguments: ["1013-11-29T06:23:17.294Z", "1582-10-04T12:00:00.000Z", "0001-01-01T00:00:00.000Z", "1583-01-01T00:00:00.000Z"])
    func datesBeforeTheGregorianCalendarAreWrittenAsRead(text: String) throws {
        let line = #"{"at":"\#(text)","changes":{"trust":-1},"step":"team","type":"counters","values":{"trust":-2}}"#
        let event = try #require(TranscriptContents(text: line).events.first)
        #expect(TranscriptLineWriter.line(for: .event(at: event.at, event.event)) == line)
    }

    /// Found by fuzzing: a counters line with several counts of the wrong type was reported at
    /// one or another of them, as a dictionary's hash order fell, so that reading one file twice
    /// gave two different reports.
    @Test func aLineWithSeveralWrongCountsIsAlwaysReportedAtTheFirstByName() {
        let line = #"{"at":"2026-11-29T06:23:17.294Z","changes":{"trust":-1},"step":"team","type":"counters","values":{"trust":"x","text":"y","id":"z","language":"en","title":"t","version":"1.0","seed":2}}"#
        let reasons = Set((0..<40).map { _ in TranscriptContents(text: line).damaged.map(\.reason) })
        #expect(reasons == [["not a transcript entry (wrong type at 'values.id')"]])
    }

    @Test func everyMillisecondOfASecondIsWrittenAsRead() throws {
        for millisecond in 0..<1000 {
            let text = "2026-11-29T06:23:14." + String(format: "%03d", millisecond) + "Z"
            let line = #"{"at":"\#(text)","name":"hint","type":"command"}"#
            let event = try #require(TranscriptContents(text: line).events.first)
            #expect(UTCTimestamp.string(event.at) == text)
        }
    }

    @Test func timesAreRoundedToTheNearestMillisecond() {
        #expect(UTCTimestamp.string(Date(timeIntervalSince1970: 1.9996)) == "1970-01-01T00:00:02.000Z")
        #expect(UTCTimestamp.string(Date(timeIntervalSince1970: 1.0004)) == "1970-01-01T00:00:01.000Z")
        #expect(UTCTimestamp.string(Date(timeIntervalSince1970: -0.001)) == "1969-12-31T23:59:59.999Z")
    }
}
