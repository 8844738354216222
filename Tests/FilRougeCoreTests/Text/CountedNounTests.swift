import Testing
@testable import FilRougeCore

/// Counts agree with their number in messages.
struct CountedNounTests {
    @Test func englishCountsAgree() {
        #expect(CountedNoun.phrase(1, "step") == "1 step")
        #expect(CountedNoun.phrase(0, "step") == "0 steps")
        #expect(CountedNoun.phrase(2, "reply", "replies") == "2 replies")
    }

    @Test func frenchCountsBelowTwoAreSingular() {
        #expect(CountedNoun.phrase(0, "étape terminée", "étapes terminées", language: .fr) == "0 étape terminée")
        #expect(CountedNoun.phrase(1, "étape terminée", "étapes terminées", language: .fr) == "1 étape terminée")
        #expect(CountedNoun.phrase(3, "étape", language: .fr) == "3 étapes")
    }
}
