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

    /// The words of a negative phrase are negated with it: *pas besoin* says no need.
    @Test func theWordsOfANegativePhraseMeetNoKeywordOutsideIt() {
        #expect(Self.status("Pas besoin d'un plan, fonce", "besoin*", .fr) == .negated)
        #expect(Self.status("Ça ne sert à rien de tout planifier", "sert", .fr) == .negated)
        #expect(Self.status("No need for a plan, just go", "need*", .en) == .negated)
        #expect(Self.status("Pars de tes besoins", "besoin*", .fr) == .met)
        #expect(Self.status("Pas besoin d'un plan", "pas besoin", .fr) == .met)
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

    @Test func aKeywordThatNamesANegativeIdeaIsNegatedLikeAnyOther() {
        #expect(Self.status("Un site web inutile", "site web inutile", .fr) == .met, "its own predicate does not negate it")
        #expect(Self.status("Ce n'est pas un site web inutile", "site web inutile", .fr) == .negated)
        #expect(Self.status("Give up", "give up", .en) == .met)
        #expect(Self.status("Don't give up!", "give up", .en) == .negated)
        #expect(Self.status("N'écoute pas tes clients", "écout*", .fr) == .negated, "a verb carrying n' is negated")
    }

    @Test func verbsThatSetAnIdeaAsideNegateIt() {
        #expect(Self.status("Oublie le site web, mise sur LinkedIn", "site web", .fr) == .negated)
        #expect(Self.status("Oublie le site web, mise sur LinkedIn", "linkedin", .fr) == .met)
        #expect(Self.status("Évite de baisser tes prix", "baisser tes prix", .fr) == .negated)
        #expect(Self.status("Forget the website, focus on LinkedIn", "website", .en) == .negated)
        #expect(Self.status("Avoid lowering your prices", "lowering your prices", .en) == .negated)
        #expect(Self.status("N'oublie pas ton site web", "site web", .fr) == .met)
        #expect(Self.status("N'arrête pas de publier sur LinkedIn", "publier", .fr) == .met)
        #expect(Self.status("Don't stop posting on LinkedIn", "posting", .en) == .met)
    }

    @Test func aNegatedDifficultyOrCostEncourages() {
        #expect(Self.status("Ce n'est pas compliqué de créer un site web", "site web", .fr) == .met)
        #expect(Self.status("Ce n'est pas cher de créer un site web", "site web", .fr) == .met)
        #expect(Self.status("Tu ne perds rien à créer un site web", "site web", .fr) == .met)
        #expect(Self.status("It's not expensive to build a website", "website", .en) == .met)
        #expect(Self.status("It isn't hard to build a website", "website", .en) == .met)
        #expect(Self.status("It costs nothing to ask your clients", "ask your clients", .en) == .met)
    }

    @Test func pseudoNegationsCreditWhatTheyCarry() {
        #expect(Self.status("Pourquoi pas un site web ?", "site web", .fr) == .met)
        #expect(Self.status("Il n'y a pas que le site web", "site web", .fr) == .met)
        #expect(Self.status("N'oublie pas de créer un site web", "site web", .fr) == .met)
        #expect(Self.status("Why not a website?", "website", .en) == .met)
        #expect(Self.status("Don't forget to build a website", "website", .en) == .met)
    }
}
