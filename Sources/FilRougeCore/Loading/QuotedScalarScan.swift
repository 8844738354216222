/// The quoted scalars of a YAML text, found by a light reading of it that needs no parser: where
/// each single or double quote opens, and where it closes, if it does.
///
/// When the parser stops on a file, it says where it stopped, which for a quote left open is
/// often many lines after the quote, or the end of the file. This reading finds the quote itself.
/// It knows what a trainer's scenario uses: comments, `|` and `>` blocks (whose text may hold any
/// quote), and that a quote opens a scalar only where a value starts (after `key: `, `- `, `[`,
/// `{`, `,`), so that the apostrophe of `C'est bien` in a plain text is no quote.
struct QuotedScalarScan {
    /// One quoted scalar.
    struct Span: Equatable {
        enum Quote: Equatable {
            case single
            case double

            var name: String { self == .single ? "single quote" : "double quote" }
        }

        var quote: Quote
        /// Where the opening quote is (1-based line, column counted in Unicode scalars).
        var openLine: Int
        var openColumn: Int
        /// Where the closing quote is; nil when the text ends first.
        var closeLine: Int?
        var closeColumn: Int?
        /// The character right after the closing quote, when there is one on its line.
        var afterClose: Unicode.Scalar?
    }

    private(set) var spans: [Span] = []

    init(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            Array((line.last == "\r" ? line.dropLast() : line).unicodeScalars)
        }
        var open: (span: Span, escaped: Bool)?
        var blockIndent: Int?
        for (index, line) in lines.enumerated() {
            let number = index + 1
            let indentation = line.prefix { $0 == " " }.count
            if open == nil, let parent = blockIndent {
                // The lines of a `|` or `>` block: blank, or indented more than the line that opened it.
                if indentation == line.count || indentation > parent { continue }
                blockIndent = nil
            }
            var column = 0
            var previousSignificant: Unicode.Scalar?
            while column < line.count {
                let scalar = line[column]
                if var current = open {
                    if current.escaped {
                        open?.escaped = false
                    } else if current.span.quote == .double, scalar == "\\" {
                        open?.escaped = true
                    } else if scalar == (current.span.quote == .double ? "\"" : "'") {
                        if current.span.quote == .single, column + 1 < line.count, line[column + 1] == "'" {
                            column += 2
                            continue
                        }
                        current.span.closeLine = number
                        current.span.closeColumn = column + 1
                        current.span.afterClose = column + 1 < line.count ? line[column + 1] : nil
                        spans.append(current.span)
                        open = nil
                        previousSignificant = scalar
                    }
                    column += 1
                    continue
                }
                if scalar == "#", column == 0 || line[column - 1] == " " || line[column - 1] == "\t" { break }
                if scalar == "\"" || scalar == "'", Self.startsValue(after: previousSignificant, at: column, in: line) {
                    open = (Span(quote: scalar == "\"" ? .double : .single, openLine: number, openColumn: column + 1), false)
                } else if scalar != " " && scalar != "\t" {
                    previousSignificant = scalar
                }
                column += 1
            }
            if open == nil, Self.opensBlock(line) { blockIndent = indentation }
        }
        if let unclosed = open?.span { spans.append(unclosed) }
    }

    /// A quote starts a scalar at the start of a line's content, or after what introduces a value.
    private static func startsValue(after previous: Unicode.Scalar?, at column: Int, in line: [Unicode.Scalar]) -> Bool {
        guard let previous else { return true }
        guard column > 0 else { return true }
        let before = line[column - 1]
        switch previous {
        case "[", "{", ",": return true
        case ":", "-", "?": return before == " " || before == "\t"
        default: return false
        }
    }

    /// True when the line ends with a block scalar's indicator (`says: |`, `- >-`, `text: |2 # note`).
    private static func opensBlock(_ line: [Unicode.Scalar]) -> Bool {
        var content = String(String.UnicodeScalarView(line))
        if let comment = content.range(of: " #") { content = String(content[..<comment.lowerBound]) }
        while let last = content.last, last == " " || last == "\t" { content.removeLast() }
        while let last = content.last, "+-0123456789".contains(last) { content.removeLast() }
        guard let last = content.last, last == "|" || last == ">" else { return false }
        content.removeLast()
        let rest = content.trimmingSuffix { $0 == " " || $0 == "\t" }
        return rest.isEmpty || rest.hasSuffix(":") || rest.hasSuffix("-") && (rest.count == 1 || rest.dropLast().last == " ")
            || rest.allSatisfy { $0 == " " }
    }
}

private extension String {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
