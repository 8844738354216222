/// Checks the map of a scenario: every step should be reachable from the start, and from every step
/// some ending must be reachable, or a learner could walk into a conversation that never ends.
enum ScenarioGraphCheck {
    static func diagnostics(for scenario: Scenario, file: String) -> [Diagnostic] {
        let map = ScenarioMap(scenario)
        var diagnostics: [Diagnostic] = []
        func location(_ step: Step) -> SourceLocation {
            step.location ?? SourceLocation(file: file, line: 1, column: 1)
        }
        let reachable = map.reachableSteps(from: scenario.startStepID)
        for step in scenario.steps where !reachable.contains(step.id) {
            diagnostics.append(Diagnostic(.unreachableStep, "step '\(step.id)' cannot be reached from the start step '\(scenario.startStepID)'", at: location(step)))
        }
        let finishing = map.stepsThatCanFinish()
        for step in scenario.steps where !finishing.contains(step.id) {
            diagnostics.append(Diagnostic(.deadEnd, "no ending can be reached from step '\(step.id)': its routes only lead back into steps that never end", at: location(step)))
        }
        return diagnostics
    }
}

/// The steps of a scenario as a graph: which steps and endings each step can lead to.
public struct ScenarioMap: Sendable {
    /// For each step, the targets its routes can take: those up to the first unconditional route
    /// (routes are tried in order, so none after it is ever tried), or with the fallback to the next
    /// step when no route is unconditional.
    public let targets: [String: [RouteTarget]]

    public init(_ scenario: Scenario) {
        var targets: [String: [RouteTarget]] = [:]
        for (index, step) in scenario.steps.enumerated() {
            if let always = step.routes.firstIndex(where: { $0.condition == nil }) {
                targets[step.id] = step.routes[...always].map(\.target)
            } else {
                targets[step.id] = step.routes.map(\.target) + [scenario.fallbackTarget(afterStepAt: index)]
            }
        }
        self.targets = targets
    }

    /// The steps a learner can reach from `start`, `start` included.
    public func reachableSteps(from start: String) -> Set<String> {
        var seen: Set<String> = [start]
        var queue = [start]
        while let current = queue.popLast() {
            for case .step(let next) in targets[current] ?? [] where !seen.contains(next) {
                seen.insert(next)
                queue.append(next)
            }
        }
        return seen
    }

    /// The steps from which some path leads to an ending: found backwards from the steps that can
    /// end, so that the cost grows with the number of routes, not with its square.
    public func stepsThatCanFinish() -> Set<String> {
        var leadingTo: [String: [String]] = [:]
        var finishing: Set<String> = []
        for (step, next) in targets {
            for target in next {
                if case .step(let id) = target {
                    leadingTo[id, default: []].append(step)
                } else {
                    finishing.insert(step)
                }
            }
        }
        var queue = Array(finishing)
        while let current = queue.popLast() {
            for previous in leadingTo[current] ?? [] where finishing.insert(previous).inserted {
                queue.append(previous)
            }
        }
        return finishing
    }
}
