/// A comparison of groups as CSV, for a spreadsheet's pivot table: one row per figure and group
/// (long format), written by `CSVWriter` as the digest's and the export's are. The columns are
/// described in docs/facilitators-guide.md.
public enum DigestComparisonCSV {
    public static let columns = ["group", "section", "step_number", "step", "item", "label", "count", "total", "share"]

    public static func render(_ comparison: DigestComparison) -> String {
        let names = comparison.groups.map(\.name)
        var rows: [[String]] = []
        func add(_ section: String, step: ComparedStep?, item: String, label: String, _ proportions: [Proportion]) {
            for (name, proportion) in zip(names, proportions) {
                rows.append([
                    name, section, step.map { String($0.number) } ?? "", step?.id ?? "", item, label,
                    String(proportion.count), String(proportion.total), DigestCSV.share(proportion),
                ])
            }
        }
        for step in comparison.steps {
            add("answered", step: step, item: "", label: "", step.answered)
            for (band, groups) in step.bands {
                add("band", step: step, item: band.rawValue, label: "", groups)
            }
            for criterion in step.criteria {
                add("criterion_met", step: step, item: criterion.concept, label: criterion.label, criterion.met)
            }
        }
        for ending in comparison.endings {
            add("ending", step: nil, item: ending.kind == .ending ? ending.id : ending.kind.rawValue, label: "", ending.groups)
        }
        return CSVWriter.table(columns: columns, rows: rows.map { $0.map(TerminalSafeText.sanitize) })
    }
}
