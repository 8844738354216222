/// The progress table as Markdown: a pipe table whose columns are padded to the same width, so
/// that it reads as a table on a terminal as well as on GitHub. A section of the digest's
/// Markdown, or, for `digest --learners` and `replay --learners`, the whole document.
public enum LearnerProgressMarkdown {
    /// The columns whose figures are aligned on the right.
    private static let figureColumns: Set<Int> = [1, 2, 5, 6]
    /// The columns of text from transcripts and scenarios (the learner, the ending), escaped; the
    /// others are the table's own words and figures (`< 1 min` stays as it is).
    private static let foreignColumns: Set<Int> = [0, 3]

    /// `## Progress by learner`, then the table.
    public static func section(_ rows: [LearnerProgress], language: Language) -> [String] {
        let words = LearnerProgressWording.forLanguage(language)
        return ["## \(words.title)", ""] + table(rows, language: language)
    }

    /// The table alone under a first-level heading: the document of `--learners`.
    public static func document(_ rows: [LearnerProgress], title: String, language: Language) -> String {
        let words = LearnerProgressWording.forLanguage(language)
        let heading = "# \(words.title) · \(MarkdownText.inline(title))"
        return ([heading, ""] + table(rows, language: language)).joined(separator: "\n") + "\n"
    }

    static func table(_ rows: [LearnerProgress], language: Language) -> [String] {
        let words = LearnerProgressWording.forLanguage(language)
        let body = rows.map { row in
            words.cells(row, language: language).enumerated().map { column, cell in
                foreignColumns.contains(column) ? MarkdownText.inline(cell) : cell
            }
        }
        let headings = words.headings
        let widths = headings.indices.map { column in
            ([headings[column]] + body.map { $0[column] }).map(\.count).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return figureColumns.contains(column) ? padding + cell : cell + padding
            }
            return "| " + padded.joined(separator: " | ") + " |"
        }
        let rule = widths.enumerated().map { column, width in
            let dashes = String(repeating: "-", count: max(3, width) - 1)
            return figureColumns.contains(column) ? dashes + ":" : ":" + dashes
        }
        return [line(headings), "|" + rule.map { " \($0) " }.joined(separator: "|") + "|"] + body.map(line)
    }
}
