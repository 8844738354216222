import Testing
@testable import FilRougeCore

struct EndingTitleTests {
    func title(_ says: String) -> String {
        EndingTitle.of(Ending(id: "the-id", says: says))
    }

    @Test func isTheFirstSentenceOfTheClosingWords() {
        #expect(title("Ah, there you are, I was afraid you'd gone! I've made up my mind.") == "Ah, there you are, I was afraid you'd gone!")
        #expect(title("Great talk.") == "Great talk.")
    }

    @Test func leavesOutQuotationMarksAtItsEnds() {
        #expect(title("« Tu m’as donné du grain à moudre. » Il lève sa coupe.") == "Tu m’as donné du grain à moudre.")
    }

    @Test func isCutAfterTenWords() {
        #expect(title("Il pose sa coupe, sort son vieil agenda de la poche de sa veste.") == "Il pose sa coupe, sort son vieil agenda de la…")
        #expect(title("one two three four five six seven eight nine ten, eleven") == "one two three four five six seven eight nine ten…")
    }

    @Test func joinsTheLinesOfABlock() {
        #expect(title("Well, thank you\n  for your time. We'll see.") == "Well, thank you for your time.")
    }

    @Test func isTheIdWhenTheEndingSaysNothing() {
        #expect(title("  ") == "the-id")
    }
}
