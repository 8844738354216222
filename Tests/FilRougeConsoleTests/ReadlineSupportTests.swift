@testable import FilRougeConsole
import Testing

/// What can be checked of the readline reader without a terminal: the pure parts.
@Suite("Readline support")
struct ReadlineSupportTests {
    private let commands = ["/help", "/hint", "/aide", "/quitter"]

    @Test func completesACommandFromItsPrefix() {
        #expect(ReadlineCompletion.matches(for: "/he", in: commands) == ["/help"])
        #expect(ReadlineCompletion.matches(for: "/h", in: commands) == ["/help", "/hint"])
        #expect(ReadlineCompletion.matches(for: "/", in: commands) == commands)
        #expect(ReadlineCompletion.matches(for: "/quitter", in: commands) == ["/quitter"])
    }

    @Test func completesNothingElse() {
        #expect(ReadlineCompletion.matches(for: "", in: commands).isEmpty)
        #expect(ReadlineCompletion.matches(for: "he", in: commands).isEmpty)
        #expect(ReadlineCompletion.matches(for: "/x", in: commands).isEmpty)
        #expect(ReadlineCompletion.matches(for: "/HE", in: commands).isEmpty)
        #expect(ReadlineCompletion.matches(for: "/helpme", in: commands).isEmpty)
    }

    @Test func offersEachCommandOnce() {
        #expect(ReadlineCompletion.matches(for: "/a", in: ["/aide", "/aide", "hors", "/aide"]) == ["/aide"])
    }

    @Test func wrapsInvisibleSequencesInReadlineMarkers() {
        #expect(ReadlinePrompt.invisible("\u{1B}[1m") == "\u{01}\u{1B}[1m\u{02}")
        #expect(ReadlinePrompt.invisible("") == "\u{01}\u{02}")
    }

    @Test func marksTheEscapeSequencesOfAColouredPrompt() {
        let coloured = "\u{1B}[1;34mtoi\u{1B}[0m> "
        let marked = ReadlinePrompt.markingEscapeSequences(in: coloured)
        #expect(marked == "\u{01}\u{1B}[1;34m\u{02}toi\u{01}\u{1B}[0m\u{02}> ")
        #expect(ReadlinePrompt.markingEscapeSequences(in: marked) == marked)
        #expect(ReadlinePrompt.markingEscapeSequences(in: "élève> ") == "élève> ")
    }

    @Test func removesTheMarkersForPlainOutput() {
        let prompt = ReadlinePrompt.invisible("\u{1B}[2m") + "toi> " + ReadlinePrompt.invisible("\u{1B}[0m")
        #expect(ReadlinePrompt.removingMarkers(prompt) == "\u{1B}[2mtoi> \u{1B}[0m")
        #expect(ReadlinePrompt.removingMarkers("toi> ") == "toi> ")
    }

    @Test func joinsTheLinesOfAPaste() {
        #expect(ReadlineCallback.joiningPastedLines("ligne un\nligne deux\n") == "ligne un ligne deux")
        #expect(ReadlineCallback.joiningPastedLines("un\r\n\r\ndeux") == "un deux")
        #expect(ReadlineCallback.joiningPastedLines("  tel quel ") == "  tel quel ")
        #expect(ReadlineCallback.joiningPastedLines("") == "")
    }
}
