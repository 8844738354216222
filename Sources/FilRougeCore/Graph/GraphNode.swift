/// A place on the scenario map: the start, a step, the choice of an ending by overall result, or an
/// ending.
public struct GraphNode: Equatable, Sendable {
    /// What the node stands for; edges name their ends with it.
    public enum ID: Hashable, Sendable {
        case start
        case step(String)
        case ending(String)
        /// Where `goto: end` leads: the ending is then chosen by the learner's overall result.
        case end
    }

    public enum Kind: Equatable, Sendable {
        case start
        case step
        case ending
        case endChoice
        /// A target that names no step or ending (only possible for a scenario not built by the loader).
        case missing
    }

    public var id: ID
    public var kind: Kind
    /// The first line of the node's label: the step's or ending's id.
    public var title: String
    /// The second line, when there is one: a shortened question or closing line.
    public var detail: String?
    /// Whether some conversation can arrive here from the start.
    public var reachable: Bool

    public init(id: ID, kind: Kind, title: String, detail: String? = nil, reachable: Bool = true) {
        self.id = id
        self.kind = kind
        self.title = title
        self.detail = detail
        self.reachable = reachable
    }
}

extension GraphNode.ID {
    /// The node a route's target leads to.
    init(_ target: RouteTarget) {
        switch target {
        case .step(let id): self = .step(id)
        case .ending(let id): self = .ending(id)
        case .end: self = .end
        }
    }
}
