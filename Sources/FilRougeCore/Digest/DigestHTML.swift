/// A digest as one self-contained HTML page, for a projector or for paper: no script, no external
/// file or font, the style inline, charts as inline SVG, matched words in `<mark>`. An overview of
/// the group comes first, then a section per step titled with its question, then the endings by
/// their titles, and last the progress table by learner. Every text from
/// a transcript or a scenario is escaped. The markup is also well-formed XML.
public enum DigestHTML {
    public static func render(_ digest: Digest) -> String {
        let words = DigestWording.forLanguage(digest.scenario.language)
        let title = "\(words.title)\(words.colon)\(digest.scenario.title)"
        var html = HTMLPage.opening(language: digest.scenario.language, title: title) + """
            <div class="summary">\(words.summary(of: digest).map { "<p>\(HTMLText.escape($0))</p>" }.joined())</div>
            </header>

            """
        html += overview(digest, words: words)
        for step in digest.steps {
            html += section(step, words: words)
        }
        html += endings(digest.endings, words: words)
        html += LearnerProgressHTML.section(digest.progress, language: digest.scenario.language)
        html += "</body>\n</html>\n"
        return html
    }

    private static func section(_ step: DigestStep, words: DigestWording) -> String {
        var html = "<section class=\"step\" id=\"step-\(HTMLText.escape(step.id))\">\n"
        html += "<h2><span class=\"number\">\(step.number)</span><span class=\"title\">\(HTMLText.escape(step.question))</span></h2>\n"
        guard step.answered.count > 0 else {
            return html + "<p class=\"none\">\(HTMLText.escape(words.noAnswer))</p>\n</section>\n"
        }
        html += "<p class=\"answered\">\(HTMLText.escape(words.answered(step.answered.count, step.answered.total)))</p>\n"
        let bands = step.bands
        let bandLabel = bands.map { "\(words.bandName($0.band)) \(words.shareOfLearners(DigestWording.percent($0.learners), $0.learners.count))" }.joined(separator: ", ")
        html += DigestBarChart.svg(bands.map { .init(share: $0.learners.share ?? 0, cssClass: $0.band.rawValue) }, label: bandLabel) + "\n"
        html += "<p class=\"legend\">"
        html += bands.map { legendItem($0.band.rawValue, "\(words.bandName($0.band)) \(DigestWording.percent($0.learners)) (\($0.learners.count))") }.joined(separator: " ")
        html += "</p>\n"
        html += criteriaTable(step.criteria, words: words)
        html += "<h3>\(HTMLText.escape(words.bestReplies))</h3>\n"
        if step.bestReplies.isEmpty {
            html += "<p class=\"none\">\(HTMLText.escape(words.noBestReply))</p>\n"
        }
        let labels = Dictionary(step.criteria.map { ($0.concept, $0.label) }, uniquingKeysWith: { first, _ in first })
        for reply in step.bestReplies {
            html += best(reply, labels: labels, words: words)
        }
        if !step.mostMissed.isEmpty {
            html += "<h3>\(HTMLText.escape(words.mostMissed))</h3>\n<ol class=\"missed\">\n"
            for criterion in step.mostMissed {
                html += "<li>\(HTMLText.escape(criterion.label))\(HTMLText.escape(words.colon))<strong>\(DigestWording.percent(criterion.notMet))</strong> (\(criterion.notMet.count))</li>\n"
            }
            html += "</ol>\n"
        }
        return html + "</section>\n"
    }

    private static func legendItem(_ cssClass: String, _ text: String) -> String {
        "<span class=\"item\"><span class=\"key \(HTMLText.escape(cssClass))\"></span>\(HTMLText.escape(text))</span>"
    }

