/// Text from learners and scenario files made inert in Markdown: shown as typed, on GitHub and in
/// any CommonMark reader, never taken for emphasis, links, HTML, table cells or list items.
enum MarkdownText {
    /// Characters that could start Markdown or HTML anywhere in a line (`!` only starts an image
    /// before `[`, which is escaped); CommonMark lets any ASCII punctuation be escaped with a
    /// backslash.
    private static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "&"]

    /// `text` on one line, escaped; control characters and terminal escapes removed.
    static func inline(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in TerminalSafeText.sanitize(text).unicodeScalars {
            switch scalar {
            case "\n", "\t":
                result.append(" ")
            case "\u{FFFE}", "\u{FFFF}":
                break
            case _ where special.contains(scalar):
                result.append("\\")
                result.append(scalar)
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `inline(text)`, also safe at the start of a line, where `-`, `+`, `=` or `1.` would start a
    /// list or underline a heading.
    static func lineStart(_ escaped: String) -> String {
        guard let first = escaped.unicodeScalars.first else { return escaped }
        if first == "-" || first == "+" || first == "=" {
            return "\\" + escaped
        }
        let digits = escaped.unicodeScalars.prefix { $0.properties.numericType == .decimal && $0.isASCII }
        if !digits.isEmpty, digits.count <= 9 {
            let rest = escaped.unicodeScalars.dropFirst(digits.count)
            if let marker = rest.first, marker == "." || marker == ")" {
                return String(String.UnicodeScalarView(digits)) + "\\" + String(String.UnicodeScalarView(rest))
            }
        }
        return escaped
    }
}
