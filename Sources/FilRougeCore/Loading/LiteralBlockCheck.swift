import Yams

/// Warns about a `|` block whose sentences are cut over several lines.
///
/// The console wraps every text to the terminal's width itself, and keeps the line breaks the
/// author wrote, since they may be meant (a list, lines of a letter, aligned columns). A `|` block
/// keeps every line break of the file, so a paragraph typed over several lines shows on screen
/// with its lines cut short wherever the file's lines ended. Rewrapping such text when it is shown
/// would undo the breaks that are meant, and the console cannot tell which are: the author can, so
/// `filrouge check` points at the break and says to write each paragraph on one line, or to use
/// `>`, which joins the lines of a paragraph.
///
/// A break counts as one inside a sentence when its line does not end a sentence or introduce
/// what follows (`.`, `!`, `?`, `:`, `;`, `…`, possibly followed by a closing quote or bracket)
/// and the next line goes on with a small letter. Lists, names, addresses and lines that start
/// with a capital or a digit are left alone.
enum LiteralBlockCheck {
    /// - Parameter blocks: the `|` blocks of the texts the scenario holds, as the reader met them
    ///   (a block shared through an alias is met at each use, and reported once).
    static func diagnostics(for blocks: [(text: String, mark: Mark)], source: String, file: String) -> [Diagnostic] {
        // The file's lines are only needed to place a warning: most files have none to place.
        var fileLines: [Substring]?
        func lines() -> [Substring] {
            if let fileLines { return fileLines }
            let split = source.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.last == "\r" ? line.dropLast() : line
            }
            fileLines = split
            return split
        }
        var reported: Set<SourceLocation> = []
        var diagnostics: [Diagnostic] = []
        for block in blocks {
            guard let diagnostic = diagnostic(for: block.text, blockLine: block.mark.line, lines: lines, file: file),
                  reported.insert(diagnostic.location).inserted else { continue }
            diagnostics.append(diagnostic)
        }
        return diagnostics
    }

    /// The warning for the first sentence of `text` broken over two lines, if any.
    /// - Parameter blockLine: the line of the `|` indicator; the text starts on the next line.
    private static func diagnostic(for text: String, blockLine: Int, lines: () -> [Substring], file: String) -> Diagnostic? {
        guard text.contains("\n") else { return nil }
        let textLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let breaks = textLines.indices.dropLast().filter { index in
            breaksSentence(textLines[index], before: textLines[index + 1])
        }
        guard let first = breaks.first else { return nil }
        let line = blockLine + 1 + first
        let lines = lines()
        guard line - 1 < lines.count else { return nil }
        let column = lines[line - 1].unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count + 1
        let others = breaks.count - 1
        let more = others == 0 ? "" : " (and \(others) more time\(others == 1 ? "" : "s") in this block)"
        return Diagnostic(
            .paragraphLineBreak,
            "this '|' block cuts a sentence between lines \(line) and \(line + 1)\(more): the console wraps text to the screen itself and keeps the block's line breaks, so the lines show cut short; write each paragraph on one line, or use '>' to join them",
            at: SourceLocation(file: file, line: line, column: column)
        )
    }

    /// True when `line` stops in the middle of a sentence that `next` goes on with.
    static func breaksSentence(_ line: Substring, before next: Substring) -> Bool {
        var end = Substring(line)
        while let last = end.last, " \t\u{00A0}\u{202F}\"'»”’)]".contains(last) { end.removeLast() }
        guard let last = end.last, !".!?:;…".contains(last) else { return false }
        guard let start = next.first(where: { $0 != " " && $0 != "\t" }) else { return false }
        return start.isLowercase
    }
}
