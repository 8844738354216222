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
    public static func render(_ report: SynonymReport) -> String {
        var lines = [
            "Synonyms from \(report.thesaurus) that the criteria of \(report.scenario) do not cover yet.",
            "(⚠ concept: the synonym alone would also meet that other criterion of the step.)",
        ]
        if report.steps.isEmpty { lines.append("No criterion to look at.") }
        for step in report.steps {
            lines.append("")
            lines.append("Step \(step.id)")
            for criterion in step.criteria {
                lines += self.lines(of: criterion)
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func lines(of criterion: SynonymReport.Criterion) -> [String] {
        let kind = criterion.isMisconception ? " (misconception)" : ""
        let label = criterion.label == criterion.concept.replacingOccurrences(of: "-", with: " ") ? "" : " — \(criterion.label)"
        var lines = ["  \(criterion.concept)\(kind)\(label)"]
        for keyword in criterion.keywords {
            lines += self.lines(of: keyword)
        }
        if !criterion.withoutEntry.isEmpty {
            lines.append("    no entry: " + criterion.withoutEntry.joined(separator: ", "))
        }
        return lines
    }

    private static func lines(of keyword: SynonymReport.Keyword) -> [String] {
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
            lines.append("      " + partOfSpeech + meaning.synonyms.map(text(of:)).joined(separator: ", "))
        }
        return lines
    }

    private static func text(of synonym: SynonymReport.Synonym) -> String {
        var text = synonym.text
        if let note = synonym.note { text += " [\(note)]" }
        if !synonym.alsoMeets.isEmpty { text += " (⚠ " + synonym.alsoMeets.joined(separator: ", ") + ")" }
        return text
    }
}
