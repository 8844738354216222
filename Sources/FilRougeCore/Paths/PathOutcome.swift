/// One path played through the dialogue engine: whether it went as written, and what it
/// exercised on the way, for reporting what no path reaches.
public struct PathOutcome: Sendable {
    public var path: PathExample
    /// Nil when every turn and the ending went as written.
    public var deviation: PathDeviation?
    /// The routes the conversation took, as (step, index of the route in the step), in order.
    public var routesTaken: [(step: String, route: Int)]
    /// The ending reached, if the conversation reached one.
    public var endingReached: String?

    public var passed: Bool {
        deviation == nil
    }
}
