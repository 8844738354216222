import Foundation
import FilRougeTestSupport
import Testing

/// `filrouge check` on the mistakes trainers make writing scenario files: keywords that can never
/// match or would meet most replies, quotes left open, paragraphs cut in `|` blocks, numbers too
/// large; and the summary line agrees with its counts.
struct CheckTrainerMistakesEndToEndTests {
    static let fixtures = TrainerCommandsEndToEndTests.coreFixtures

    /// The golden diagnostics `Fixtures/NAME.expected.txt` of the core tests, which `output` shows before `summary`.
    static func golden(_ name: String, for output: String, followedBy summary: String) throws -> String {
        try GoldenFile.text(fixtures.appendingPathComponent("\(name).expected.txt"), for: output, followedBy: summary)
    }

    @Test func keywordsThatReachNothingOrEverythingAreWarnedAbout() throws {
        let run = try FilRougeBinary.run(["check", "keyword-reach.yaml"], directory: Self.fixtures)
        #expect(run.status == 0)
        let summary = "keyword-reach.yaml: 1 step, 1 ending, 7 warnings\n"
        #expect(run.output == (try Self.golden("keyword-reach", for: run.output, followedBy: summary)) + summary)
        #expect(run.output.contains("keyword-reach.yaml:15:20: warning: keyword 'l'' can never match: replies are read without 'l''"))
        #expect(run.output.contains("keyword-reach.yaml:9:13: warning: keyword 'de la' would meet most replies: 'de' and 'la' are both among the commonest French words"))
        let strict = try FilRougeBinary.run(["check", "--strict", "keyword-reach-en.yaml"], directory: Self.fixtures)
        #expect(strict.status == 1)
        #expect(strict.output.hasSuffix("keyword-reach-en.yaml: 1 step, 1 ending, 4 warnings\n"))
        #expect(strict.output.contains("[unmatchable-keyword]") && strict.output.contains("[common-keyword]"))
    }

    @Test func aQuoteLeftOpenIsShownWhereItOpens() throws {
        let run = try FilRougeBinary.run(["check", "unclosed-quote-later.yaml"], directory: Self.fixtures)
        #expect(run.status == 1)
        #expect(run.output == """
            unclosed-quote-later.yaml:4:8: error: YAML syntax: the double quote opened at line 4 column 8 is never closed on its line: the text runs on to line 16, where the next double quote ends it (the parser stopped at line 16, column 25: did not find expected key) [yaml-syntax]
            title: "La boulangerie
                   ^
            unclosed-quote-later.yaml: 1 error, 0 warnings

            """)
        let flow = try FilRougeBinary.run(["check", "--format", "json", "unclosed-quote-flow.yaml"], directory: Self.fixtures)
        #expect(flow.status == 1)
        #expect(flow.output.contains("\"message\" : \"YAML syntax: the double quote opened at line 17 column 41 is never closed"))
        #expect(flow.output.contains("\"line\" : 17"))
    }

    @Test func aParagraphCutInALiteralBlockIsWarnedAbout() throws {
        let run = try FilRougeBinary.run(["check", "paragraph-line-break.yaml"], directory: Self.fixtures)
        #expect(run.status == 0)
        let summary = "paragraph-line-break.yaml: 1 step, 1 ending, 2 warnings\n"
        #expect(run.output == (try Self.golden("paragraph-line-break", for: run.output, followedBy: summary)) + summary)
    }

    @Test func aNumberTooLargeIsSaidToBe() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = try String(contentsOf: Self.fixtures.appendingPathComponent("keyword-reach-en.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "persona: { name: \"Mr Careful\" }", with: "persona: { name: \"Mr Careful\" }\ncounters: { trust: 99999999999999999999 }")
            .replacingOccurrences(of: "keywords: [\"the\", \"of the\", \"one by one\"]", with: "keywords: [\"one by one\"]\n        weight: 1e400")
        try source.write(to: directory.appendingPathComponent("large.yaml"), atomically: true, encoding: .utf8)
        let run = try FilRougeBinary.run(["check", "large.yaml"], directory: directory)
        #expect(run.status == 1)
        #expect(run.output.contains("large.yaml:8:20: error: the number 99999999999999999999 is too large: whole numbers go up to 9223372036854775807 [invalid-value]"))
        #expect(run.output.contains("large.yaml:17:17: error: the number 1e400 is too large [invalid-value]"))
        #expect(!run.output.contains("wrong-type"))
        #expect(run.output.hasSuffix("large.yaml: 2 errors, 3 warnings\n"))
    }
}
