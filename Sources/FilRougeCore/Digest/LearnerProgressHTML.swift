/// The progress table in HTML: a section of the digest's page, or, for `digest --learners`, a
/// page of its own, styled as the digest is. Every text from a transcript or a scenario is escaped.
public enum LearnerProgressHTML {
    /// The columns whose figures are aligned on the right.
    private static let figureColumns: Set<Int> = [1, 2, 5, 6]

    public static func section(_ rows: [LearnerProgress], language: Language) -> String {
        let words = LearnerProgressWording.forLanguage(language)
        var html = "<section class=\"learners\">\n<h2>\(HTMLText.escape(words.title))</h2>\n<table class=\"learners\">\n<thead><tr>"
        html += words.headings.enumerated().map { cell("th", $1, column: $0) }.joined()
        html += "</tr></thead>\n<tbody>\n"
        for row in rows {
            html += "<tr>" + words.cells(row, language: language).enumerated().map { cell("td", $1, column: $0) }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    /// A self-contained page holding the table alone: the document of `digest --learners --format html`.
    public static func page(_ rows: [LearnerProgress], title: String, language: Language) -> String {
        let words = LearnerProgressWording.forLanguage(language)
        return HTMLPage.opening(language: language, title: "\(words.title) · \(title)") + """
            </header>

            """ + section(rows, language: language) + "</body>\n</html>\n"
    }

    private static func cell(_ tag: String, _ text: String, column: Int) -> String {
        let cssClass = figureColumns.contains(column) ? " class=\"figure\"" : ""
        return "<\(tag)\(cssClass)>\(HTMLText.escape(text))</\(tag)>"
    }
}
