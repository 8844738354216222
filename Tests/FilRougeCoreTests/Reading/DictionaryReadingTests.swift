import FilRougeDictionary
import Testing
@testable import FilRougeCore

/// What the installed dictionary adds to the reader (lemmas, spelling), and what is left without
/// one: grading on Snowball stems alone, as on a system where no dictionary is installed.
struct DictionaryReadingTests {
    static func status(_ reply: String, _ keyword: String, _ analyzer: TextAnalyzer) -> CriterionStatus {
        let rubric = CompiledRubric(criteria: [Criterion(concept: "c", patterns: [keyword])], thresholds: .standard, analyzer: analyzer)
        return rubric.evaluate(analyzer.tokens(of: reply)).criteria[0].status
    }

    static let withoutDictionary = TextAnalyzer(language: .fr, dictionary: nil)

    @Test func lemmasComeFromTheDictionary() throws {
        let analyzer = TextAnalyzer(language: .fr)
        try #require(InstalledDictionaries.french != nil, "the French dictionary is not installed: run scripts/setup")
        let tokens = analyzer.tokens(of: "ils envoient, ils vont")
        #expect(tokens[1].lemmaKeys == ["envoi"], "envoient → envoyer, stemmed as envoyer is")
        #expect(tokens[3].lemmaKeys == ["aller"])
        #expect(tokens[1].spelling == .known)
        #expect(analyzer.tokens(of: "concurents")[0].spelling == .unknown)
    }

    @Test func withoutADictionaryWordsHaveTheirStemsAlone() {
        let tokens = Self.withoutDictionary.tokens(of: "ils envoient des factures")
        #expect(tokens.allSatisfy { $0.lemmaKeys.isEmpty && $0.spelling == .unchecked })
        #expect(tokens[3].key == "factur")
    }

    @Test func withoutADictionaryGradingStillWorks() {
        #expect(Self.status("Envoie des factures électroniques", "facturation", Self.withoutDictionary) == .met)
        #expect(Self.status("Je n'ai pas besoin d'un site web", "site web", Self.withoutDictionary) == .negated)
        #expect(Self.status("linkdin", "linkedin", Self.withoutDictionary) == .met, "misspellings are still forgiven")
        #expect(Self.status("cite", "site", Self.withoutDictionary) == .missed, "short words are not")
        // Only the dictionary knows that *envoient* is a form of *envoyer*.
        #expect(Self.status("ils envoient", "envoyer", Self.withoutDictionary) == .missed)
        #expect(Self.status("ils envoient", "envoyer", TextAnalyzer(language: .fr)) == .met)
    }

    @Test func aWordTheDictionaryKnowsIsNeverAMisspelling() {
        let analyzer = TextAnalyzer(language: .fr)
        // *fracture* is one edit from *facture* and long enough to be forgiven, but it is a word.
        #expect(Self.status("une fracture", "facture", analyzer) == .missed)
        #expect(Self.status("une fracture", "facture", Self.withoutDictionary) == .met, "without the dictionary it is taken for a typo")
    }

    @Test func homographsOfGrammaticalWordsAreNotTheirLemmas() {
        let analyzer = TextAnalyzer(language: .fr)
        #expect(Self.status("tu peux leur plaire", "taire", analyzer) == .missed)
        #expect(Self.status("plus de clients", "plaire", analyzer) == .missed)
        #expect(Self.status("ils sont présents en ligne", "être présent", analyzer) == .met)
    }

    @Test func theDegradedNoticeSaysHowToInstall() {
        #expect(DictionaryNotice.missing(.fr).contains("apt-get install hunspell-fr"))
        #expect(DictionaryNotice.missing(.en).contains("apt-get install hunspell-en-us"))
    }
}
