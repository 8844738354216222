import Testing
@testable import FilRougeCore

struct KeywordPatternTests {
    /// Without stemming, so that keys read as the words themselves.
    let plain = TextAnalyzer(language: .fr) { $0 }
    let french = TextAnalyzer(language: .fr)

    func compile(_ source: String, _ analyzer: TextAnalyzer? = nil) -> Result<KeywordPattern, PatternError> {
        KeywordPattern.compile(source, analyzer: analyzer ?? plain)
    }

    func word(_ text: String) -> PatternTerm {
        .word(key: text, folded: text, fuzzy: true)
    }

    @Test func compilesWordsPhrasesAndPrefixes() throws {
        #expect(try compile("Réseau").get().alternatives == [[word("reseau")]])
        #expect(try compile("site web").get().alternatives == [[word("site"), word("web")]])
        #expect(try compile("factur*").get().alternatives == [[.prefix("factur")]])
    }

    @Test func compilesHyphensBothWays() throws {
        #expect(try compile("e-mail").get().alternatives == [[word("e"), word("mail")], [word("email")]])
        #expect(try compile("re-factur*").get().alternatives == [[word("re"), .prefix("factur")], [.prefix("refactur")]])
    }

    @Test func stemsKeywordsLikeReplies() throws {
        #expect(try compile("Factures", french).get().alternatives == [[.word(key: "factur", folded: "factures", fuzzy: true)]])
    }

    @Test func exactKeywordsSkipStemmingAndTypos() throws {
        #expect(try compile("=RGPD", french).get().alternatives == [[.exact("rgpd")]])
        #expect(try compile("=site web", french).get().alternatives == [[.exact("site"), .exact("web")]])
    }

    @Test func numbersInDigitsAndWordsAreOneTerm() throws {
        #expect(try compile("50 euros").get().alternatives.first?.first == .number("50", tokenCount: 1))
        #expect(try compile("cinquante").get().alternatives == [[.number("50", tokenCount: 1)]])
        #expect(try compile("quatre-vingt-dix").get().alternatives == [[.number("90", tokenCount: 3)]])
    }

    @Test func negationWordsAreNeverFuzzy() throws {
        #expect(try compile("jamais").get().alternatives == [[.word(key: "jamais", folded: "jamais", fuzzy: false)]])
    }

    @Test func refusesMisplacedStarsAndEmptyKeywords() {
        #expect(compile("*web") == .failure(.misplacedStar))
        #expect(compile("fa*ture") == .failure(.misplacedStar))
        #expect(compile("web**") == .failure(.misplacedStar))
        #expect(compile("web *") == .failure(.misplacedStar))
        #expect(compile("  ") == .failure(.noWord))
        #expect(compile("=") == .failure(.noWord))
    }

    @Test func reportsTheShortestPrefix() throws {
        #expect(try compile("ab* cdef*").get().shortestPrefix == "ab")
        #expect(try compile("site").get().shortestPrefix == nil)
    }
}
