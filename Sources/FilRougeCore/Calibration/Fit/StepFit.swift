/// What fitting one step's band setting to the marks found: the setting before and after, and how
/// well each agrees with the marks.
public struct StepFit: Equatable, Sendable {
    /// Why a step keeps its setting, or that it changes.
    public enum Outcome: String, Equatable, Sendable {
        /// The fitted setting agrees better with marks it was not fitted on.
        case changed
        /// No setting agrees better with marks it was not fitted on than the one the step has.
        case kept
        /// Fewer marked replies than a fit needs (``BandFit/minimumMarks``): the step is left as it is.
        case tooFewMarks = "too_few_marks"
    }

    public var step: String
    /// How many marked replies the step has.
    public var marks: Int
    /// The setting the step has now (its own `bands`, or the scenario's).
    public var before: BandThresholds
    /// How the setting the step has now agrees with all its marks. Nothing is fitted, so this is
    /// also its cross-validated agreement.
    public var beforeAgreement: BandAgreement
    /// The proposed setting: the best on all the marks when it does better than `before` on
    /// unseen marks, else `before`.
    public var after: BandThresholds
    /// How fitting agrees with marks it did not see: each fold banded by the setting fitted on the
    /// other folds. Nil when the step has too few marks.
    public var afterAgreement: BandAgreement?
    public var outcome: Outcome
}
