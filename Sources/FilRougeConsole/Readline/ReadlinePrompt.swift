/// Marking the parts of a prompt that take no room on screen.
///
/// readline computes where the cursor is from the prompt's length. An ANSI colour
/// sequence such as `"\u{1B}[1;34m"` prints nothing, but readline counts its bytes unless
/// told otherwise, and then line editing goes wrong: the cursor lands in the wrong column
/// and long lines wrap too early. Callers that colour a prompt for `ReadlineLineReader`
/// must therefore wrap every non-printing sequence between `\u{01}` and `\u{02}`
/// (readline's `RL_PROMPT_START_IGNORE` and `RL_PROMPT_END_IGNORE`), with `invisible(_:)`
/// or `markingEscapeSequences(in:)`. `StdinLineReader` removes the markers again.
public enum ReadlinePrompt {
    /// readline's `RL_PROMPT_START_IGNORE`.
    public static let startIgnore: Character = "\u{01}"
    /// readline's `RL_PROMPT_END_IGNORE`.
    public static let endIgnore: Character = "\u{02}"

    /// `sequence` wrapped so that readline does not count it as printed characters.
    ///
    ///     let prompt = ReadlinePrompt.invisible("\u{1B}[1;34m") + "toi> " + ReadlinePrompt.invisible("\u{1B}[0m")
    public static func invisible(_ sequence: String) -> String {
        "\(startIgnore)\(sequence)\(endIgnore)"
    }

    /// `prompt` with each ANSI CSI sequence (`ESC [ … final byte`) wrapped by `invisible(_:)`,
    /// for callers that build a coloured prompt first and think about readline afterwards.
    /// Text that is already marked is left as it is.
    public static func markingEscapeSequences(in prompt: String) -> String {
        var result: [Unicode.Scalar] = []
        var scalars = prompt.unicodeScalars[...]
        var insideMarkers = false
        while let scalar = scalars.popFirst() {
            if scalar == startIgnore.unicodeScalars.first { insideMarkers = true }
            if scalar == endIgnore.unicodeScalars.first { insideMarkers = false }
            guard !insideMarkers, scalar == escape, scalars.first == "[" else {
                result.append(scalar)
                continue
            }
            let sequenceLength = scalars.dropFirst().prefix { !isFinalByte($0) }.count + 2
            let sequence = [scalar] + scalars.prefix(sequenceLength)
            scalars = scalars.dropFirst(sequenceLength)
            result.append(contentsOf: invisible(String(String.UnicodeScalarView(sequence))).unicodeScalars)
        }
        return String(String.UnicodeScalarView(result))
    }

    /// `prompt` without readline's markers, for output that does not go through readline.
    public static func removingMarkers(_ prompt: String) -> String {
        let markers: Set<Unicode.Scalar> = ["\u{01}", "\u{02}"]
        return String(String.UnicodeScalarView(prompt.unicodeScalars.filter { !markers.contains($0) }))
    }

    private static let escape: Unicode.Scalar = "\u{1B}"

    /// CSI sequences end with a byte in `@`...`~`.
    private static func isFinalByte(_ scalar: Unicode.Scalar) -> Bool {
        (0x40...0x7E).contains(scalar.value)
    }
}
