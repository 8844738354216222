import Foundation
import Testing
@testable import FilRougeCore

/// The typed decoding of transcript lines (`JSONLineReader` and `TranscriptLineDecodable`) must give
/// exactly what Foundation's decoder gives through the types' Codable conformances, or refuse the
/// line and leave it to that decoder: on the lines it takes shortcuts for (members read in one pass
/// whatever their order, strings read a word at a time), on lines written by hand, and on the
/// damaged lines of the fixtures.
struct TranscriptLineReaderTests: ComparesLineDecoders {
    static let at = #""at":"2026-11-29T03:57:23.231Z""#

    static let evidence = #"{"attempt":1,"edits":0,"keyword":"client","match":"word","ranges":[{"end":7,"start":1}],"text":"client"}"#

    static func evaluation(criterion: String) -> String {
        #"{\#(TranscriptLineReaderTests.at),"attempt":1,"combined":false,"evaluation":{"band":"good","criteria":[\#(criterion)],"score":0.75},"step":"s","type":"evaluation"}"#
    }

    static func criterion(evidence: String = evidence, extra: String = "") -> String {
        #"{"concept":"c","evidence":[\#(evidence)],"label":"l","negated_evidence":[]\#(extra),"required":true,"status":"met","weight":2}"#
    }

    /// Lines this program does not write but that are transcript entries all the same: the quick
    /// decoder must read them, as Foundation does.
    @Test(arguments: [
        // Keys out of order, and a key the types do not know.
        #"{"type":"reply","text":"t","step":"a","attempt":1,\#(TranscriptLineReaderTests.at),"mood":"calm"}"#,
        // A key written with an escape.
        #"{"type":"reply",\#(TranscriptLineReaderTests.at),"attempt":1,"step":"a","\u0074ext":"t"}"#,
        // Optional members absent, null or present.
        #"{\#(TranscriptLineReaderTests.at),"kind":"says","step":"s","text":"t","type":"friend"}"#,
        #"{\#(TranscriptLineReaderTests.at),"band":null,"kind":"reaction","step":"s","text":"t","type":"friend"}"#,
        #"{\#(TranscriptLineReaderTests.at),"band":"partial","kind":"reaction","step":"s","text":"t","type":"friend"}"#,
        #"{\#(TranscriptLineReaderTests.at),"number":3,"step":"s","type":"hint"}"#,
        #"{\#(TranscriptLineReaderTests.at),"number":3,"step":"s","text":null,"type":"hint"}"#,
        // Counters with names that are not ASCII, and a change of zero.
        #"{\#(TranscriptLineReaderTests.at),"changes":{"intérêt":-2,"confiance":0},"step":"s","type":"counters","values":{"intérêt":-12,"confiance":3}}"#,
        // A seed above Int64.max, a learner with escapes.
        #"{"format":1,"learner":"Zo\u00e9 \"\\","program":"p","scenario":{"hash":"sha256:00","id":"x","language":"en","title":"T","version":"1"},"seed":18446744073709551615,"started":"2026-11-29T03:57:23.231Z","type":"header"}"#,
        // Evidence with a detail, a negated one, ranges out of order, a weight below zero.
        evaluation(criterion: criterion(evidence: #"{"attempt":2,"detail":"linkdin ≈ linkedin (1 edit)","edits":1,"keyword":"linkedin","match":"typo","ranges":[{"end":9,"start":3},{"end":2,"start":0}],"text":"linkdin"}"#)),
        evaluation(criterion: #"{"concept":"m","evidence":[],"label":"l","negated_evidence":[\#(evidence)],"required":false,"status":"negated","weight":-1.5}"#),
        // Numbers as integers where doubles are read, and an exponent.
        #"{\#(TranscriptLineReaderTests.at),"attempt":1,"combined":true,"evaluation":{"band":"missed","criteria":[],"score":0},"step":"s","type":"evaluation"}"#,
        #"{\#(TranscriptLineReaderTests.at),"attempts":2,"band":"good","criteria":[{"concept":"c","label":"l","misconception":false,"status":"met"}],"score":1E0,"step":"s","type":"step_completed"}"#,
        // An end with and without its ending.
        #"{\#(TranscriptLineReaderTests.at),"ending":"happy","reason":"completed","summary":{"band":"good","score":0.5,"steps":[]},"type":"end"}"#,
        #"{\#(TranscriptLineReaderTests.at),"reason":"quit","summary":{"band":"missed","score":0,"steps":[{"attempts":1,"band":"missed","criteria":[],"score":0,"step":"s"}]},"type":"end"}"#,
        // Members nobody reads, nested, and a member of another kind of entry that reads as its kind.
        #"{\#(TranscriptLineReaderTests.at),"attempt":1,"mood":{"a":[1,-2.5e3,{"b":null,"c":[true,false]}],"d":"\u00e9"},"step":"s","text":"t","type":"reply"}"#,
        #"{\#(TranscriptLineReaderTests.at),"attempt":1,"band":"good","number":4,"step":"s","text":"t","type":"reply"}"#,
        // Blanks everywhere JSON allows them.
        " {\t\"type\" : \"command\" ,\r\n \"at\" : \"2026-11-29T03:57:23.231Z\" , \"name\" : \"hint\" } ",
    ])
    func readsLinesWrittenOtherwiseAsFoundationDoes(line: String) throws {
        let expected = try #require(foundation(line))
        #expect(quick(line) == expected)
    }

    /// Lines Foundation's decoder refuses, most of them deep inside an evaluation: the quick
    /// decoder must not read them either, so that they are reported as damaged, with Foundation's
    /// reason.
    @Test(arguments: [
        evaluation(criterion: criterion(evidence: TranscriptLineReaderTests.evidence.replacingOccurrences(of: #""edits":0"#, with: #""edits":"0""#))),
        evaluation(criterion: criterion(evidence: TranscriptLineReaderTests.evidence.replacingOccurrences(of: #""match":"word""#, with: #""match":"glance""#))),
        evaluation(criterion: criterion(evidence: TranscriptLineReaderTests.evidence.replacingOccurrences(of: #"{"end":7,"start":1}"#, with: #"{"end":7}"#))),
        evaluation(criterion: criterion(evidence: TranscriptLineReaderTests.evidence.replacingOccurrences(of: #""text":"client""#, with: #""text":null"#))),
        evaluation(criterion: criterion().replacingOccurrences(of: #""weight":2"#, with: #""weight":"2""#)),
        evaluation(criterion: criterion().replacingOccurrences(of: #""status":"met""#, with: #""status":"MET""#)),
        evaluation(criterion: criterion().replacingOccurrences(of: #","negated_evidence":[]"#, with: "")),
        evaluation(criterion: "[]"),
        #"{\#(TranscriptLineReaderTests.at),"changes":{"trust":1.5},"step":"s","type":"counters","values":{"trust":1}}"#,
        #"{\#(TranscriptLineReaderTests.at),"attempts":2,"band":"good","criteria":[{"concept":"c","label":"l","status":"met"}],"score":1,"step":"s","type":"step_completed"}"#,
        #"{\#(TranscriptLineReaderTests.at),"reason":"stopped","summary":{"band":"good","score":0.5,"steps":[]},"type":"end"}"#,
        #"{"format":1,"program":"p","scenario":{"hash":"h","id":"x","language":"de","title":"T","version":"1"},"seed":1,"started":"2026-11-29T03:57:23.231Z","type":"header"}"#,
        #"{"format":1,"program":"p","scenario":{"hash":"h","id":"x","language":"en","title":"T","version":"1"},"seed":-1,"started":"2026-11-29T03:57:23.231Z","type":"header"}"#,
        #"{"type":"reply",\#(TranscriptLineReaderTests.at),"attempt":1,"step":"a","text":["t"]}"#,
    ])
    func refusesLinesFoundationRefuses(line: String) {
        #expect(foundation(line) == nil)
        #expect(quick(line) == nil)
    }

    /// A key written twice: Foundation reads the line (its first value), the quick decoder leaves
    /// it to Foundation rather than guess, whether the keys are written alike or not.
    @Test(arguments: [
        evaluation(criterion: criterion(extra: #","label":"twice""#)),
        #"{\#(TranscriptLineReaderTests.at),"changes":{"trust":1,"tr\u0075st":2},"step":"s","type":"counters","values":{"trust":1}}"#,
        #"{"type":"reply",\#(TranscriptLineReaderTests.at),"attempt":1,"step":"a","text":"t","text":"u"}"#,
    ])
    func leavesDuplicateKeysToFoundation(line: String) throws {
        #expect(quick(line) == nil)
        let expected = try #require(foundation(line))
        #expect(TranscriptCoding.read(line).events.map { TranscriptEntry.event(at: $0.at, $0.event) } == [expected])
    }

    /// A line's members are read before its type is known: one that the entry does not use but
    /// that does not read as what it holds elsewhere (`band` is a band) has the line left to
    /// Foundation, which ignores it, rather than read wrong.
    @Test(arguments: [
        #"{\#(TranscriptLineReaderTests.at),"attempt":1,"band":"weird","step":"s","text":"t","type":"reply"}"#,
        #"{\#(TranscriptLineReaderTests.at),"attempt":1,"evaluation":[],"step":"s","text":"t","type":"reply"}"#,
        #"{\#(TranscriptLineReaderTests.at),"step":"s","summary":null,"text":"t","type":"narration"}"#,
    ])
    func leavesMembersOfOtherEntriesThatDoNotReadToFoundation(line: String) throws {
        #expect(quick(line) == nil)
        let expected = try #require(foundation(line))
        #expect(TranscriptCoding.read(line).events.map { TranscriptEntry.event(at: $0.at, $0.event) } == [expected])
    }

    /// Strings are read eight bytes at a time: a quote, a backslash, a control character or a
    /// character beyond ASCII must be seen wherever it falls in a word.
    @Test(arguments: [#"\""#, #"\\"#, #"\n"#, #"\u0007"#, "é", "’", "😀", "\u{1B}", "\t", "\u{7F}"])
    func readsEveryByteOfAStringWhereverItFalls(special: String) {
        for before in 0..<20 {
            for after in [0, 1, 7, 8, 9] {
                let text = String(repeating: "a", count: before) + special + String(repeating: "b", count: after)
                let line = #"{\#(TranscriptLineReaderTests.at),"attempt":1,"step":"s","text":"\#(text)","type":"reply"}"#
                let expected = foundation(line)
                #expect(quick(line) == expected, "\(line)")
                // Raw control characters are not JSON; everything else is read.
                #expect((expected == nil) == ["\u{1B}", "\t"].contains(special), "\(line)")
            }
        }
    }

    /// Keys are compared by their bytes while they are plain ASCII; a key that is not may equal an
    /// ASCII one as Swift compares strings (U+212A KELVIN SIGN is `K`), and the quick decoder must
    /// not read such a line differently from Foundation.
    @Test func keysThatAreNotASCIIAreComparedAsStrings() {
        let line = #"{\#(TranscriptLineReaderTests.at),"changes":{"K":1,"\#u{212A}":2},"step":"s","type":"counters","values":{"K":1}}"#
        #expect(quick(line) == nil || quick(line) == foundation(line))
    }

    /// The fixtures of the digest tests: whole transcripts with damaged lines, a file without a
    /// header, another scenario, bytes that are not UTF-8. Every line reads as Foundation reads it,
    /// and most are read without it.
    @Test func readsTheFixturesAsFoundationDoes() throws {
        let folder = CalibrationFixtures.directory.appendingPathComponent("digest")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jsonl") }
        #expect(files.count >= 8)
        var read = 0
        var quickly = 0
        for file in files {
            let text = String(decoding: try Data(contentsOf: folder.appendingPathComponent(file)), as: UTF8.self)
            for line in text.split(separator: "\n").map(String.init) where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                let expected = foundation(line)
                let fast = quick(line)
                #expect(fast == nil || fast == expected, "\(file): \(line)")
                if expected != nil { read += 1 }
                if fast != nil { quickly += 1 }
            }
        }
        #expect(read > 80)
        #expect(quickly == read)
    }
}
