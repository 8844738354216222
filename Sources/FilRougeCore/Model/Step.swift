/// One question of the conversation, with how its replies are graded and what follows them.
public struct Step: Equatable, Sendable {
    public var id: String
    /// What the friend says before the question.
    public var says: String?
    public var question: String
    public var rubric: [Criterion]
    /// Nil: the scenario's thresholds apply.
    public var bands: BandThresholds?
    /// By band, the friend's possible reactions (one is picked at random).
    public var reactions: [Band: [String]]
    public var hints: [String]
    /// Asked once when the reply is `partial` or `missed`.
    public var followUp: String?
    /// By band, how much each counter changes.
    public var counterChanges: [Band: [String: Int]]
    public var routes: [Route]
    public var examples: [ExampleReply]
    /// Keywords too generic to credit a reply alone, added to the scenario's (see `Scenario.generic`).
    public var generic: [String] = []
    /// Where the step is written.
    public var location: SourceLocation?

    public init(
        id: String, says: String? = nil, question: String, rubric: [Criterion], bands: BandThresholds? = nil,
        reactions: [Band: [String]] = [:], hints: [String] = [], followUp: String? = nil,
        counterChanges: [Band: [String: Int]] = [:], routes: [Route] = [], examples: [ExampleReply] = [],
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.says = says
        self.question = question
        self.rubric = rubric
        self.bands = bands
        self.reactions = reactions
        self.hints = hints
        self.followUp = followUp
        self.counterChanges = counterChanges
        self.routes = routes
        self.examples = examples
        self.location = location
    }
}

extension Step {
    /// The index of the route taken for `facts`: routes are tried in order and the first that holds
    /// wins. Nil when none holds, and the conversation goes on in file order.
    public func firstRoute(holdingFor facts: Condition.Facts) -> Int? {
        routes.firstIndex { $0.condition?.holds(for: facts) ?? true }
    }
}

extension Step {
    /// The same, with `generic` keywords.
    func with(generic: [String]) -> Step {
        var copy = self
        copy.generic = generic
        return copy
    }
}
