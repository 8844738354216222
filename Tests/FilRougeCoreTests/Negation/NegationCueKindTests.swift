import Testing
@testable import FilRougeCore

/// Each cue gets its kind: preceding, following, predicate or pseudo, with its own words and the
/// words it covers.
struct NegationCueKindTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var language: Language
        var cues: [String]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // A limit is not a negation, unless a `ne` makes it one.
        Case(text: "Garde deux sources fiables, pas plus", language: .fr, cues: ["pseudo: pas plus → "]),
        Case(text: "Ce n'est pas plus utile d'avoir un site", language: .fr, cues: ["preceding: est pas plus → est utile avoir un site"]),
        Case(text: "Post twice a week, no more than that", language: .en, cues: ["pseudo: no more than → "]),
        // Preceding: what follows, to the end of the clause.
        Case(text: "Pas de site web", language: .fr, cues: ["preceding: Pas → de site web"]),
        Case(text: "Je n'ai pas de site", language: .fr, cues: ["preceding: ai pas → ai de site"]),
        Case(text: "Ne crée surtout pas de page Facebook", language: .fr, cues: ["preceding: Ne pas → crée surtout de page Facebook"]),
        Case(text: "Je n'ai jamais rien acheté en ligne", language: .fr, cues: ["preceding: ai jamais rien → ai acheté en ligne"]),
        Case(text: "Tu peux faire sans aucun site web", language: .fr, cues: ["preceding: sans aucun → site web"]),
        Case(text: "Je doute qu'un site serve", language: .fr, cues: ["preceding: Je doute → un site serve"]),
        Case(text: "Personne ne lit les flyers", language: .fr, cues: ["preceding: ne → lit les flyers"]),
        Case(text: "You don't need a website", language: .en, cues: ["preceding: don't → need a website"]),
        Case(text: "I doubt that a website helps", language: .en, cues: ["preceding: I doubt → that a website helps"]),
        Case(text: "I hardly think a website helps", language: .en, cues: ["preceding: hardly → think a website helps"]),
        // Following: nothing but pronouns and adverbs after it; it negates what comes before.
        Case(text: "Un site pour Google ? Je ne pense pas.", language: .fr, cues: ["following: ne pas → Un site pour Google pense"]),
        Case(text: "Un site web, pas du tout", language: .fr, cues: ["following: pas du tout → Un site web"]),
        Case(text: "Un site web je ne pense pas", language: .fr, cues: ["following: ne pas → Un site web je pense"]),
        Case(text: "A website? Not really.", language: .en, cues: ["following: Not really → A website"]),
        Case(text: "A website? I don't think so.", language: .en, cues: ["following: don't think so → A website"]),
        Case(text: "A website? I wouldn't recommend it.", language: .en, cues: ["following: wouldn't → A website recommend it"]),
        Case(text: "Facebook, je ne le ferais pas", language: .fr, cues: ["following: ne pas → Facebook le ferais"]),
        Case(text: "Tes clients ne répondent pas", language: .fr, cues: ["following: ne pas → répondent"]),
        // Predicates: the idea after them, and the idea they are said of before them.
        Case(text: "Inutile de créer un site", language: .fr, cues: ["predicate: Inutile → de créer un site"]),
        Case(text: "Un site web, c'est inutile.", language: .fr, cues: ["predicate: inutile → Un site web"]),
        Case(text: "Une page Facebook ? Inutile.", language: .fr, cues: ["predicate: Inutile → Une page Facebook"]),
        Case(text: "Un site web ne sert à rien", language: .fr, cues: ["predicate: ne sert à rien → Un site web"]),
        Case(text: "Pas besoin d'un site", language: .fr, cues: ["predicate: Pas besoin → un site"]),
        Case(text: "Facebook n'a aucun intérêt", language: .fr, cues: ["predicate: a aucun intérêt → Facebook a"]),
        Case(text: "À quoi bon un site ?", language: .fr, cues: ["predicate: À quoi bon → un site"]),
        Case(text: "A newsletter? Pointless.", language: .en, cues: ["predicate: Pointless → A newsletter"]),
        Case(text: "A website is useless", language: .en, cues: ["predicate: useless → A website is"]),
        Case(text: "No need for a website", language: .en, cues: ["predicate: No need → for a website"]),
        Case(text: "There's no point in a website", language: .en, cues: ["predicate: no point → in a website"]),
        Case(text: "It isn't worth building a website", language: .en, cues: ["predicate: isn't worth → building a website"]),
        Case(text: "A website is a waste of time", language: .en, cues: ["predicate: waste of time → A website is a"]),
        // Pseudo-negations: not negations; a negated negative word negates only itself.
        Case(text: "Pourquoi pas un site web ?", language: .fr, cues: ["pseudo: Pourquoi pas → "]),
        Case(text: "Il y a pas mal de clients", language: .fr, cues: ["pseudo: pas mal → "]),
        Case(text: "Non seulement un site", language: .fr, cues: ["pseudo: Non seulement → "]),
        Case(text: "Tu n'as qu'à créer un site", language: .fr, cues: ["pseudo: as à → "]),
        Case(text: "Il n'y a pas que le site web", language: .fr, cues: ["pseudo: y pas que → "]),
        Case(text: "Sans aucun doute un site", language: .fr, cues: ["pseudo: Sans aucun doute → "]),
        Case(text: "Il n'y a pas de doute", language: .fr, cues: ["pseudo: y pas de doute → "]),
        Case(text: "Rien ne vaut un site web", language: .fr, cues: ["pseudo: Rien ne vaut → "]),
        Case(text: "N'hésite pas à créer un site", language: .fr, cues: ["pseudo: hésite pas → hésite"]),
        Case(text: "N'oublie pas de créer un site", language: .fr, cues: ["pseudo: oublie pas → oublie"]),
        Case(text: "Ne néglige pas les avis", language: .fr, cues: ["pseudo: Ne pas → néglige"]),
        Case(text: "Why not a website?", language: .en, cues: ["pseudo: Why not → "]),
        Case(text: "Why don't you build a website?", language: .en, cues: ["pseudo: Why don't you → "]),
        Case(text: "Pourquoi ne pas créer un site web ?", language: .fr, cues: ["pseudo: Pourquoi ne pas → "]),
        Case(text: "Not only a website", language: .en, cues: ["pseudo: Not only → "]),
        Case(text: "No doubt a website helps", language: .en, cues: ["pseudo: No doubt → "]),
        Case(text: "It can't hurt to have a website", language: .en, cues: ["pseudo: can't hurt → "]),
        Case(text: "Don't forget to build a website", language: .en, cues: ["pseudo: Don't → forget"]),
        Case(text: "Don't worry about GDPR", language: .en, cues: ["preceding: Don't → worry about GDPR"]),
        Case(text: "Pas de panique, un site web suffit", language: .fr, cues: ["pseudo: Pas de panique → "]),
        Case(text: "Pourquoi pas mal de clients", language: .fr, cues: ["pseudo: pas mal → "]),
        Case(text: "It's never too late to start", language: .en, cues: ["pseudo: never → too late"]),
    ]

    @Test(arguments: cases)
    func cueHasItsKindWordsAndScope(_ test: Case) {
        #expect(NegationProbe.cues(test.text, test.language) == test.cues)
    }

    @Test func aWordWithoutItsPartIsNoCue() {
        #expect(NegationProbe.cues("Je veux plus de clients", .fr).isEmpty, "`plus` alone is more")
        #expect(NegationProbe.cues("Fais un premier pas", .fr).isEmpty, "`un pas` is a step")
        #expect(NegationProbe.cues("Rent a NE office", .en).isEmpty)
        #expect(NegationProbe.cues("Je n'ai plus de site", .fr) == ["preceding: ai plus → ai de site"])
        #expect(NegationProbe.cues("Il n'y a guère de clients", .fr) == ["preceding: y guère → y a de clients"])
    }

    @Test func cuesAreListedInTheOrderOfTheText() {
        #expect(NegationProbe.cues("Ni site ni LinkedIn", .fr) == ["preceding: Ni → site", "preceding: ni → LinkedIn"])
        #expect(NegationProbe.cues("No website, no problem", .en) == ["preceding: No → website", "pseudo: no problem → "])
    }

    @Test func onlyNegatingCuesMarkTheirWordsAsCues() {
        let pseudo = TextAnalyzer(language: .fr).tokens(of: "Pourquoi pas un site")
        #expect(pseudo.filter(\.isNegationCue).isEmpty)
        let predicate = TextAnalyzer(language: .fr).tokens(of: "Pas besoin d'un site")
        #expect(predicate.filter(\.isNegationCue).map(\.text) == ["Pas"])
        #expect(TextAnalyzer(language: .fr).tokens(of: "C'est inutile").filter(\.isNegationCue).isEmpty)
        let reversed = TextAnalyzer(language: .en).tokens(of: "Don't hesitate to ask")
        #expect(reversed.filter(\.isNegationCue).map(\.text) == ["Don't"])
        #expect(reversed.filter(\.isNegated).map(\.text) == ["hesitate"])
    }
}
