/// The synonym report as text for a trainer: by step, by criterion, by keyword, one line per
/// meaning of the thesaurus.
///
/// ```
/// Step equipe
///   impliquer — impliquer l’équipe
///     associer (3 already covered)
///       Verbe: adjoindre, allier, réunir (⚠ ambassadeurs)
///     no entry: impliqu*, associe-les
/// ```
public enum SynonymReportText {
    /// - Parameter width: the columns lists of synonyms are wrapped to, never inside a synonym
    ///   (a phrase stays on one line); nil for one line per list.
    public static func render(_ report: SynonymReport, width: Int? = nil) -> String {
        var lines = [
            "Synonyms the criteria of \(report.scenario) do not cover yet",
            "Thesaurus: \(report.thesaurus)",
            "⚠ concept: the synonym alone would also meet that other criterion of the step",
        ]
        if report.steps.isEmpty { lines.append("No criterion to look at.") }
        for step in report.steps {
            lines.append("")
            lines.append("Step \(step.id)")
            for criterion in step.criteria {
                lines += self.lines(of: criterion, width: width)
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func lines(of criterion: SynonymReport.Criterion, width: Int?) -> [String] {
        let kind = criterion.isMisconception ? " (misconception)" : ""
        let label = criterion.label == criterion.concept.replacingOccurrences(of: "-", with: " ") ? "" : " — \(criterion.label)"
        var lines = ["  \(criterion.concept)\(kind)\(label)"]
        for keyword in criterion.keywords {
            lines += self.lines(of: keyword, width: width)
        }
        if !criterion.withoutEntry.isEmpty {
            lines += list(criterion.withoutEntry, after: "    no entry: ", width: width)
        }
        return lines
    }

    private static func lines(of keyword: SynonymReport.Keyword, width: Int?) -> [String] {
        let lookedUp = SynonymKeyword.lookupText(of: keyword.keyword)
        let found = keyword.headwords == [lookedUp ?? ""] || keyword.headwords.isEmpty
            ? "" : " → " + keyword.headwords.joined(separator: ", ")
        let covered = keyword.coveredCount == 0 ? "" : " (\(keyword.coveredCount) already covered)"
        guard !keyword.meanings.isEmpty else {
            let why = keyword.coveredCount == 0 ? "no other synonym" : "every synonym already covered or listed above"
            return ["    \(keyword.keyword)\(found): \(why)\(covered)"]
        }
        var lines = ["    \(keyword.keyword)\(found)\(covered)"]
        for meaning in keyword.meanings {
            let partOfSpeech = meaning.partOfSpeech.isEmpty ? "" : "\(meaning.partOfSpeech): "
            lines += list(meaning.synonyms.map(text(of:)), after: "      " + partOfSpeech, width: width)
        }
        return lines
    }

    /// `items` separated by commas after `start`, on as many lines as `width` needs, the lines after
    /// the first indented two columns further than `start`.
    static func list(_ items: [String], after start: String, width: Int?) -> [String] {
        let indent = String(repeating: " ", count: start.prefix { $0 == " " }.count + 2)
        var lines: [String] = []
        var line = start
        for (index, item) in items.enumerated() {
            let piece = index == items.count - 1 ? item : item + ","
            let atStart = index == 0 || line == indent
            if let width, !atStart, line.count + 1 + piece.count > width {
                lines.append(line)
                line = indent + piece
            } else {
                line += (atStart ? "" : " ") + piece
            }
        }
        lines.append(line)
        return lines
    }

    private static func text(of synonym: SynonymReport.Synonym) -> String {
        var text = synonym.text
        if let note = synonym.note { text += " [\(note)]" }
        if !synonym.alsoMeets.isEmpty { text += " (⚠ " + synonym.alsoMeets.joined(separator: ", ") + ")" }
        return text
    }
}
