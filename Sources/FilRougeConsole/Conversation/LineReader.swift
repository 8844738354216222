/// What reading one line from the learner produced.
public enum LineInput: Equatable, Sendable {
    /// A complete line, without its line terminator.
    case line(String)
    /// The learner pressed Ctrl-C: the line being typed is abandoned, the conversation goes on.
    case interrupted
    /// The input ended (Ctrl-D on an empty line, or the end of a pipe).
    case endOfInput
    /// A signal asked the program to end (SIGTERM, SIGHUP when the terminal is closed, or
    /// SIGINT without readline): the conversation ends at once, as with `/quit`.
    case terminated(signal: Int32)
}

/// A source of reply lines: GNU readline on a terminal, plain standard input in pipes and tests.
public protocol LineReader {
    /// Shows `prompt` (where the reader shows prompts at all) and reads one line.
    mutating func readLine(prompt: String) -> LineInput
}
