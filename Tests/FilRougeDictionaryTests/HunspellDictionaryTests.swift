import FilRougeDictionary
import Foundation
import Testing

/// The installed dictionaries, read through Hunspell: what the reader's lemmas and spelling rest on.
/// `scripts/setup` installs them, so their absence is a failure here, not a reason to skip.
struct HunspellDictionaryTests {
    static func french() throws -> HunspellDictionary {
        try #require(InstalledDictionaries.french, "the French dictionary (hunspell-fr) is not installed: run scripts/setup")
    }

    static func english() throws -> HunspellDictionary {
        try #require(InstalledDictionaries.english, "the English dictionary (hunspell-en-us) is not installed: run scripts/setup")
    }

    @Test func frenchVerbFormsHaveTheirInfinitive() throws {
        let french = try Self.french()
        #expect(french.lemmas(of: "envoient") == ["envoyer"])
        #expect(french.lemmas(of: "vont") == ["aller"])
        #expect(french.lemmas(of: "peut") == ["pouvoir"])
        #expect(french.lemmas(of: "attendent") == ["attendre"])
        #expect(try #require(french.lemmas(of: "fait")).contains("faire"))
    }

    /// The French dictionary tells a verb that may be in the imperative (*choisis*, *explique*) from
    /// a word that may not (*site*, *choisissent*); the English one has no morphology to tell it.
    @Test func frenchImperativesAreTold() throws {
        let french = try Self.french()
        #expect(french.analysis(of: "choisis")?.mayBeImperative == true)
        #expect(french.analysis(of: "explique")?.mayBeImperative == true)
        #expect(french.analysis(of: "site")?.mayBeImperative == false)
        #expect(french.analysis(of: "choisissent")?.mayBeImperative == false)
        #expect(try Self.english().analysis(of: "choose")?.mayBeImperative == false)
    }

    /// A grammatical word keeps itself: *tu* is not read as the past participle of *taire*, nor
    /// *plus* as a form of *plaire*, nor *la* as a form of *le*.
    @Test func grammaticalWordsAreTheirOwnLemma() throws {
        let french = try Self.french()
        #expect(french.lemmas(of: "tu") == ["tu"])
        #expect(french.lemmas(of: "plus") == ["plus"])
        #expect(french.lemmas(of: "mais") == ["mais"])
        #expect(french.lemmas(of: "la") == ["la"])
        #expect(french.lemmas(of: "sont") == ["être"], "a verb keeps its infinitive")
    }

    @Test func wordsTheDictionaryDoesNotKnowHaveNoLemma() throws {
        let french = try Self.french()
        #expect(french.lemmas(of: "concurents") == nil)
        #expect(french.lemmas(of: "reseau") == nil)
        #expect(!french.knows("linkdin"))
        #expect(french.knows("cite"))
        #expect(french.knows("numérique"))
    }

    @Test func englishPluralsHaveTheirSingular() throws {
        let english = try Self.english()
        #expect(english.lemmas(of: "websites") == ["website"])
        #expect(english.lemmas(of: "clients") == ["client"])
        #expect(english.lemmas(of: "custmers") == nil)
    }

    @Test func suggestionsCorrectAMisspeltWord() throws {
        #expect(try Self.french().suggestions(for: "concurents").contains("concurrents"))
        #expect(try Self.english().suggestions(for: "custmers").contains("customers"))
    }

    @Test func wordsNoDictionaryHoldsAreNotAsked() throws {
        let french = try Self.french()
        #expect(french.lemmas(of: "") == nil)
        #expect(french.lemmas(of: String(repeating: "a", count: 10_000)) == nil)
        #expect(french.lemmas(of: "site\u{0}web") == nil)
        #expect(french.suggestions(for: String(repeating: "é", count: 5_000)).isEmpty)
    }

    @Test func missingFilesOpenNoDictionary() {
        #expect(HunspellDictionary(affixFile: "/nonexistent/fr.aff", wordFile: "/nonexistent/fr.dic") == nil)
    }
}
