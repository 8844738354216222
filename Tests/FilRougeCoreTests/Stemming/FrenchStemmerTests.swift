import Testing
@testable import FilRougeCore

@Suite("French stemmer")
struct FrenchStemmerTests {
    let stemmer = FrenchStemmer()

    @Test("Forms of one word share a stem")
    func wordFamily() {
        let stems = Set(["facturation", "factures", "facturer", "facture"].map(stemmer.stem))
        #expect(stems == ["factur"])
    }

    @Test("Elisions with an ASCII apostrophe are removed, when a word follows")
    func elisions() {
        #expect(stemmer.stem("l'adresse") == "adress")
        #expect(stemmer.stem("qu'il") == "il")
        #expect(stemmer.stem("d'") == "d'")
        #expect(stemmer.stem("aujourd'hui") == "aujourd'hui")
    }

    @Test("-ais and -aise endings, with their exceptions")
    func aisEndings() {
        #expect(stemmer.stem("française") == "franc")
        #expect(stemmer.stem("palais") == "palais")
        #expect(stemmer.stem("mauvais") == "mauvais")
    }

    @Test("Plurals in -aux and -oux")
    func xPlurals() {
        #expect(stemmer.stem("chevaux") == "cheval")
        #expect(stemmer.stem("bijoux") == "bijou")
        #expect(stemmer.stem("choux") == "chou")
    }

    @Test("Adverbs in -ment, -amment, -emment")
    func adverbs() {
        #expect(stemmer.stem("continuellement") == "continuel")
        #expect(stemmer.stem("grandement") == "grand")
        #expect(stemmer.stem("prudemment") == "prudent")
        #expect(stemmer.stem("évidemment") == "évident")
    }

    @Test("Diaereses and y survive the vowel marking")
    func markedLetters() {
        #expect(stemmer.stem("naïve") == "naïv")
        #expect(stemmer.stem("ambiguë") == "ambigu")
        #expect(stemmer.stem("noël") == "noël")
        #expect(stemmer.stem("payer") == "pai")
        #expect(stemmer.stem("yeux") == "yeux")
    }

    @Test("Degenerate input does not trap")
    func degenerateInput() {
        #expect(stemmer.stem("") == "")
        #expect(stemmer.stem("a") == "a")
        #expect(stemmer.stem("'") == "'")
    }
}