    private static func criteriaTable(_ criteria: [DigestCriterion], words: DigestWording) -> String {
        var html = "<table class=\"criteria\">\n<thead><tr><th class=\"idea\">\(HTMLText.escape(words.idea))</th><th class=\"chart\"></th>"
        // The headings carry the bars' colour keys.
        html += "<th class=\"figure\"><span class=\"key met\"></span>\(HTMLText.escape(words.met))</th>"
        html += "<th class=\"figure\"><span class=\"key negated\"></span>\(HTMLText.escape(words.negated))</th>"
        html += "<th class=\"figure\">\(HTMLText.escape(words.missed))</th></tr></thead>\n<tbody>\n"
        for criterion in criteria {
            var label = HTMLText.escape(criterion.label)
            if criterion.misconception {
                label = "<span class=\"tag misconception\">⚠ \(HTMLText.escape(words.misconception))</span> " + label
            }
            if criterion.required {
                label += " <span class=\"tag\">(\(HTMLText.escape(words.required)))</span>"
            }
            let figures = [(words.met, criterion.met), (words.negated, criterion.negated), (words.missed, criterion.missed)]
            let chartLabel = criterion.label + words.colon + figures.map { "\($0.0) \(words.shareOfLearners(DigestWording.percent($0.1), $0.1.count))" }.joined(separator: ", ")
            let chart = DigestBarChart.svg([
                .init(share: criterion.met.share ?? 0, cssClass: criterion.misconception ? "misconception" : "met"),
                .init(share: criterion.negated.share ?? 0, cssClass: "negated"),
            ], label: chartLabel)
            html += "<tr><td>\(label)</td><td class=\"chart\">\(chart)</td>"
            html += figures.map { "<td class=\"figure\">\(DigestWording.percent($0.1)) (\($0.1.count))</td>" }.joined()
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    private static func best(_ reply: DigestReply, labels: [String: String], words: DigestWording) -> String {
        let met = reply.metConcepts.map { labels[$0] ?? $0 }.joined(separator: ", ")
        var caption = "<strong>\(HTMLText.escape(words.name(reply.learner)))</strong> · \(HTMLText.escape(words.bandName(reply.band))) \(PercentText.of(reply.score))"
        if !met.isEmpty { caption += " · \(HTMLText.escape(words.ideasMet + words.colon + met))" }
        // Words rather than a pin symbol, which the fonts of a projector's computer may lack.
        if reply.pinned { caption += " · <span class=\"pinned-label\">\(HTMLText.escape(words.pinned))</span>" }
        var html = "<figure class=\"reply\(reply.pinned ? " pinned" : "")\">\n<figcaption>\(caption)</figcaption>\n<blockquote>\n"
        for part in reply.replies {
            let label = part.attempt > 1 ? "<span class=\"followup-label\">\(HTMLText.escape(words.followUp + words.colon))</span>" : ""
            html += "<p>\(label)\(marked(part, labels: labels))</p>\n"
        }
        return html + "</blockquote>\n</figure>\n"
    }

    /// The reply escaped, its matched words in `<mark>`, titled with the concepts they count for.
    static func marked(_ reply: HighlightedReply, labels: [String: String]) -> String {
        reply.segments.map { segment in
            let text = HTMLText.escape(segment.text)
            guard let highlight = segment.highlight else { return text }
            let title = HTMLText.escape(highlight.concepts.map { labels[$0] ?? $0 }.joined(separator: ", "))
            let cssClass = highlight.kind == .met ? "" : " class=\"\(highlight.kind.rawValue)\""
            return "<mark\(cssClass) title=\"\(title)\">\(text)</mark>"
        }.joined()
    }

    private static func endings(_ tally: EndingTally, words: DigestWording) -> String {
        var html = "<section class=\"endings\">\n<h2>\(HTMLText.escape(words.endings))</h2>\n"
        var rows = tally.reached.map { (HTMLText.escape($0.title), $0.learners, "ending") }
        rows.append(("<em>\(HTMLText.escape(words.quit))</em>", tally.quit, "unfinished"))
        rows.append(("<em>\(HTMLText.escape(words.interrupted))</em>", tally.interrupted, "unfinished"))
        html += shareTable(cssClass: "endings", heading: words.ending, rows: rows, words: words)
        html += "<p class=\"answered\">\(HTMLText.escape(words.notFinished(tally.notFinished.count, tally.notFinished.total)))</p>\n"
        return html + "</section>\n"
    }

    /// A table of learners' shares, one bar each: the label (HTML already escaped), the share and the
    /// CSS class that colours its bar.
    private static func shareTable(cssClass: String, heading: String, rows: [(label: String, learners: Proportion, cssClass: String)], words: DigestWording) -> String {
        var html = "<table class=\"\(cssClass) shares\">\n<thead><tr><th class=\"idea\">\(HTMLText.escape(heading))</th><th class=\"chart\"></th><th class=\"figure\">\(HTMLText.escape(words.learners))</th></tr></thead>\n<tbody>\n"
        for row in rows {
            let chart = DigestBarChart.svg([.init(share: row.learners.share ?? 0, cssClass: row.cssClass)], label: words.shareOfLearners(DigestWording.percent(row.learners), row.learners.count))
            html += "<tr><td>\(row.label)</td><td class=\"chart\">\(chart)</td><td class=\"figure\">\(DigestWording.percent(row.learners)) (\(row.learners.count))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// The group at a glance, in two columns on a wide screen: who finished and the totals on the
    /// left, where the others stopped and the routes taken on the right.
    private static func overview(_ digest: Digest, words: DigestWording) -> String {
        let overview = digest.overview
        let endings = digest.endings
        var html = "<section class=\"overview\">\n<h2>\(HTMLText.escape(words.overview))</h2>\n<div class=\"columns\">\n<div class=\"column\">\n"
        html += "<p class=\"answered\">\(HTMLText.escape(words.finished(overview.finished.count, overview.finished.total, DigestWording.percent(overview.finished))))</p>\n"
        let finishing = [(words.routeEnd, overview.finished, "ending"), (words.quit, endings.quit, "quit"), (words.interrupted, endings.interrupted, "unfinished")]
        html += DigestBarChart.svg(finishing.map { .init(share: $0.1.share ?? 0, cssClass: $0.2) }, label: finishing.map { "\($0.0) \(words.shareOfLearners(DigestWording.percent($0.1), $0.1.count))" }.joined(separator: ", ")) + "\n"
        html += "<p class=\"legend\">" + finishing.map { legendItem($0.2, "\($0.0) \(DigestWording.percent($0.1)) (\($0.1.count))") }.joined(separator: " ") + "</p>\n"
        if overview.scored == 0 {
            html += "<p class=\"none\">\(HTMLText.escape(words.noTotal))</p>\n"
        } else {
            let rows = overview.scores.map { (HTMLText.escape(words.scoreRange($0.bucket.lower, $0.bucket.upper)), $0.learners, "score") }
            html += shareTable(cssClass: "scores", heading: words.totalScore, rows: rows, words: words)
        }
        html += "</div>\n<div class=\"column\">\n"
        if overview.stoppedAt.isEmpty {
            html += "<p class=\"none\">\(HTMLText.escape(words.nobodyStopped))</p>\n"
        } else {
            let rows = overview.stoppedAt.map { stop in
                let title = digest.steps.first { $0.number == stop.step }.map(words.shortStepHeading) ?? words.step(stop.step)
                return (HTMLText.escape(title), stop.learners, "unfinished")
            }
            html += shareTable(cssClass: "stops", heading: words.stoppedAt, rows: rows, words: words)
        }
        if !overview.routes.isEmpty {
            var rows = overview.routes.map { (HTMLText.escape(words.routeText($0.route)), $0.learners, $0.route.finished ? "ending" : "unfinished") }
            if overview.otherRoutes.count > 0 {
                rows.append(("<em>\(HTMLText.escape(words.otherRoutes))</em>", overview.otherRoutes, "unfinished"))
            }
            html += shareTable(cssClass: "routes", heading: words.route, rows: rows, words: words)
        }
        return html + "</div>\n</div>\n</section>\n"
    }
}
