/// One concept a reply should contain, with how much it counts and what the coach says about it.
public struct Criterion: Equatable, Sendable {
    /// Identifier, unique in its step.
    public var concept: String
    /// How the coach names it.
    public var label: String
    /// What evidences the concept: any of the criterion's keywords, of the vocabulary entries it names,
    /// or its `match` expression.
    public var expression: MatchExpression
    /// Positive for a concept the reply should contain; negative for a misconception, which lowers
    /// the score when the reply expresses it.
    public var weight: Double
    /// A reply that misses a required criterion cannot be `good`.
    public var required: Bool
    /// For a development criterion, the ideas it develops: it never counts as an idea itself, but
    /// met beside one of them, it makes that idea *developed* (stated with a concrete action: who
    /// does what, how, with which tool), and one developed idea is enough for `good`. Empty for an
    /// idea or a misconception.
    public var develops: [String] = []
    public var feedback: String?
    public var hint: String?
    /// Where the criterion's concept is named.
    public var location: SourceLocation?

    public init(
        concept: String, label: String? = nil, patterns: [String], weight: Double = 1,
        required: Bool = false, develops: [String] = [], feedback: String? = nil, hint: String? = nil
    ) {
        self.init(concept: concept, label: label, expression: .any(patterns.map(MatchExpression.keyword)),
                  weight: weight, required: required, develops: develops, feedback: feedback, hint: hint)
    }

    public init(
        concept: String, label: String? = nil, expression: MatchExpression, weight: Double = 1,
        required: Bool = false, develops: [String] = [], feedback: String? = nil, hint: String? = nil,
        location: SourceLocation? = nil
    ) {
        self.location = location
        self.develops = develops
        self.concept = concept
        self.label = label ?? concept.replacingOccurrences(of: "-", with: " ")
        self.expression = expression
        self.weight = weight
        self.required = required
        self.feedback = feedback
        self.hint = hint
    }

    /// Every keyword of the criterion.
    public var keywords: [String] {
        expression.keywords
    }

    /// True for a misconception: meeting it lowers the score.
    public var isMisconception: Bool {
        weight < 0
    }

    /// True for a criterion that only develops other ideas.
    public var isDevelopment: Bool {
        !develops.isEmpty
    }
}
