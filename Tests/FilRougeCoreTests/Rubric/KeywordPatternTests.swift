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

    @Test func aKeywordOfAHundredWordsCompilesAndOneMoreIsRefused() throws {
        let words = (1...101).map { "mot\($0)" }
        let hundred = try compile(words.prefix(100).joined(separator: " ")).get()
        #expect(hundred.alternatives.count == 1)
        #expect(hundred.alternatives.first?.count == 100)
        #expect(hundred.alternatives.first?.last == word("mot100"))
        #expect(compile(words.joined(separator: " ")) == .failure(.tooManyWords))
    }

    /// Each hyphenated word doubles the sequences a keyword stands for: eight make 256, a ninth is
    /// refused rather than doubling them again.
    @Test func aKeywordOfEightHyphenatedWordsCompilesAndANinthIsRefused() throws {
        let eight = try compile(Array(repeating: "e-mail", count: 8).joined(separator: " ")).get()
        #expect(eight.alternatives.count == 256)
        #expect(eight.alternatives.first == Array(repeating: [word("e"), word("mail")], count: 8).flatMap { $0 })
        #expect(eight.alternatives.last == Array(repeating: word("email"), count: 8))
        #expect(compile(Array(repeating: "e-mail", count: 9).joined(separator: " ")) == .failure(.tooManyHyphenatedWords))
    }

    @Test func aLongKeywordIsQuotedByItsFirstCharacters() {
        #expect(KeywordPattern.excerpt(of: "site web") == "site web")
        #expect(KeywordPattern.excerpt(of: String(repeating: "é", count: 61)) == String(repeating: "é", count: 60) + "…")
    }
}
