import Testing
@testable import FilRougeCore

/// A keyword pasted by mistake, a megabyte long, is refused at its place at once: compiling it took
/// time growing with the square of its words (a phrase of 8,000 words 0.6 s, a megabyte about 18
/// minutes), and its hyphenated words doubled what it stood for.
struct LongKeywordTests {
    static func scenario(keyword: String) -> String {
        """
        id: long
        title: "A long keyword"
        language: fr
        version: "1.0"
        persona: { name: "M" }
        steps:
          - id: welcome
            question: "Q ?"
            rubric:
              - concept: clients
                keywords: ["\(keyword)", "client"]
            reactions: { good: "Bien.", partial: "Hum.", missed: "Oh." }
        endings:
          - id: fin
            says: "Au revoir."

        """
    }

    @Test func aKeywordOfAMegabyteIsRefusedWhereItIsWrittenWithAShortMessage() throws {
        let keyword = (0..<110_000).map { "client\($0)" }.joined(separator: " ")
        #expect(keyword.utf8.count > 1_000_000)
        let result = ScenarioLoader.load(Self.scenario(keyword: keyword), file: "long.yaml")
        #expect(result.scenario == nil)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.invalidKeyword])
        let error = try #require(errors.first)
        #expect(error.location == SourceLocation(file: "long.yaml", line: 11, column: 20))
        #expect(error.message == "keyword 'client0 client1 client2 client3 client4 client5 client6 clie…' has more than 100 words; a keyword is the few words that say an idea")
    }

    @Test func aKeywordOfManyHyphenatedWordsIsRefusedWhereItIsWritten() throws {
        let keyword = Array(repeating: "e-mail", count: 24).joined(separator: " ")
        let result = ScenarioLoader.load(Self.scenario(keyword: keyword), file: "long.yaml")
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.code == .invalidKeyword)
        #expect(error.location == SourceLocation(file: "long.yaml", line: 11, column: 20))
        #expect(error.message.hasSuffix("has more than 8 hyphenated words, each matched both joined and apart ('e-mail' and 'email'); write the few words that say an idea"))
    }

    @Test func aKeywordOfAHundredWordsLoads() {
        let keyword = (0..<100).map { "mot\($0)" }.joined(separator: " ")
        let result = ScenarioLoader.load(Self.scenario(keyword: keyword), file: "long.yaml")
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(result.scenario?.steps.first?.rubric.first?.concept == "clients")
    }
}
