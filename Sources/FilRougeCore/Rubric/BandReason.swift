/// Why a reply got its band: the rule that gave it, the concepts it counted, and what lowered it.
/// Kept with the evaluation, so that a band is never shown without its reason ("54%, partial"
/// says nothing a learner or a trainer can act on; "one idea: visibility" does).
public struct BandReason: Encodable, Equatable, Sendable {
    public enum Rule: String, Encodable, CaseIterable, Sendable {
        /// Banded by how many ideas were met (`concepts`).
        case ideas
        /// Good from one idea developed with a concrete action: `concepts` are the ideas,
        /// `developments` the development criteria met beside them.
        case developed
        /// Banded by the share of the rubric's weight met (weighted thresholds).
        case score
        /// Nothing of the step was met.
        case noIdea = "no_idea"
        /// Ideas were mentioned, each only inside a negation (`concepts`).
        case onlyNegated = "only_negated"
        /// Every match was a keyword too generic to count alone (`concepts` are the ideas it met).
        case onlyGeneric = "only_generic"
        /// A misconception, and no idea beside it (`loweredBy` names it).
        case misconceptionAlone = "misconception_alone"
    }

    public var rule: Rule
    public var concepts: [String]
    /// Development criteria met beside the ideas they develop.
    public var developments: [String]
    /// Required ideas the reply missed, which kept it out of `good`.
    public var requiredMissing: [String]
    /// Misconceptions the reply states: they lowered the band by one (by their weight, in weighted
    /// bands), or are all the reply says.
    public var loweredBy: [String]
    /// The band before a missing required idea or a misconception lowered it; nil when nothing did.
    public var before: Band?

    public init(
        rule: Rule, concepts: [String] = [], developments: [String] = [], requiredMissing: [String] = [],
        loweredBy: [String] = [], before: Band? = nil
    ) {
        self.rule = rule
        self.concepts = concepts
        self.developments = developments
        self.requiredMissing = requiredMissing
        self.loweredBy = loweredBy
        self.before = before
    }

    /// True when a weighted score alone decided the band: the score shown beside the band says it all.
    public var isScoreAlone: Bool {
        rule == .score && requiredMissing.isEmpty && loweredBy.isEmpty
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case rule, concepts, developments, before
        case requiredMissing = "required_missing"
        case loweredBy = "lowered_by"
    }
}
