/// Text from learners and scenario files made inert in HTML: `<script>` or `"><img` in a reply
/// comes out as those characters, never as markup. The result is also valid XML, so a digest can be
/// checked by an XML parser.
enum HTMLText {
    /// `text` escaped for an element's content or a quoted attribute value. Control characters,
    /// terminal escapes and bidirectional overrides are removed (XML forbids most of them, and an
    /// override could reorder what a reader sees), and so are the noncharacters U+FFFE and U+FFFF.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in TerminalSafeText.sanitize(text).unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\u{FFFE}", "\u{FFFF}": break
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
