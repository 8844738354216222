/// Finds the ways out of steps that do not work as written: routes that are never taken (an
/// earlier route always wins, or their condition cannot hold), steps whose routes leave some
/// replies to the file order, and endings that are never chosen.
enum RouteCheck {
    static func diagnostics(for scenario: Scenario, file: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for step in scenario.steps {
            diagnostics += routeDiagnostics(for: step, in: scenario, file: file)
        }
        diagnostics += endingDiagnostics(for: scenario, file: file)
        return diagnostics
    }

    private static func routeDiagnostics(for step: Step, in scenario: Scenario, file: String) -> [Diagnostic] {
        let thresholds = scenario.thresholds(for: step)
        let hasRequired = step.rubric.contains(where: \.required)
        let fileStart = SourceLocation(file: file, line: 1, column: 1)
        var diagnostics: [Diagnostic] = []
        for (index, route) in step.routes.enumerated() {
            let name = "route \(index + 1) of step '\(step.id)' (goto \(route.target.name))"
            let location = route.location ?? step.location ?? fileStart
            if let condition = route.condition,
               let reason = ConditionAnalysis.impossibility(of: condition, thresholds: thresholds, hasRequired: hasRequired) {
                diagnostics.append(Diagnostic(.routeNeverTaken, "\(name) is never taken: \(reason)", at: location))
            } else if let earlier = step.routes[..<index].firstIndex(where: { ConditionAnalysis.covers($0.condition, route.condition) }) {
                let line = step.routes[earlier].location.map { " (line \($0.line))" } ?? ""
                diagnostics.append(Diagnostic(.routeNeverTaken, "\(name) is never taken: route \(earlier + 1)\(line) holds whenever it does, and routes are tried in order", at: location))
            }
        }
        let hasFallback = step.routes.contains { $0.condition?.isAlwaysTrue ?? true } || coversEveryBand(step.routes)
        if !step.routes.isEmpty, !hasFallback {
            let fallback: String
            switch scenario.fallbackTarget(after: step.id) {
            case .step(let next): fallback = "goes on to the next step in the file, '\(next)'"
            case .end, .ending: fallback = "ends with the ending the overall result picks"
            }
            diagnostics.append(Diagnostic(
                .noFallbackRoute,
                "step '\(step.id)' has no route for when none of its conditions holds: the conversation then \(fallback); add a last route without 'when' to say where it goes",
                at: step.location ?? fileStart
            ))
        }
        return diagnostics
    }

    /// True when routes that test the band only, together, take every band.
    private static func coversEveryBand(_ routes: [Route]) -> Bool {
        var bands = Set<Band>()
        for route in routes {
            guard let condition = route.condition, let routeBands = condition.bands,
                  condition.met.isEmpty, condition.missed.isEmpty, condition.score == nil, condition.counters.isEmpty
            else { continue }
            bands.formUnion(routeBands)
        }
        return bands == Set(Band.allCases)
    }

    /// Endings are reached by name, or through `end`, which takes the first ending whose condition
    /// holds and the last one when none does.
    private static func endingDiagnostics(for scenario: Scenario, file: String) -> [Diagnostic] {
        let targets = ScenarioMap(scenario).targets.values.joined()
        let named = Set(targets.compactMap { target -> String? in
            if case .ending(let id) = target { return id }
            return nil
        })
        let reachesEnd = targets.contains(.end)
        var diagnostics: [Diagnostic] = []
        for (index, ending) in scenario.endings.enumerated() where !named.contains(ending.id) {
            let location = ending.location ?? SourceLocation(file: file, line: 1, column: 1)
            let isLast = index == scenario.endings.count - 1
            var reason: String?
            if !reachesEnd {
                reason = "no route leads to it, nor to 'end'"
            } else if let earlier = scenario.endings[..<index].firstIndex(where: { earlier in
                earlier.condition?.isAlwaysTrue ?? true || (!isLast && ConditionAnalysis.covers(earlier.condition, ending.condition))
            }) {
                reason = "no route names it, and through 'end' ending '\(scenario.endings[earlier].id)' is chosen first whenever it would be"
            } else if !isLast, let condition = ending.condition,
                      let why = ConditionAnalysis.impossibility(of: condition, thresholds: scenario.bands, hasRequired: true) {
                reason = "no route names it, and through 'end' its condition never holds: \(why)"
            }
            if let reason {
                diagnostics.append(Diagnostic(.endingNeverChosen, "ending '\(ending.id)' is never chosen: \(reason)", at: location))
            }
        }
        return diagnostics
    }
}
