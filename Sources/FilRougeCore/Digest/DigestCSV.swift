/// A digest's criteria as CSV, one row per step and criterion, for a spreadsheet: the figures of
/// the tables, with counts and shares. The columns are described in docs/facilitators-guide.md.
public enum DigestCSV {
    public static let columns = [
        "step_number", "step", "concept", "label", "misconception", "required", "answered",
        "met", "met_share", "negated", "negated_share", "missed", "missed_share",
    ]

    public static func render(_ digest: Digest) -> String {
        var rows = [columns]
        for step in digest.steps {
            for criterion in step.criteria {
                rows.append([
                    String(step.number), step.id, criterion.concept, criterion.label,
                    String(criterion.misconception), String(criterion.required), String(step.answered.count),
                    String(criterion.met.count), share(criterion.met),
                    String(criterion.negated.count), share(criterion.negated),
                    String(criterion.missed.count), share(criterion.missed),
                ])
            }
        }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// From 0 to 1 with four decimals (`0.6667`), the same in every locale; empty when no learner
    /// answered the step.
    static func share(_ proportion: Proportion) -> String {
        guard let share = proportion.share else { return "" }
        let tenThousandths = Int((share * 10_000).rounded())
        let fraction = String(tenThousandths % 10_000)
        return "\(tenThousandths / 10_000)." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }

    /// A field quoted when it holds a comma, a quote, a line break or blanks at its ends (RFC 4180).
    static func field(_ text: String) -> String {
        let clean = TerminalSafeText.sanitize(text)
        let needsQuotes = clean.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || clean.first?.isWhitespace == true || clean.last?.isWhitespace == true
        return needsQuotes ? "\"" + clean.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : clean
    }
}
