/// Wraps text to the terminal's width at spaces, keeping the author's paragraphs, line breaks,
/// leading indentation and the spacing between words that aligns columns.
public enum TextWrapper {
    /// - Parameters:
    ///   - width: the columns available, indentation included.
    ///   - indent: put before every line but the first, which the caller may have started with a label.
    public static func wrap(_ text: String, width: Int, indent: String = "") -> String {
        let limit = max(10, width)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for (spaces, word) in pieces(of: paragraph) {
                let available = limit - (lines.isEmpty ? 0 : indent.count)
                if lineWidth > 0, lineWidth + spaces.count + word.count > available {
                    lines.append(line)
                    line = String(word)
                    lineWidth = word.count
                    continue
                }
                line += spaces + word
                lineWidth += spaces.count + word.count
            }
            lines.append(line)
        }
        while lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines.enumerated().map { index, line in
            index == 0 || line.isEmpty ? line : indent + line
        }.joined(separator: "\n")
    }

    /// The words of a paragraph, each with the spaces before it.
    private static func pieces(of paragraph: Substring) -> [(spaces: String, word: Substring)] {
        var pieces: [(String, Substring)] = []
        var index = paragraph.startIndex
        while index < paragraph.endIndex {
            let wordStart = paragraph[index...].firstIndex { $0 != " " } ?? paragraph.endIndex
            guard wordStart < paragraph.endIndex else { break }
            let wordEnd = paragraph[wordStart...].firstIndex(of: " ") ?? paragraph.endIndex
            pieces.append((String(paragraph[index..<wordStart]), paragraph[wordStart..<wordEnd]))
            index = wordEnd
        }
        return pieces
    }
}
