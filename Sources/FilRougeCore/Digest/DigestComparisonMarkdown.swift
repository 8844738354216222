/// A comparison of groups as Markdown: the groups and what was read of each, then for each step,
/// titled with its question as in the florilège, a table of each group's answers and bands and a table of the ideas each group met, then a table
/// of each group's endings, by their titles. Shares are of each group's own learners, so that groups of different
/// sizes compare; the counts follow in brackets.
public enum DigestComparisonMarkdown {
    public static func render(_ comparison: DigestComparison) -> String {
        let words = DigestWording.forLanguage(comparison.scenario.language)
        let compared = DigestComparisonWording.forLanguage(comparison.scenario.language)
        let names = comparison.groups.map { MarkdownText.inline($0.name) }
        var lines = ["# \(compared.title)\(words.colon)\(MarkdownText.inline(comparison.scenario.title))", ""]
        lines.append(MarkdownText.inline(words.scenario(comparison.scenario.id, comparison.scenario.version, comparison.scenario.language.rawValue)) + ".")
        lines.append("")
        lines.append("| \(compared.group) | \(compared.transcripts) |")
        lines.append("| :--- | :--- |")
        for (index, group) in comparison.groups.enumerated() {
            lines.append("| \(names[index]) | \(DigestComparisonWording.read(group.digest.transcripts, words: words)) |")
        }
        for step in comparison.steps {
            lines.append("")
            lines.append("## \(MarkdownText.inline(words.stepHeading(number: step.number, question: step.question)))")
            lines.append("")
            lines.append("| \(compared.group) | \(compared.answered) | " + Band.allCases.map(words.bandName).joined(separator: " | ") + " |")
            lines.append("| :--- |" + String(repeating: " ---: |", count: 1 + Band.allCases.count))
            let bands = step.bands
            for index in comparison.groups.indices {
                let cells = [DigestComparisonWording.figure(step.answered[index])] + bands.map { DigestComparisonWording.figure($0.groups[index]) }
                lines.append("| \(names[index]) | " + cells.joined(separator: " | ") + " |")
            }
            lines.append("")
            lines.append("| \(compared.ideaMet) | " + names.joined(separator: " | ") + " |")
            lines.append("| :--- |" + String(repeating: " ---: |", count: names.count))
            for criterion in step.criteria {
                lines.append("| \(label(criterion, words: words)) | " + criterion.met.map(DigestComparisonWording.figure).joined(separator: " | ") + " |")
            }
        }
        lines.append("")
        lines.append("## \(words.endings)")
        lines.append("")
        lines.append("| \(words.ending) | " + names.joined(separator: " | ") + " |")
        lines.append("| :--- |" + String(repeating: " ---: |", count: names.count))
        for ending in comparison.endings {
            lines.append("| \(endingName(ending, words: words)) | " + ending.groups.map(DigestComparisonWording.figure).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func endingName(_ ending: ComparedEnding, words: DigestWording) -> String {
        switch ending.kind {
        case .ending: return MarkdownText.inline(ending.title)
        case .quit: return "*\(words.quit)*"
        case .interrupted: return "*\(words.interrupted)*"
        }
    }

    private static func label(_ criterion: ComparedStep.Criterion, words: DigestWording) -> String {
        var label = MarkdownText.inline(criterion.label)
        if criterion.misconception { label = "⚠ \(words.misconception)\(words.colon)\(label)" }
        if criterion.required { label += " (\(words.required))" }
        return label
    }
}
