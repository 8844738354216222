/// One way out of a step.
public struct Route: Equatable, Sendable {
    /// Nil: the route is always taken when reached.
    public var condition: Condition?
    public var target: RouteTarget
    /// Where the route is written.
    public var location: SourceLocation?

    public init(condition: Condition? = nil, target: RouteTarget, location: SourceLocation? = nil) {
        self.condition = condition
        self.target = target
        self.location = location
    }
}

/// Where a route leads.
public enum RouteTarget: Equatable, Hashable, Sendable {
    case step(String)
    case ending(String)
    /// The ending is chosen by the learner's overall result.
    case end

    /// The name a scenario file and a transcript use for it.
    public var name: String {
        switch self {
        case .step(let id), .ending(let id): return id
        case .end: return "end"
        }
    }
}
