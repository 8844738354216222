import Testing
@testable import FilRougeCore

/// Which keywords can never match, and which would meet most replies, as the analysis reads them.
struct KeywordReachTests {
    static let french = TextAnalyzer(language: .fr, dictionary: nil)
    static let english = TextAnalyzer(language: .en, dictionary: nil)

    @Test(arguments: [
        ("l'", ["l'"]),
        ("qu'", ["qu'"]),
        ("jusqu'", ["jusqu'"]),
        ("l’", ["l’"]),
        ("l' expert", ["l'"]),
        ("d' l'", ["d'", "l'"]),
        ("=l'", ["l'"]),
        ("n'accède qu'", ["qu'"]),
    ])
    func frenchElidedWordsAloneCanNeverMatch(keyword: String, unreachable: [String]) {
        #expect(KeywordReach(of: keyword, analyzer: Self.french).unreachableWords == unreachable)
    }

    @Test(arguments: ["l'expert", "qu'il", "aujourd'hui", "expert", "don'", "prud'hommes", "facture*"])
    func frenchWordsReadInRepliesAreReachable(keyword: String) {
        #expect(KeywordReach(of: keyword, analyzer: Self.french).unreachableWords == [])
    }

    @Test func theEnglishPossessiveAloneCanNeverMatch() {
        #expect(KeywordReach(of: "'s", analyzer: Self.english).unreachableWords == ["'s"])
        #expect(KeywordReach(of: "client 's", analyzer: Self.english).unreachableWords == ["'s"])
        #expect(KeywordReach(of: "client's", analyzer: Self.english).unreachableWords == [])
        // An English `l'` is no elision: a reply's `l'x` keeps its `l'`.
        #expect(KeywordReach(of: "l'", analyzer: Self.english).unreachableWords == [])
    }

    @Test(arguments: [
        ("de la", ["de", "la"]),
        ("est", ["est"]),
        ("très", ["très"]),
        ("Il EST", ["Il", "EST"]),
        ("=le", ["le"]),
        ("un", ["un"]),
    ])
    func frenchCommonWordsWouldMeetMostReplies(keyword: String, words: [String]) {
        #expect(KeywordReach(of: keyword, analyzer: Self.french).commonWords == words)
    }

    @Test(arguments: [
        "il est temps", // three words: a sequence common words rarely form by chance
        "pourquoi tu", // an adverb beside a function word
        "très très", // two adverbs
        "site web", "de*", "rien", "pas", "jamais", "comme avant tout", "toujours comme avant",
    ])
    func frenchKeywordsThatNameSomethingAreLeftAlone(keyword: String) {
        #expect(KeywordReach(of: keyword, analyzer: Self.french).commonWords == [])
    }

    @Test func englishCommonWordsWouldMeetMostReplies() {
        #expect(KeywordReach(of: "the", analyzer: Self.english).commonWords == ["the"])
        #expect(KeywordReach(of: "of the", analyzer: Self.english).commonWords == ["of", "the"])
        #expect(KeywordReach(of: "with you", analyzer: Self.english).commonWords == ["with", "you"])
        #expect(KeywordReach(of: "really", analyzer: Self.english).commonWords == ["really"])
        #expect(KeywordReach(of: "one by one", analyzer: Self.english).commonWords == [])
        #expect(KeywordReach(of: "not", analyzer: Self.english).commonWords == [])
        #expect(KeywordReach(of: "nothing", analyzer: Self.english).commonWords == [])
        #expect(KeywordReach(of: "own it", analyzer: Self.english).commonWords == [])
        #expect(KeywordReach(of: "website", analyzer: Self.english).commonWords == [])
    }

    /// The lists are of the size the docs give, folded, and leave negation words out.
    @Test func theListsAreOfCommonWordsWithoutNegations() {
        #expect((150...250).contains(CommonWords.words(of: .fr).count))
        #expect((150...250).contains(CommonWords.words(of: .en).count))
        #expect(CommonWords.contains("a", in: .fr) && CommonWords.contains("etre", in: .fr))
        for negation in ["pas", "rien", "jamais", "personne", "aucun", "ne", "non", "sans", "ni"] {
            #expect(!CommonWords.contains(negation, in: .fr), "\(negation)")
        }
        for negation in ["not", "no", "never", "nothing", "nobody", "none", "without", "nor", "neither"] {
            #expect(!CommonWords.contains(negation, in: .en), "\(negation)")
        }
    }
}
