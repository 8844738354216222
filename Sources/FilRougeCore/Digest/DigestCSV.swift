/// A digest's criteria as CSV, one row per step and criterion, for a spreadsheet: the figures of
/// the tables, with counts and shares, written by `CSVWriter` as the export is. The scenario's
/// words are made safe for a terminal first, since a digest is often printed on one. The columns
/// are described in docs/facilitators-guide.md.
public enum DigestCSV {
    public static let columns = [
        "step_number", "step", "concept", "label", "misconception", "required", "answered",
        "met", "met_share", "negated", "negated_share", "missed", "missed_share",
    ]

    public static func render(_ digest: Digest) -> String {
        let rows = digest.steps.flatMap { step in
            step.criteria.map { criterion in
                [
                    String(step.number), step.id, criterion.concept, criterion.label,
                    String(criterion.misconception), String(criterion.required), String(step.answered.count),
                    String(criterion.met.count), share(criterion.met),
                    String(criterion.negated.count), share(criterion.negated),
                    String(criterion.missed.count), share(criterion.missed),
                ].map(TerminalSafeText.sanitize)
            }
        }
        return CSVWriter.table(columns: columns, rows: rows)
    }

    /// From 0 to 1 with four decimals (`0.6667`), the same in every locale; empty when no learner
    /// answered the step.
    static func share(_ proportion: Proportion) -> String {
        guard let share = proportion.share else { return "" }
        let tenThousandths = Int((share * 10_000).rounded())
        let fraction = String(tenThousandths % 10_000)
        return "\(tenThousandths / 10_000)." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }
}
