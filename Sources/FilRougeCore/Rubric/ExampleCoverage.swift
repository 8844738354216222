/// What a scenario's example replies leave untested: per step, the criteria no example meets, the
/// bands no example gets, and the routes no example takes. A rubric is only as trustworthy as
/// the replies it was tried on.
public struct ExampleCoverage: Sendable {
    public struct StepGaps: Sendable, Equatable {
        public var step: String
        /// Concepts (and misconceptions) no example meets.
        public var unmetCriteria: [String]
        public var missingBands: [Band]
        public var untakenRoutes: [RouteReference]

        public var isEmpty: Bool {
            unmetCriteria.isEmpty && missingBands.isEmpty && untakenRoutes.isEmpty
        }
    }

    /// A route as the trainer finds it in the file: its number in the step (from 1) and its target.
    public struct RouteReference: Sendable, Equatable {
        public var number: Int
        public var target: String
    }

    /// One entry per step, in file order, gaps or not.
    public let steps: [StepGaps]

    /// - Parameter outcomes: the graded examples, as `ExampleRunner.run()` gives them.
    public init(scenario: Scenario, outcomes: [ExampleOutcome]) {
        steps = scenario.steps.map { step in
            let stepOutcomes = outcomes.filter { $0.step == step.id }
            let graded = stepOutcomes.map(\.evaluation)
            // A reply answered by a follow-up was graded alone first: its band and concepts count too.
            let everyGrade = graded + stepOutcomes.compactMap(\.firstEvaluation)
            let met = Set(everyGrade.flatMap { evaluation in
                evaluation.criteria.filter { $0.status == .met }.map(\.concept)
            })
            let bands = Set(everyGrade.map(\.band))
            let takenRoutes = Set(graded.flatMap { Self.routesPossiblyTaken(in: step, by: $0) })
            let untaken = step.routes.indices.filter { !takenRoutes.contains($0) }
            return StepGaps(
                step: step.id,
                unmetCriteria: step.rubric.map(\.concept).filter { !met.contains($0) },
                missingBands: Band.allCases.filter { !bands.contains($0) },
                untakenRoutes: untaken.map { RouteReference(number: $0 + 1, target: step.routes[$0].target.name) }
            )
        }
    }

    /// The routes a reply can take. An example is one reply, not a whole conversation: a route that
    /// also tests counters counts as taken when the reply's part of its condition holds (the counters
    /// could allow it), and it does not keep the routes after it from being taken (they could not).
    static func routesPossiblyTaken(in step: Step, by evaluation: ReplyEvaluation) -> [Int] {
        let facts = Condition.Facts(band: evaluation.band, score: evaluation.score, metConcepts: Set(evaluation.metConcepts), counters: [:])
        var taken: [Int] = []
        for (index, route) in step.routes.enumerated() {
            guard var condition = route.condition else { return taken + [index] }
            let testsCounters = !condition.counters.isEmpty
            condition.counters = [:]
            guard condition.holds(for: facts) else { continue }
            taken.append(index)
            if !testsCounters { return taken }
        }
        return taken
    }

    /// Steps with something untested.
    public var gaps: [StepGaps] {
        steps.filter { !$0.isEmpty }
    }
}
