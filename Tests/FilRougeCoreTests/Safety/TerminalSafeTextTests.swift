import Testing
import FilRougeCore

struct TerminalSafeTextTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("title\u{1B}]2;pwned\u{07}after", "titleafter"),
        ("clear\u{1B}[2Jscreen", "clearscreen"),
        ("red \u{1B}[31mtext\u{1B}[0m", "red text"),
        ("osc with st\u{1B}]0;x\u{1B}\\done", "osc with stdone"),
        ("c1 csi \u{9B}31mok", "c1 csi ok"),
        ("bell\u{07} and null\u{00}", "bell and null"),
        ("carriage\rreturn", "carriagereturn"),
        ("lines\nand\ttabs", "lines\nand\ttabs"),
        ("accents éàç, emoji 🙂, العربية", "accents éàç, emoji 🙂, العربية"),
        ("bidi \u{202E}override", "bidi override"),
        ("dangling escape \u{1B}", "dangling escape "),
        ("arrows → and ellipses … stay", "arrows → and ellipses … stay"),
        ("isolates \u{2066}and\u{2069} embeddings \u{202A}go", "isolates and embeddings go"),
        ("next line \u{85}and delete\u{7F}", "next line and delete"),
        ("non-breaking\u{A0}space stays", "non-breaking\u{A0}space stays"),
        ("left-to-right mark \u{200E} and zero width \u{2028} stay", "left-to-right mark \u{200E} and zero width \u{2028} stay"),
    ])
    func removesWhatATerminalWouldActOn(input: String, expected: String) {
        #expect(TerminalSafeText.sanitize(input) == expected)
    }
}
