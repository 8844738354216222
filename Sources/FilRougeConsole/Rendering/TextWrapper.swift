/// Wraps text to the terminal's width at spaces, keeping the author's paragraphs, line breaks,
/// leading indentation and the spacing between words that aligns columns. Colour sequences take no
/// room on screen and are not counted.
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
                let wordWidth = visibleWidth(word)
                if lineWidth > 0, lineWidth + spaces.count + wordWidth > available {
                    lines.append(line)
                    line = String(word)
                    lineWidth = wordWidth
                    continue
                }
                line += spaces + word
                lineWidth += spaces.count + wordWidth
            }
            lines.append(line)
        }
        while lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines.enumerated().map { index, line in
            index == 0 || line.isEmpty ? line : indent + line
        }.joined(separator: "\n")
    }

    /// `line` cut into rows of at most `width` columns, as the terminal would show it: a word
    /// wider than the screen (an address) is left whole by `wrap`, and the terminal breaks it. A
    /// screen that counts its rows, as the replay's does to keep the question at the top, cuts it
    /// itself. Colour sequences stay whole, in the row where they start.
    public static func screenRows(of line: String, width: Int) -> [String] {
        let limit = max(1, width)
        var rows: [String] = []
        var row = ""
        var rowWidth = 0
        var inEscape = false
        for scalar in line.unicodeScalars {
            if inEscape {
                if scalar.value >= 0x40 && scalar.value <= 0x7E && scalar != "[" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else if !isZeroWidth(scalar) {
                if rowWidth == limit {
                    rows.append(row)
                    row = ""
                    rowWidth = 0
                }
                rowWidth += 1
            }
            row.unicodeScalars.append(scalar)
        }
        rows.append(row)
        return rows
    }

    /// The columns a word takes: its characters, less the escape sequences that colour it.
    static func visibleWidth(_ word: Substring) -> Int {
        var width = 0
        var inEscape = false
        for scalar in word.unicodeScalars {
            if inEscape {
                if scalar.value >= 0x40 && scalar.value <= 0x7E && scalar != "[" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else if !TextWrapper.isZeroWidth(scalar) {
                width += 1
            }
        }
        return width
    }

    /// Combining marks sit on the previous character.
    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        (0x0300...0x036F).contains(scalar.value) || scalar.value == 0x200B || scalar.value == 0xFE0F
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
