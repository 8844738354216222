import Testing
@testable import FilRougeCore

/// What the new reading of negations changes for keywords: a negated misconception is negated, a
/// keyword that says a negation still counts inside one, and a belief negates its whole clause.
struct NegatedKeywordTests {
    static func status(_ reply: String, _ keyword: String, _ language: Language) -> CriterionStatus {
        NegationTests.status(reply, keyword, language)
    }

    @Test func aPhraseReadsAcrossTheWordsANegationPutsAfterItsVerb() {
        #expect(Self.status("Ne baisse surtout pas tes prix", "baisse tes prix", .fr) == .negated)
        #expect(Self.status("Ne baisse pas tes prix", "baisse tes prix", .fr) == .negated)
        #expect(Self.status("Tu ne baisses jamais tes prix", "baisser tes prix", .fr) == .negated)
        #expect(Self.status("Baisse tes prix", "baisse tes prix", .fr) == .met)
    }

    @Test func aKeywordThatSaysANegationStillMatchesItWordForWord() {
        #expect(Self.status("Ne baisse pas tes prix", "ne baisse pas", .fr) == .met)
        #expect(Self.status("Ne baisse surtout pas tes prix", "ne baisse pas", .fr) == .missed)
        #expect(Self.status("Ton cabinet n'a pas évolué depuis des années", "n'a pas évolué", .fr) == .met)
    }

    @Test func aNegatedBeliefNegatesWhatItIntroduces() {
        let reply = "Je ne pense pas que tu aies besoin d'un site web pour être trouvé sur Google"
        #expect(Self.status(reply, "trouvé sur Google", .fr) == .negated)
        #expect(Self.status(reply, "site web", .fr) == .negated)
        #expect(Self.status("Un site pour être trouvé sur Google ? Je ne pense pas.", "trouvé sur Google", .fr) == .negated)
        #expect(Self.status("I don't think you need a website to be found on Google", "found on Google", .en) == .negated)
    }

    @Test func predicatesNegateTheIdeaBeforeAndAfterThem() {
        #expect(Self.status("Un site web, c'est inutile.", "site web", .fr) == .negated)
        #expect(Self.status("Inutile de créer un site web", "site web", .fr) == .negated)
        #expect(Self.status("Une page Facebook ? Inutile.", "facebook", .fr) == .negated)
        #expect(Self.status("A newsletter? Pointless.", "newsletter", .en) == .negated)
        #expect(Self.status("No need for a website, LinkedIn will do", "linkedin", .en) == .met)
    }

    @Test func pseudoNegationsCreditWhatTheyCarry() {
        #expect(Self.status("Pourquoi pas un site web ?", "site web", .fr) == .met)
        #expect(Self.status("Il n'y a pas que le site web", "site web", .fr) == .met)
        #expect(Self.status("N'oublie pas de créer un site web", "site web", .fr) == .met)
        #expect(Self.status("Why not a website?", "website", .en) == .met)
        #expect(Self.status("Don't forget to build a website", "website", .en) == .met)
    }
}
