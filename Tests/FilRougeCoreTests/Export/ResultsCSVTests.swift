import Foundation
import Testing
@testable import FilRougeCore

struct ResultsCSVTests {
    /// The export read back with the calibration's RFC 4180 reader: one list of cells per row.
    func rows(_ text: String) -> [[String]] {
        let result = CSVReader.read(text, file: "export.csv")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return result.records.map { $0.fields.map(\.value) }
    }

    @Test func writesOneRowPerAnsweredStepThatReadsBackExactly() throws {
        let conversations = ExportedConversation.collect(ExportFixtures.transcripts, anonymize: false).conversations
        #expect(conversations.map(\.source) == ["camille-1.jsonl", "dominique.jsonl", "camille-2.jsonl", "nameless.jsonl"], "no header, no export")
        let text = ResultsCSV.render(conversations)
        #expect(text.hasSuffix("\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"), "rows end with CRLF, and only rows")
        let table = rows(text)
        // The columns of docs/facilitators-guide.md, in its order.
        let columns = [
            "learner", "transcript", "scenario", "version", "step", "attempts", "reply", "score", "band",
            "criteria_met", "criteria_negated", "misconceptions_met", "started", "answered",
        ]
        #expect(table.first == columns)
        let body = table.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(columns, $0)) }
        #expect(body.allSatisfy { $0.count == 14 })

        // Each row against the transcript it comes from, read through ConversationRecord.
        var expected: [(String, ConversationRecord.Turn)] = []
        for (source, record) in ExportFixtures.transcripts where record.header != nil {
            expected += record.turns.filter { $0.result != nil }.map { (source, $0) }
        }
        #expect(body.count == expected.count)
        for (row, (source, turn)) in zip(body, expected) {
            let result = try #require(turn.result)
            #expect(row["transcript"] == source)
            #expect(row["step"] == turn.step)
            #expect(row["attempts"] == String(result.attempts))
            #expect(row["band"] == result.band.rawValue)
            #expect(row["score"] == String(format: "%.2f", result.score))
            #expect(row["scenario"] == "routes")
            #expect(row["version"] == "1")
            let reply = turn.replies.map(\.text).joined(separator: "\n")
            #expect(row["reply"] == reply || row["reply"] == "'" + reply)
        }
        // Each step as it was played: the transcripts start at 08:00:00, 08:01:40, 08:03:20 and
        // 08:05:00 on 15 January 2027, one line a second; a step with a follow-up is recorded on
        // its 11th line (Dominique's, whose counters do not change, on its 10th), a step answered
        // at once on its 8th, the second step six lines after the first.
        #expect(body.map { row in ["transcript", "step", "attempts", "score", "band", "answered"].map { row[$0] ?? "" } } == [
            ["camille-1.jsonl", "ask", "2", "1.00", "good", "2027-01-15T08:00:11.000Z"],
            ["camille-1.jsonl", "last", "1", "1.00", "good", "2027-01-15T08:00:17.000Z"],
            ["dominique.jsonl", "ask", "2", "0.50", "partial", "2027-01-15T08:01:50.000Z"],
            ["camille-2.jsonl", "ask", "1", "1.00", "good", "2027-01-15T08:03:28.000Z"],
            ["nameless.jsonl", "ask", "2", "1.00", "good", "2027-01-15T08:05:11.000Z"],
            ["nameless.jsonl", "last", "1", "1.00", "good", "2027-01-15T08:05:17.000Z"],
        ])

        let camille = try #require(body.first)
        #expect(camille["learner"] == "Camille")
        #expect(camille["step"] == "ask")
        #expect(camille["reply"] == "pears\nand apples")
        #expect(camille["attempts"] == "2")
        #expect(camille["score"] == "1.00")
        #expect(camille["criteria_met"] == "apple;pear")
        #expect(camille["started"] == "2027-01-15T08:00:00.000Z")

        let dominique = body.filter { $0["learner"] == "Dominique" }
        #expect(dominique.map { $0["step"] } == ["ask"], "the quit during the follow-up still counts the step")
        #expect(dominique.first?["reply"] == "'=HYPERLINK(\"http://example.com\",\"pears\")\nnot apples, \"sadly\"")
        #expect(dominique.first?["criteria_negated"] == "apple")
        #expect(dominique.first?["criteria_met"] == "pear")

        let nameless = body.filter { $0["transcript"] == "nameless.jsonl" }
        #expect(nameless.count == 2)
        #expect(nameless.allSatisfy { $0["learner"] == "" })
    }

    @Test func anonymizingNumbersPeopleAndHidesFileNames() {
        let conversations = ExportedConversation.collect(ExportFixtures.transcripts, anonymize: true).conversations
        let body = rows(ResultsCSV.render(conversations)).dropFirst()
        let pairs = body.map { "\($0[0]) \($0[1])" }
        #expect(pairs == [
            "1 transcript-1", "1 transcript-1",
            "2 transcript-2",
            "1 transcript-3",
            "3 transcript-4", "3 transcript-4",
        ])
        let text = ResultsCSV.render(conversations)
        #expect(!text.contains("Camille") && !text.contains("Dominique") && !text.contains(".jsonl"))
    }

    @Test(arguments: [(0.0, "0.00"), (1.0, "1.00"), (0.5, "0.50"), (2.0 / 3.0, "0.67"), (0.005, "0.01"), (0.994, "0.99")])
    func scoresHaveTwoDecimals(score: Double, text: String) {
        #expect(ScoreText.twoDecimals(score) == text)
    }

    @Test func timesKeepTheirMilliseconds() throws {
        let contents = TranscriptContents(text: #"{"at":"2026-11-29T03:57:23.231Z","name":"help","type":"command"}"#)
        let date = try #require(contents.events.first?.at)
        #expect(UTCTimestamp.string(date) == "2026-11-29T03:57:23.231Z")
        #expect(UTCTimestamp.string(Date(timeIntervalSince1970: -0.5)) == "1969-12-31T23:59:59.500Z")
    }
}
