/// Scenario text made fit for a node's label: one line, nothing a terminal or a diagram tool would
/// act on, and short enough to keep the map readable.
enum GraphText {
    /// `text` on one line, every run of white space made a single space.
    static func singleLine(_ text: String) -> String {
        TerminalSafeText.sanitize(text)
            .split(whereSeparator: { $0.isWhitespace })
            .joined(separator: " ")
    }

    /// At most `limit` characters of `text` on one line, cut at a space when one is near, and
    /// ending with `…` when something was cut.
    static func shortened(_ text: String, limit: Int) -> String {
        let line = singleLine(text)
        guard line.count > limit, limit > 0 else { return line }
        var cut = line.prefix(limit)
        let cutsAWord = !line[cut.endIndex].isWhitespace
        if cutsAWord, let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) >= limit / 2 {
            cut = cut[..<space]
        }
        while let last = cut.last, last.isWhitespace || last.isPunctuation { cut.removeLast() }
        return cut + "…"
    }
}
