/// How the learners who answered a step fared on one of its criteria. Each learner counts once,
/// in exactly one of met, missed and negated.
public struct DigestCriterion: Equatable, Sendable {
    public var concept: String
    public var label: String
    /// For a misconception, met means the learner expressed it.
    public var misconception: Bool
    public var required: Bool
    public var met: Proportion
    public var missed: Proportion
    /// Mentioned only inside a negation.
    public var negated: Proportion

    public init(concept: String, label: String, misconception: Bool, required: Bool, met: Proportion, missed: Proportion, negated: Proportion) {
        self.concept = concept
        self.label = label
        self.misconception = misconception
        self.required = required
        self.met = met
        self.missed = missed
        self.negated = negated
    }

    /// The learners who did not meet it, negated or missed.
    public var notMet: Proportion {
        Proportion(count: missed.count + negated.count, of: missed.total)
    }
}
