/// A comparison of groups as one self-contained HTML page, with the florilège's style sheet: for
/// each step a table of each group's answers with a bar of its bands, and a table of the ideas
/// each group met; then the endings. No script, no external file; every text from a transcript,
/// a scenario or a folder's name is escaped; the markup is also well-formed XML.
public enum DigestComparisonHTML {
    public static func render(_ comparison: DigestComparison) -> String {
        let words = DigestWording.forLanguage(comparison.scenario.language)
        let compared = DigestComparisonWording.forLanguage(comparison.scenario.language)
        let title = "\(compared.title)\(words.colon)\(comparison.scenario.title)"
        let names = comparison.groups.map { HTMLText.escape($0.name) }
        var html = HTMLPage.opening(language: comparison.scenario.language, title: title, extraStyle: "th.answered { width: 7.5em; }") + """
            <div class="summary"><p>\(HTMLText.escape(words.scenario(comparison.scenario.id, comparison.scenario.version, comparison.scenario.language.rawValue) + "."))</p></div>
            </header>
            <table class="groups">
            <thead><tr><th class="idea">\(HTMLText.escape(compared.group))</th><th>\(HTMLText.escape(compared.transcripts))</th></tr></thead>
            <tbody>

            """
        for (index, group) in comparison.groups.enumerated() {
            html += "<tr><td>\(names[index])</td><td>\(HTMLText.escape(DigestComparisonWording.read(group.digest.transcripts, words: words)))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        for step in comparison.steps {
            html += section(step, names: names, words: words, compared: compared)
        }
        html += endings(comparison.endings, names: names, words: words)
        return html + "</body>\n</html>\n"
    }

    private static func section(_ step: ComparedStep, names: [String], words: DigestWording, compared: DigestComparisonWording) -> String {
        var html = "<section class=\"step\" id=\"step-\(HTMLText.escape(step.id))\">\n"
        html += "<h2><span class=\"number\">\(step.number)</span><span class=\"title\">\(HTMLText.escape(step.question))</span></h2>\n"
        html += "<p class=\"legend\">" + Band.allCases.map { legendItem($0.rawValue, words.bandName($0)) }.joined(separator: " ") + "</p>\n"
        html += "<table class=\"criteria\">\n<thead><tr><th class=\"idea\">\(HTMLText.escape(compared.group))</th><th class=\"chart\"></th>"
        html += "<th class=\"figure answered\">\(HTMLText.escape(compared.answered))</th>"
        html += Band.allCases.map { "<th class=\"figure\">\(HTMLText.escape(words.bandName($0)))</th>" }.joined()
        html += "</tr></thead>\n<tbody>\n"
        let bands = step.bands
        for (index, name) in names.enumerated() {
            let shares = bands.map { ($0.band, $0.groups[index]) }
            let label = shares.map { "\(words.bandName($0.0)) \(words.shareOfLearners(DigestWording.percent($0.1), $0.1.count))" }.joined(separator: ", ")
            let chart = DigestBarChart.svg(shares.map { .init(share: $0.1.share ?? 0, cssClass: $0.0.rawValue) }, label: label)
            html += "<tr><td>\(name)</td><td class=\"chart\">\(chart)</td>"
            html += ([step.answered[index]] + shares.map(\.1)).map { "<td class=\"figure\">\(DigestComparisonWording.figure($0))</td>" }.joined()
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        html += "<table class=\"criteria\">\n<thead><tr><th class=\"idea\">\(HTMLText.escape(compared.ideaMet))</th>"
        html += names.map { "<th class=\"figure\">\($0)</th>" }.joined()
        html += "</tr></thead>\n<tbody>\n"
        for criterion in step.criteria {
            var label = HTMLText.escape(criterion.label)
            if criterion.misconception {
                label = "<span class=\"tag misconception\">⚠ \(HTMLText.escape(words.misconception))</span> " + label
            }
            if criterion.required {
                label += " <span class=\"tag\">(\(HTMLText.escape(words.required)))</span>"
            }
            html += "<tr><td>\(label)</td>" + criterion.met.map { "<td class=\"figure\">\(DigestComparisonWording.figure($0))</td>" }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    private static func endings(_ endings: [ComparedEnding], names: [String], words: DigestWording) -> String {
        var html = "<section class=\"endings\">\n<h2>\(HTMLText.escape(words.endings))</h2>\n"
        html += "<table class=\"endings\">\n<thead><tr><th class=\"idea\">\(HTMLText.escape(words.ending))</th>"
        html += names.map { "<th class=\"figure\">\($0)</th>" }.joined()
        html += "</tr></thead>\n<tbody>\n"
        for ending in endings {
            let name = switch ending.kind {
            case .ending: HTMLText.escape(ending.title)
            case .quit: "<em>\(HTMLText.escape(words.quit))</em>"
            case .interrupted: "<em>\(HTMLText.escape(words.interrupted))</em>"
            }
            html += "<tr><td>\(name)</td>" + ending.groups.map { "<td class=\"figure\">\(DigestComparisonWording.figure($0))</td>" }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    private static func legendItem(_ cssClass: String, _ text: String) -> String {
        "<span class=\"item\"><span class=\"key \(HTMLText.escape(cssClass))\"></span>\(HTMLText.escape(text))</span>"
    }
}
