import Testing
@testable import FilRougeCore

struct TextAnalyzerTests {
    let french = TextAnalyzer(language: .fr)
    let english = TextAnalyzer(language: .en)

    @Test func removesFrenchElisions() {
        let tokens = french.tokens(of: "L’expert qu'il faut, jusqu'ici d'abord n'ai")
        #expect(tokens.map(\.folded) == ["expert", "il", "faut", "ici", "abord", "ai"])
        #expect(tokens.map(\.elision) == ["l", "qu", nil, "jusqu", "d", "n"])
    }

    @Test func keepsApostrophesThatAreNotElisions() {
        #expect(french.tokens(of: "aujourd'hui").map(\.folded) == ["aujourd'hui"])
    }

    @Test func keepsEnglishContractionsAndDropsPossessives() {
        let tokens = english.tokens(of: "Don't forget the client's files")
        #expect(tokens.map(\.folded) == ["don't", "forget", "the", "client", "files"])
        #expect(tokens[3].text == "client")
    }

    @Test func frenchElisionIsNotAppliedToEnglish() {
        #expect(english.tokens(of: "l'expert").map(\.folded) == ["l'expert"])
    }

    @Test func splitsHyphenatedWordsAndRemembersTheWhole() {
        let tokens = french.tokens(of: "un e-mail peut-être")
        #expect(tokens.map(\.folded) == ["un", "e", "mail", "peut", "etre"])
        #expect(tokens[1].compound == Token.Compound(folded: "email", key: "email", tokenCount: 2))
        #expect(tokens[3].compound?.folded == "peutetre")
        #expect(tokens[2].compound == nil)
    }

    @Test func readsNumbers() {
        let tokens = french.tokens(of: "50€ par mois, 1,5 jour ou 2.5 heures")
        #expect(tokens.map(\.folded) == ["50", "par", "mois", "1.5", "jour", "ou", "2.5", "heures"])
        #expect(tokens.filter(\.isNumber).map(\.text) == ["50", "1,5", "2.5"])
    }

    @Test func countsSentencesAndPunctuation() {
        let tokens = french.tokens(of: "Oui, bien sûr. Mais non ! Et alors…\nFin")
        #expect(tokens.map(\.sentence) == [0, 0, 0, 1, 1, 2, 2, 3])
        #expect(tokens.map(\.followsPunctuation) == [false, true, false, true, false, true, false, true])
    }

    @Test func recordsWhichPunctuationPrecedesEachWord() {
        let tokens = french.tokens(of: "« Oui », bien sûr ; non : peut-être ?! Fin… (vraiment)\nOui")
        #expect(tokens.map(\.punctuationBefore) == [
            .other, .comma, .none, .semicolon, .colon, .none, .question, .sentenceEnd, .sentenceEnd,
        ])
        #expect(tokens.map(\.sentence) == [0, 0, 0, 1, 2, 2, 3, 4, 5])
        #expect(french.tokens(of: "site (web) / blog").map(\.punctuationBefore) == [.none, .other, .other])
    }

    @Test func rangesPointIntoTheOriginalText() {
        let text = "Écoutez l’avis des clients"
        for token in french.tokens(of: text) {
            #expect(token.range.substring(of: text) == token.text)
        }
        let avis = french.tokens(of: text)[1]
        #expect(avis.range == TextRange(start: 10, end: 14))
    }

    @Test func appliesTheKeyFormToWordsButNotNumbers() {
        let analyzer = TextAnalyzer(language: .fr) { $0 + "x" }
        let tokens = analyzer.tokens(of: "site 50")
        #expect(tokens.map(\.key) == ["sitex", "50"])
    }

    @Test func toleratesAnythingAsInput() {
        #expect(french.tokens(of: "").isEmpty)
        #expect(french.tokens(of: "   \n\t ").isEmpty)
        #expect(french.tokens(of: "''' --- ***").isEmpty)
        #expect(french.tokens(of: "🙂 مرحبا 你好").map(\.text) == ["مرحبا", "你好"])
    }
}
