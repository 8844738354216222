/// What a scenario's paths leave unplayed: the routes no path takes and the endings no path
/// reaches. Examples test replies one by one; only a whole conversation shows that a route or an
/// ending can really be reached with the counters and results the steps before it leave.
public struct PathCoverage: Sendable {
    public struct StepRoutes: Sendable, Equatable {
        public var step: String
        public var untakenRoutes: [ExampleCoverage.RouteReference]
    }

    /// Steps with a route no path takes, in file order.
    public let untakenRoutes: [StepRoutes]
    /// Endings no path reaches, in file order.
    public let unreachedEndings: [String]
    /// How many paths the scenario has: with none, there is nothing to report but that.
    public let pathCount: Int

    public init(scenario: Scenario, outcomes: [PathOutcome]) {
        pathCount = scenario.paths.count
        var taken: [String: Set<Int>] = [:]
        for outcome in outcomes {
            for (step, route) in outcome.routesTaken { taken[step, default: []].insert(route) }
        }
        untakenRoutes = scenario.steps.compactMap { step in
            let untaken = step.routes.indices.filter { !(taken[step.id]?.contains($0) ?? false) }
            guard !untaken.isEmpty else { return nil }
            return StepRoutes(step: step.id, untakenRoutes: untaken.map { .init(number: $0 + 1, target: step.routes[$0].target.name) })
        }
        let reached = Set(outcomes.compactMap(\.endingReached))
        unreachedEndings = scenario.endings.map(\.id).filter { !reached.contains($0) }
    }

    public var isComplete: Bool {
        untakenRoutes.isEmpty && unreachedEndings.isEmpty
    }
}
