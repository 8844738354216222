/// A way from one node of the scenario map to another, with when it is taken.
public struct GraphEdge: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// From the start to the first step.
        case start
        /// A route of a step, or an ending that `end` may choose: taken when its condition holds and
        /// none before it did.
        case route
        /// Taken when no route holds: the next step of the file (or `end`), or the last ending.
        case fallback
        /// A route placed after an unconditional one: it is never tried.
        case neverTried
    }

    public var from: GraphNode.ID
    public var to: GraphNode.ID
    /// When the edge is taken, as the map shows it; nil for the start.
    public var label: String?
    public var kind: Kind

    public init(from: GraphNode.ID, to: GraphNode.ID, label: String?, kind: Kind) {
        self.from = from
        self.to = to
        self.label = label
        self.kind = kind
    }
}
