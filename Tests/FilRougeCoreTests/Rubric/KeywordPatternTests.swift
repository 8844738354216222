import Testing
@testable import FilRougeCore

struct KeywordPatternTests {
    let analyzer = TextAnalyzer(language: .fr)

    func compile(_ source: String) -> Result<KeywordPattern, PatternError> {
        KeywordPattern.compile(source, analyzer: analyzer)
    }

    @Test func compilesWordsPhrasesAndPrefixes() throws {
        #expect(try compile("Réseau").get().alternatives == [[.word(key: "reseau")]])
        #expect(try compile("site web").get().alternatives == [[.word(key: "site"), .word(key: "web")]])
        #expect(try compile("factur*").get().alternatives == [[.prefix("factur")]])
    }

    @Test func compilesHyphensBothWays() throws {
        #expect(try compile("e-mail").get().alternatives == [[.word(key: "e"), .word(key: "mail")], [.word(key: "email")]])
        #expect(try compile("re-factur*").get().alternatives == [[.word(key: "re"), .prefix("factur")], [.prefix("refactur")]])
    }

    @Test func refusesMisplacedStarsAndEmptyKeywords() {
        #expect(compile("*web") == .failure(.misplacedStar))
        #expect(compile("fa*ture") == .failure(.misplacedStar))
        #expect(compile("web**") == .failure(.misplacedStar))
        #expect(compile("web *") == .failure(.misplacedStar))
        #expect(compile("  ") == .failure(.noWord))
    }

    @Test func reportsTheShortestPrefix() throws {
        #expect(try compile("ab* cdef*").get().shortestPrefix == "ab")
        #expect(try compile("site").get().shortestPrefix == nil)
    }
}
