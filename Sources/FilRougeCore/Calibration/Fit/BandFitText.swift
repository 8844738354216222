/// A band fit as text for the terminal: one row per marked step with its setting and agreement
/// before and after, then what the trainer can do with it.
public enum BandFitText {
    public static func render(_ fit: BandFit) -> String {
        var lines = ["Band settings fitted to \(fit.marksFile) (\(BandFit.folds)-fold cross-validation, folds in file order):", ""]
        var table = TextTable([.left, .right, .left, .right, .right, .left, .right, .right])
        table.add(["step", "marks", "before", "qwk", "agree", "after", "qwk", "agree"])
        for step in fit.steps {
            let after = step.afterAgreement
            table.add([
                step.step, "\(step.marks)",
                BandSettingText.describe(step.before),
                FigureFormat.decimal(step.beforeAgreement.quadraticWeightedKappa), FigureFormat.percent(step.beforeAgreement.accuracy),
                step.outcome == .changed ? BandSettingText.describe(step.after) : "(as before)",
                FigureFormat.decimal(after?.quadraticWeightedKappa), FigureFormat.percent(after?.accuracy),
            ])
        }
        lines += table.lines()
        lines.append("")
        let changed = fit.steps.filter { $0.outcome == .changed }
        let kept = fit.steps.filter { $0.outcome == .kept }
        let tooFew = fit.steps.filter { $0.outcome == .tooFewMarks }
        if !kept.isEmpty {
            lines.append("Kept: " + kept.map(\.step).joined(separator: ", ") + " (no setting agrees better with marks it was not fitted on).")
        }
        if !tooFew.isEmpty {
            lines.append("Left as they are: " + tooFew.map { "\($0.step) (\($0.marks) mark\($0.marks == 1 ? "" : "s"))" }.joined(separator: ", ")
                + "; a fit needs \(BandFit.minimumMarks) marked replies per step.")
        }
        if changed.isEmpty {
            lines.append("No change proposed.")
        } else {
            lines.append("Proposed: " + changed.map { "\($0.step): bands: \(BandSettingText.yaml($0.after))" }.joined(separator: "; ") + ".")
            lines.append("Write a copy of the scenario with these settings with --output FILE.")
        }
        lines.append("The 'before' figures are on all the marks; the 'after' ones on marks each fold's setting was not fitted on.")
        return lines.joined(separator: "\n")
    }
}
