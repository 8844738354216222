import Foundation

/// A digest as Markdown, readable as plain text and on GitHub: an overview of the group (totals,
/// who finished, where the others stopped, the routes taken) as tables, then a section per step,
/// titled with its question, with its bands, a table of its criteria, the best replies (matched words in bold, negated ones
/// in italics) and the concepts most often missed; then the endings; last, the progress table by learner.
public enum DigestMarkdown {
    public static func render(_ digest: Digest) -> String {
        let words = DigestWording.forLanguage(digest.scenario.language)
        var lines: [String] = []
        lines.append("# \(words.title)\(words.colon)\(MarkdownText.inline(digest.scenario.title))")
        lines.append("")
        lines.append(words.summary(of: digest).map(MarkdownText.inline).joined(separator: " "))
        lines.append("")
        lines += overview(digest, words: words)
        for step in digest.steps {
            lines.append("")
            lines += section(step, words: words)
        }
        lines.append("")
        lines += endings(digest.endings, words: words)
        lines.append("")
        lines += LearnerProgressMarkdown.section(digest.progress, language: digest.scenario.language)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func section(_ step: DigestStep, words: DigestWording) -> [String] {
        var lines = ["## \(MarkdownText.inline(words.stepHeading(step)))", ""]
        guard step.answered.count > 0 else {
            lines.append(words.noAnswer)
            return lines
        }
        let bands = step.bands.map { "\(words.bandName($0.band)) \(DigestWording.percent($0.learners))" }
        lines.append(words.answered(step.answered.count, step.answered.total) + words.colon + bands.joined(separator: " · ") + ".")
        lines.append("")
        lines.append("| \(words.idea) | \(words.met) | \(words.negated) | \(words.missed) |")
        lines.append("| :--- | ---: | ---: | ---: |")
        for criterion in step.criteria {
            lines.append("| \(label(criterion, words: words)) | \(cell(criterion.met)) | \(cell(criterion.negated)) | \(cell(criterion.missed)) |")
        }
        lines.append("")
        lines.append("### \(words.bestReplies)")
        lines.append("")
        if step.bestReplies.isEmpty {
            lines.append(words.noBestReply)
        }
        let labels = Dictionary(step.criteria.map { ($0.concept, $0.label) }, uniquingKeysWith: { first, _ in first })
        for (index, reply) in step.bestReplies.enumerated() {
            if index > 0 { lines.append("") }
            lines += best(reply, labels: labels, words: words)
        }
        if !step.mostMissed.isEmpty {
            lines.append("")
            lines.append("### \(words.mostMissed)")
            lines.append("")
            for (index, criterion) in step.mostMissed.enumerated() {
                lines.append("\(index + 1). \(MarkdownText.inline(criterion.label))\(words.colon)\(DigestWording.percent(criterion.notMet)) (\(criterion.notMet.count))")
            }
        }
        return lines
    }

    private static func label(_ criterion: DigestCriterion, words: DigestWording) -> String {
        var label = MarkdownText.inline(criterion.label)
        if criterion.misconception { label = "⚠ \(words.misconception)\(words.colon)\(label)" }
        if criterion.required { label += " (\(words.required))" }
        return label
    }

    private static func cell(_ proportion: Proportion) -> String {
        "\(DigestWording.percent(proportion)) (\(proportion.count))"
    }

    private static func best(_ reply: DigestReply, labels: [String: String], words: DigestWording) -> [String] {
        let met = reply.metConcepts.map { MarkdownText.inline(labels[$0] ?? $0) }.joined(separator: ", ")
        var heading = "**\(MarkdownText.inline(words.name(reply.learner)).trimmingCharacters(in: .whitespaces))** · \(words.bandName(reply.band)) \(PercentText.of(reply.score))"
        if reply.pinned { heading += " · *\(words.pinned)*" }
        if !met.isEmpty { heading += " · \(words.ideasMet)\(words.colon)\(met)" }
        var lines = [heading, ""]
        for (index, part) in reply.replies.enumerated() {
            if index > 0 { lines.append(">") }
            let prefix = part.attempt > 1 ? "*\(words.followUp)\(words.colonMark)* " : ""
            lines.append("> " + prefix + MarkdownText.lineStart(marked(part)))
        }
        return lines
    }

    /// The reply escaped, with met and misconception words in bold and negated ones in italics.
    static func marked(_ reply: HighlightedReply) -> String {
        reply.segments.map { segment in
            let text = MarkdownText.inline(segment.text)
            switch segment.highlight?.kind {
            case .none: return text
            case .met, .misconception: return "**\(text)**"
            case .negated: return "*\(text)*"
            }
        }.joined()
    }

    /// The group at a glance: who finished, the totals, where the others stopped, the routes.
    private static func overview(_ digest: Digest, words: DigestWording) -> [String] {
        let overview = digest.overview
        var lines = ["## \(words.overview)", ""]
        lines.append(words.finished(overview.finished.count, overview.finished.total, DigestWording.percent(overview.finished)))
        lines.append("")
        if overview.scored == 0 {
            lines.append(words.noTotal)
        } else {
            lines += ["| \(words.totalScore) | \(words.learners) |", "| :--- | ---: |"]
            for score in overview.scores {
                lines.append("| \(words.scoreRange(score.bucket.lower, score.bucket.upper)) | \(cell(score.learners)) |")
            }
        }
        lines.append("")
        if overview.stoppedAt.isEmpty {
            lines.append(words.nobodyStopped)
        } else {
            lines += ["| \(words.stoppedAt) | \(words.learners) |", "| :--- | ---: |"]
            for stop in overview.stoppedAt {
                let title = digest.steps.first { $0.number == stop.step }.map(words.shortStepHeading) ?? words.step(stop.step)
                lines.append("| \(MarkdownText.inline(title)) | \(cell(stop.learners)) |")
            }
        }
        if !overview.routes.isEmpty {
            lines += ["", "| \(words.route) | \(words.learners) |", "| :--- | ---: |"]
            for route in overview.routes {
                lines.append("| \(words.routeText(route.route)) | \(cell(route.learners)) |")
            }
            if overview.otherRoutes.count > 0 {
                lines.append("| *\(words.otherRoutes)* | \(cell(overview.otherRoutes)) |")
            }
        }
        return lines
    }

    private static func endings(_ tally: EndingTally, words: DigestWording) -> [String] {
        var lines = ["## \(words.endings)", "", "| \(words.ending) | \(words.learners) |", "| :--- | ---: |"]
        for ending in tally.reached {
            lines.append("| \(MarkdownText.inline(ending.title)) | \(cell(ending.learners)) |")
        }
        lines.append("| *\(words.quit)* | \(cell(tally.quit)) |")
        lines.append("| *\(words.interrupted)* | \(cell(tally.interrupted)) |")
        lines.append("")
        lines.append(words.notFinished(tally.notFinished.count, tally.notFinished.total))
        return lines
    }
}
