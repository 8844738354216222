import Testing
@testable import FilRougeCore

/// How far a scope runs: to the end of its clause, through every member of a list, never past a
/// word of contrast, a new clause or the bound on its length.
struct NegationScopeTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var language: Language
        var negated: [String]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // Punctuation that ends a clause.
        Case(text: "Pas de site ; LinkedIn", language: .fr, negated: ["de", "site"]),
        Case(text: "Pas de site : LinkedIn", language: .fr, negated: ["de", "site"]),
        Case(text: "Pas de site. LinkedIn", language: .fr, negated: ["de", "site"]),
        Case(text: "Pas de site ? LinkedIn", language: .fr, negated: ["de", "site"]),
        Case(text: "Pas de site ! LinkedIn", language: .fr, negated: ["de", "site"]),
        Case(text: "Pas de site\nLinkedIn", language: .fr, negated: ["de", "site"]),
        // A negated imperative, then the advice that replaces it: two clauses, not a list.
        Case(text: "Ne baisse pas tes prix, vends du conseil", language: .fr, negated: ["baisse", "tes", "prix"]),
        Case(text: "Impose pas, explique pourquoi et forme-les", language: .fr, negated: ["Impose"]),
        Case(text: "Ne crée pas de site, de page ou de compte", language: .fr, negated: ["crée", "de", "site", "de", "page", "ou", "de", "compte"]),
        // An English verb negated with `do` is negated, `just` or not; a word or phrase is not.
        Case(text: "Don't just cut your prices: sell advice", language: .en, negated: ["just", "cut", "your", "prices"]),
        Case(text: "It's not just a website", language: .en, negated: []),
        // `, just …` starts the advice that follows a negation.
        Case(text: "I don't think you should rush, just wait and see", language: .en, negated: ["think", "you", "should", "rush"]),
        // A negation inside an indirect question says nothing of the words before it.
        Case(text: "Ask the ones who left what wasn't working", language: .en, negated: ["working"]),
        Case(text: "Demande à ceux qui sont partis pourquoi ils ne reviennent pas", language: .fr, negated: ["reviennent"]),
        // Words between commas that open with a subject are a clause, not an aside.
        Case(text: "Don't worry about them, those firms do a poor job, they'll go under", language: .en, negated: ["worry", "about", "them"]),
        Case(text: "Pas de souci à te faire, ces cabinets bâclent, ils vont couler", language: .fr, negated: []),
        // An item of a list numbered on one line is a clause of its own; a number in brackets is not.
        Case(text: "1) personne n'est remplacé 2) forme-les", language: .fr, negated: ["est", "remplacé"]),
        Case(text: "Nobody is being replaced 2) let them choose the tools", language: .en, negated: ["is", "being", "replaced"]),
        Case(text: "No website (2) at all", language: .en, negated: ["website", "2", "at", "all"]),
        // Quotes and brackets end nothing.
        Case(text: "Pas de \"site web\" pour l'instant", language: .fr, negated: ["de", "site", "web", "pour", "instant"]),
        Case(text: "No (paid) website", language: .en, negated: ["paid", "website"]),
        // Words of contrast, of one word or two.
        Case(text: "Pas de site mais LinkedIn", language: .fr, negated: ["de", "site"]),
        Case(text: "Pas de site par contre LinkedIn", language: .fr, negated: ["de", "site"]),
        Case(text: "Pas de site en revanche LinkedIn", language: .fr, negated: ["de", "site"]),
        Case(text: "Pas de site sauf LinkedIn", language: .fr, negated: ["de", "site"]),
        Case(text: "No website except LinkedIn", language: .en, negated: ["website"]),
        Case(text: "No website whereas LinkedIn works", language: .en, negated: ["website"]),
        // A comma that starts a clause.
        Case(text: "Pas de site web, il faut d'abord écouter tes clients", language: .fr, negated: ["de", "site", "web"]),
        Case(text: "Pas de site web, et je te conseille LinkedIn", language: .fr, negated: ["de", "site", "web"]),
        Case(text: "Pas de Facebook, crée plutôt un site web", language: .fr, negated: ["de", "Facebook"]),
        Case(text: "Pas de site, puis LinkedIn", language: .fr, negated: ["de", "site"]),
        Case(text: "No website, you should focus on LinkedIn", language: .en, negated: ["website"]),
        Case(text: "Don't build a website, then post on LinkedIn", language: .en, negated: ["build", "a", "website"]),
        Case(text: "Give advice, no website, and lower your prices", language: .en, negated: ["website"]),
        // An aside between commas interrupts the negated clause, which goes on after it; a clause
        // of its own after the aside (a subject with its determiner) is not negated.
        Case(text: "Tu n'as pas besoin, pour l'instant, d'un site", language: .fr, negated: ["as", "pour", "instant", "un", "site"]),
        Case(text: "Il ne faut pas, à mon avis, refaire le site", language: .fr, negated: ["faut", "à", "mon", "avis", "refaire", "le", "site"]),
        Case(text: "I wouldn't, for now, pay for a website", language: .en, negated: ["for", "now", "pay", "for", "a", "website"]),
        Case(text: "Je ne sais pas, franchement, un site serait utile", language: .fr, negated: ["sais"]),
        Case(text: "I don't know, honestly, a website would help", language: .en, negated: ["know"]),
        Case(text: "Pas de site, pour l'instant, tu as LinkedIn", language: .fr, negated: ["de", "site"]),
        // A pseudo-negation inside a scope does not end it.
        Case(text: "Je n'ai pas non plus de site", language: .fr, negated: ["ai", "non", "plus", "de", "site"]),
        // A coordinator that starts a clause, without a comma.
        Case(text: "Je n'ai pas de site et je veux LinkedIn", language: .fr, negated: ["ai", "de", "site"]),
        Case(text: "I don't have a website and you need one", language: .en, negated: ["have", "a", "website"]),
        // Every member of a list.
        Case(text: "Pas de site, de page Facebook ou de flyers", language: .fr, negated: ["de", "site", "de", "page", "Facebook", "ou", "de", "flyers"]),
        Case(text: "Tu n'as pas besoin d'un site, d'une page ou d'un blog", language: .fr, negated: ["as", "un", "site", "une", "page", "ou", "un", "blog"]),
        Case(text: "Ni site ni LinkedIn, reste comme tu es", language: .fr, negated: ["site", "LinkedIn"]),
        Case(text: "Je n'ai ni site ni LinkedIn", language: .fr, negated: ["ai", "site", "LinkedIn"]),
        Case(text: "No website, Facebook page or newsletter", language: .en, negated: ["website", "Facebook", "page", "or", "newsletter"]),
        Case(text: "No website, Facebook page, or newsletter", language: .en, negated: ["website", "Facebook", "page", "or", "newsletter"]),
        Case(text: "Neither a website nor LinkedIn", language: .en, negated: ["a", "website", "LinkedIn"]),
        Case(text: "Don't build a website or a Facebook page", language: .en, negated: ["build", "a", "website", "or", "a", "Facebook", "page"]),
        // A negated belief covers the clause it introduces; `pas que` alone is "not only".
        Case(
            text: "je ne pense pas que tu aies besoin d'un site web pour être trouvé sur Google", language: .fr,
            negated: ["pense", "que", "tu", "aies", "besoin", "un", "site", "web", "pour", "être", "trouvé", "sur", "Google"]
        ),
        Case(text: "Je pense pas que tu aies besoin d'un site", language: .fr, negated: ["que", "tu", "aies", "besoin", "un", "site"]),
        Case(text: "Il ne faut pas que tu baisses tes prix", language: .fr, negated: ["faut", "que", "tu", "baisses", "tes", "prix"]),
        Case(text: "Je ne suis pas sûr qu'un site soit utile", language: .fr, negated: ["suis", "sûr", "un", "site", "soit", "utile"]),
        Case(text: "Il n'y a pas que le site web", language: .fr, negated: []),
        Case(text: "Pas que le site web", language: .fr, negated: []),
        Case(text: "I don't think you need a website", language: .en, negated: ["think", "you", "need", "a", "website"]),
        // A cue inside a subordinate clause says nothing of the words before it.
        Case(text: "Améliore ce qui ne va pas", language: .fr, negated: ["va"]),
        // A predicate of its object leaves its subject alone.
        Case(text: "Ton client n'a pas besoin d'un site", language: .fr, negated: ["a", "un", "site"]),
        // A cue that negates its own verb reaches back only through a pronoun standing for the idea.
        Case(text: "Garde tes prix, ne baisse pas", language: .fr, negated: ["baisse"]),
        Case(text: "Facebook, je n'y crois pas", language: .fr, negated: ["Facebook", "y", "crois"]),
        Case(text: "A website? I wouldn't recommend it.", language: .en, negated: ["A", "website", "recommend", "it"]),
        Case(text: "A website? I wouldn't bother.", language: .en, negated: ["bother"]),
        // Past a comma, the idea set apart; not a clause of its own.
        Case(text: "Un site, une page Facebook ou une newsletter, c'est inutile", language: .fr, negated: ["Un", "site", "une", "page", "Facebook", "ou", "une", "newsletter"]),
        Case(text: "Crée un site web, une page Facebook est inutile", language: .fr, negated: ["une", "page", "Facebook", "est"]),
        // The sentence before: a question, or a fragment without a clause of its own.
        Case(text: "Un site web. Inutile.", language: .fr, negated: ["Un", "site", "web"]),
        Case(text: "Tu as raison. Inutile.", language: .fr, negated: []),
        Case(text: "Tu veux un site web ? Non.", language: .fr, negated: ["Tu", "veux", "un", "site", "web"]),
        Case(text: "Un site web ? Inutile pour toi.", language: .fr, negated: ["pour", "toi"]),
    ]

    @Test(arguments: cases)
    func scopeCoversItsClause(_ test: Case) {
        #expect(NegationProbe.negated(test.text, test.language) == test.negated)
    }

    @Test func scopeStopsAfterItsBound() {
        let words = (1...60).map { "mot\($0)" }
        let tokens = TextAnalyzer(language: .fr).tokens(of: "pas " + words.joined(separator: " "))
        let negated = tokens.filter(\.isNegated).map(\.text)
        #expect(negated.count == NegationDetector.scopeLength)
        #expect(negated.last == "mot40")
    }

    @Test func reachingBackStopsAfterItsBound() {
        let words = (1...60).map { "mot\($0)" }
        let tokens = TextAnalyzer(language: .fr).tokens(of: words.joined(separator: " ") + " est inutile")
        #expect(tokens.filter(\.isNegated).count == NegationDetector.scopeLength)
        #expect(tokens.filter(\.isNegated).first?.text == "mot22")
    }

    @Test func theEndOfAScopeIsRecorded() throws {
        let tokens = TextAnalyzer(language: .fr).tokens(of: "Pas de site, mais LinkedIn")
        let cue = try #require(NegationDetector(language: .fr).cues(in: tokens).first)
        #expect(cue.endedBy.map { tokens[$0].text } == "mais")
        let plain = TextAnalyzer(language: .fr).tokens(of: "Pas de site.")
        #expect(NegationDetector(language: .fr).cues(in: plain).first?.endedBy == nil)
    }

    @Test func theWordsBetweenAVerbAndItsObjectAreInserts() {
        let tokens = TextAnalyzer(language: .fr).tokens(of: "Ne le baisse surtout pas")
        #expect(tokens.filter(\.isNegationInsert).map(\.text) == ["surtout", "pas"])
        let carried = TextAnalyzer(language: .fr).tokens(of: "Tu n'as jamais vu")
        #expect(carried.filter(\.isNegationInsert).map(\.text) == ["jamais"])
    }

    @Test func markingAgainGivesTheSameTokens() {
        let text = "Un site ? Je ne pense pas. Pas de flyers, ni de page Facebook, mais LinkedIn oui."
        var tokens = TextAnalyzer(language: .fr).tokens(of: text)
        let first = tokens
        NegationDetector(language: .fr).mark(&tokens)
        #expect(tokens == first)
    }
}
