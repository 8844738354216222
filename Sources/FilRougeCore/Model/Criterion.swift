/// One concept a reply should contain, with how much it counts and what the coach says about it.
public struct Criterion: Equatable, Sendable {
    /// Identifier, unique in its step.
    public var concept: String
    /// How the coach names it.
    public var label: String
    /// The patterns that evidence the concept: the criterion's keywords, then those of the vocabulary
    /// entries it names.
    public var patterns: [String]
    public var weight: Double
    /// A reply that misses a required criterion cannot be `good`.
    public var required: Bool
    public var feedback: String?
    public var hint: String?

    public init(
        concept: String, label: String? = nil, patterns: [String], weight: Double = 1,
        required: Bool = false, feedback: String? = nil, hint: String? = nil
    ) {
        self.concept = concept
        self.label = label ?? concept.replacingOccurrences(of: "-", with: " ")
        self.patterns = patterns
        self.weight = weight
        self.required = required
        self.feedback = feedback
        self.hint = hint
    }
}
