/// A calibration as text for trainers: agreement per step, the confusion matrix, the criteria, then
/// the disagreements with how the rubric graded each.
public enum CalibrationText {
    /// - Parameter disagreementLimit: how many disagreements to show, in file order; nil for all.
    public static func render(_ calibration: Calibration, disagreementLimit: Int? = nil) -> String {
        let total = calibration.overall.count
        let disagreementCount = calibration.disagreements.count
        var lines = [
            "Calibration of \(calibration.scenarioID) \(calibration.scenarioVersion) against \(calibration.marksFile): "
                + "\(plural(total, "marked reply", "marked replies")), \(plural(disagreementCount, "disagreement", "disagreements"))",
            "",
        ]
        lines += agreementLines(calibration)
        lines += ["", "Confusion matrix, all steps (rows: human, columns: machine)"]
        lines += confusionLines(calibration.overall.confusion)
        lines.append("")
        lines += criteriaLines(calibration.criteria)
        lines += negationLines(calibration)
        lines += disagreementLines(calibration, limit: disagreementLimit)
        return lines.joined(separator: "\n")
    }

    static func agreementLines(_ calibration: Calibration) -> [String] {
        var table = TextTable([.left, .right, .right, .right, .right, .left])
        table.add(["step", "n", "accuracy", "κ", "QWK", "κ reads as"])
        func add(_ name: String, _ agreement: BandAgreement) {
            let reading = agreement.kappa.map { KappaInterpretation(kappa: $0).rawValue } ?? FigureFormat.undefined
            table.add([
                name, "\(agreement.count)", FigureFormat.percent(agreement.accuracy),
                FigureFormat.decimal(agreement.kappa), FigureFormat.decimal(agreement.quadraticWeightedKappa), reading,
            ])
        }
        for step in calibration.steps { add(step.step, step.agreement) }
        add("overall", calibration.overall)
        var lines = ["Agreement by step (κ: Cohen's kappa; QWK: quadratic weighted kappa)"] + table.lines()
        if !calibration.unmarkedSteps.isEmpty {
            lines.append("  Steps without marks: \(calibration.unmarkedSteps.joined(separator: ", "))")
        }
        return lines
    }

    static func confusionLines(_ matrix: ConfusionMatrix) -> [String] {
        var table = TextTable([.left, .right, .right, .right])
        table.add(["human \\ machine"] + ConfusionMatrix.bands.map(\.rawValue))
        for human in ConfusionMatrix.bands {
            table.add([human.rawValue] + ConfusionMatrix.bands.map { "\(matrix.count(human: human, machine: $0))" })
        }
        return table.lines()
    }

    static func criteriaLines(_ criteria: [CriterionAgreement]?) -> [String] {
        guard let criteria else {
            return ["Criteria: no figures, the marks file has no 'concepts' column."]
        }
        var table = TextTable([.left, .left, .right, .right, .right, .right, .right, .right])
        table.add(["step", "concept", "TP", "FP", "FN", "TN", "precision", "recall"])
        for criterion in criteria {
            table.add([
                criterion.step, criterion.concept + (criterion.isMisconception ? " (misconception)" : ""),
                "\(criterion.truePositives)", "\(criterion.falsePositives)", "\(criterion.falseNegatives)",
                "\(criterion.trueNegatives)", FigureFormat.percent(criterion.precision), FigureFormat.percent(criterion.recall),
            ])
        }
        return ["Criteria (TP: met and named by the human; FP: met, not named; FN: named, not met; TN: neither)"] + table.lines()
    }

    /// Ideas credited beside a negation that the marker did not name: each is a negation the
    /// reader may have missed.
    static func negationLines(_ calibration: Calibration) -> [String] {
        guard let credited = calibration.creditedBesideNegation else { return [] }
        var lines = ["", "Ideas credited in a reply with a negation, not named by the marker: \(credited.count)"]
        for entry in credited {
            lines.append("  \(calibration.marksFile):\(entry.line): step \(entry.step): \(entry.concept) (negation: \(entry.cues.joined(separator: ", ")))")
        }
        return lines
    }

    static func disagreementLines(_ calibration: Calibration, limit: Int?) -> [String] {
        let all = calibration.disagreements
        guard !all.isEmpty else { return ["", "No disagreement."] }
        let shown = all.prefix(limit ?? all.count)
        guard !shown.isEmpty else {
            return ["", "\(plural(all.count, "disagreement", "disagreements")) not shown (--disagreements all shows them)."]
        }
        var lines = ["", shown.count == all.count ? "Disagreements (\(all.count))" : "Disagreements (the first \(shown.count) of \(all.count))"]
        for disagreement in shown {
            var head = "\(calibration.marksFile):\(disagreement.line): step \(disagreement.step): human \(disagreement.human.rawValue), "
                + "machine \(disagreement.machine.rawValue) (score \(PercentText.of(disagreement.score))"
                + (disagreement.reason.map { "; " + $0 } ?? "") + ")"
            if let named = disagreement.humanConcepts {
                head += "; human named: \(named.isEmpty ? "none" : named.joined(separator: ", "))"
            }
            lines += ["", head]
            lines += disagreement.explanation.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }
        }
        if shown.count < all.count {
            lines += ["", "\(all.count - shown.count) more (--disagreements all shows them)."]
        }
        return lines
    }

    static func plural(_ count: Int, _ one: String, _ many: String) -> String {
        "\(count) \(count == 1 ? one : many)"
    }
}
