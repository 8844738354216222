import FilRougeCore

/// The start of a learner's reply, to name it in a message: enough words to recognise it, made
/// safe for the terminal, and on one line.
enum ReplyExcerpt {
    static let maximumLength = 40

    static func start(of reply: String) -> String {
        let oneLine = TerminalSafeText.sanitize(reply).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard oneLine.count > maximumLength else { return oneLine }
        return String(oneLine.prefix(maximumLength)) + "…"
    }
}
