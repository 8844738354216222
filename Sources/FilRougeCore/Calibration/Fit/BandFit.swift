/// Proposes, per step, the band setting (weighted thresholds, or the idea counts of bands by ideas)
/// that agrees best with human marks, judged by k-fold cross-validation so that a setting is only
/// proposed when it does better on marks it was not fitted on: with twelve marks, some setting
/// always fits them all, and that proves nothing.
///
/// Each fold is banded by the setting that fits the other folds best; the agreement of these
/// bands with the marks is the fit's cross-validated agreement. The setting proposed is then the
/// one that fits all the marks best, and only when the cross-validated agreement beats the step's
/// current setting: closer bands without fewer exact ones, or more exact ones without further bands. Folds are made in marks-file order (reply *i* in fold *i* mod *k*), so that a
/// fit is the same every time.
public struct BandFit: Sendable {
    /// A step needs this many marked replies to be fitted: fewer leave each fold one or two replies
    /// and the figures mean little.
    public static let minimumMarks = 8
    /// How many folds: five, or one per reply when a step has fewer.
    public static let folds = 5

    public var scenarioID: String
    public var marksFile: String
    /// The steps that have marked replies, in scenario order.
    public var steps: [StepFit]

    public init(scenario: Scenario, marks: MarksFile, evaluator: RubricEvaluator? = nil) {
        let evaluator = evaluator ?? RubricEvaluator(scenario: scenario)
        scenarioID = scenario.id
        marksFile = marks.file
        var graded: [String: [GradedMark]] = [:]
        for mark in marks.marks {
            guard let evaluation = evaluator.evaluate(mark.reply, step: mark.step) else { continue }
            graded[mark.step, default: []].append(GradedMark(mark: mark, results: evaluation.criteria))
        }
        steps = scenario.steps.compactMap { step in
            graded[step.id].map { Self.fit(step, of: scenario, marks: $0) }
        }
    }

    /// The changed steps' new settings, in scenario order.
    public var changes: [(step: String, bands: BandThresholds)] {
        steps.filter { $0.outcome == .changed }.map { ($0.step, $0.after) }
    }

    static func fit(_ step: Step, of scenario: Scenario, marks: [GradedMark]) -> StepFit {
        let current = scenario.thresholds(for: step)
        let generic = scenario.genericKeywords(for: step)
        func rule(_ setting: BandThresholds) -> GradingRule {
            GradingRule(criteria: step.rubric, thresholds: setting, generic: generic)
        }
        func confusion(_ marks: some Sequence<GradedMark>, _ setting: BandThresholds) -> ConfusionMatrix {
            let rule = rule(setting)
            var confusion = ConfusionMatrix()
            for graded in marks { confusion.add(human: graded.mark.band, machine: graded.band(under: rule)) }
            return confusion
        }
        let beforeConfusion = confusion(marks, current)
        var fit = StepFit(
            step: step.id, marks: marks.count, before: current, beforeAgreement: BandAgreement(confusion: beforeConfusion),
            after: current, afterAgreement: nil, outcome: .tooFewMarks
        )
        guard marks.count >= minimumMarks else { return fit }

        let ideaCount = step.rubric.filter { $0.weight > 0 && !$0.isDevelopment }.count
        let candidates = BandSettingCandidates.candidates(like: current, ideaCount: ideaCount)
        func best(on marks: [GradedMark]) -> BandThresholds {
            var best = current
            var bestScore = BandFitScore(confusion(marks, current))
            var bestDistance = 0.0
            for candidate in candidates {
                let score = BandFitScore(confusion(marks, candidate))
                let distance = BandSettingCandidates.distance(candidate, from: current)
                if score < bestScore || (!(bestScore < score) && distance < bestDistance) {
                    best = candidate
                    bestScore = score
                    bestDistance = distance
                }
            }
            return best
        }

        let folds = min(Self.folds, marks.count)
        var crossValidated = ConfusionMatrix()
        for fold in 0..<folds {
            let training = marks.indices.filter { $0 % folds != fold }.map { marks[$0] }
            let setting = best(on: training)
            let rule = rule(setting)
            for index in marks.indices where index % folds == fold {
                crossValidated.add(human: marks[index].mark.band, machine: marks[index].band(under: rule))
            }
        }
        fit.afterAgreement = BandAgreement(confusion: crossValidated)
        let proposed = best(on: marks)
        if proposed != current, BandFitScore(crossValidated).improves(on: BandFitScore(beforeConfusion)) {
            fit.after = proposed
            fit.outcome = .changed
        } else {
            fit.outcome = .kept
        }
        return fit
    }
}
