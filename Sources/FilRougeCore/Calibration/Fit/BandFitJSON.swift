/// A band fit as one JSON document (see docs/calibration.md): per step, the setting and agreement
/// before and after, and the outcome.
public enum BandFitJSON {
    public static func render(_ fit: BandFit) -> String {
        ReportJSON.text(of: Document(fit: fit), fallback: "{}")
    }

    private struct Document: Encodable {
        let fit: BandFit

        enum CodingKeys: String, CodingKey {
            case format, scenario, marks, folds, steps
            case minimumMarks = "minimum_marks"
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(CalibrationJSON.format, forKey: .format)
            try container.encode(fit.scenarioID, forKey: .scenario)
            try container.encode(fit.marksFile, forKey: .marks)
            try container.encode(BandFit.folds, forKey: .folds)
            try container.encode(BandFit.minimumMarks, forKey: .minimumMarks)
            try container.encode(fit.steps.map(Step.init), forKey: .steps)
        }
    }

    private struct Step: Encodable {
        let fit: StepFit

        init(_ fit: StepFit) {
            self.fit = fit
        }

        enum CodingKeys: String, CodingKey {
            case step, marks, before, after, outcome
            case beforeAgreement = "before_agreement"
            case afterAgreement = "after_agreement"
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(fit.step, forKey: .step)
            try container.encode(fit.marks, forKey: .marks)
            try container.encode(Setting(fit.before), forKey: .before)
            try container.encode(fit.beforeAgreement, forKey: .beforeAgreement)
            try container.encode(Setting(fit.after), forKey: .after)
            try container.encode(fit.afterAgreement, forKey: .afterAgreement)
            try container.encode(fit.outcome.rawValue, forKey: .outcome)
        }
    }

    /// `{"ideas": {"good": 2, "partial": 1}}` or `{"good": 0.7, "partial": 0.4}`, as in a scenario file.
    private struct Setting: Encodable {
        let setting: BandThresholds

        init(_ setting: BandThresholds) {
            self.setting = setting
        }

        enum CodingKeys: String, CodingKey {
            case good, partial, ideas
        }

        struct Counts: Encodable {
            let good: Int
            let partial: Int
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            if let ideas = setting.ideas {
                try container.encode(Counts(good: ideas.good, partial: ideas.partial), forKey: .ideas)
            } else {
                try container.encode(setting.good, forKey: .good)
                try container.encode(setting.partial, forKey: .partial)
            }
        }
    }
}
