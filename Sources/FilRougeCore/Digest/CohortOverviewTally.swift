/// Counts, one transcript at a time, what `CohortOverview` shows: a few numbers per learner, so
/// that a whole cohort costs little memory.
struct CohortOverviewTally: Sendable {
    /// The scenario's steps by id: their number, from 1.
    let stepNumbers: [String: Int]
    private var learners = 0
    private var scoreCounts: [Int: Int] = [:]
    private var scored = 0
    private var finished = 0
    private var stoppedAt: [Int: Int] = [:]
    private var routes: [CohortOverview.Route: Int] = [:]
    /// The routes in the order first met, to keep equal counts in a stable order.
    private var routeOrder: [CohortOverview.Route] = []

    init(scenario: Scenario) {
        stepNumbers = Dictionary(scenario.steps.enumerated().map { ($0.element.id, $0.offset + 1) }, uniquingKeysWith: { first, _ in first })
    }

    mutating func add(_ record: ConversationRecord) {
        learners += 1
        if let total = Self.total(of: record) {
            scored += 1
            scoreCounts[ScoreBucket.lowerBound(of: total), default: 0] += 1
        }
        var steps = record.turns.compactMap { stepNumbers[$0.step] }
        // A learner routed to a step whose question they never answered stopped there, not before.
        if !record.isComplete, let next = record.turns.last?.route.flatMap({ stepNumbers[$0.to] }), next != steps.last {
            steps.append(next)
        }
        if record.isComplete {
            finished += 1
        } else if let last = steps.last {
            stoppedAt[last, default: 0] += 1
        }
        guard !steps.isEmpty else { return }
        let route = CohortOverview.Route(steps: steps, finished: record.isComplete)
        if routes[route] == nil { routeOrder.append(route) }
        routes[route, default: 0] += 1
    }

    /// The conversation's own total when it has one (what the learner was shown at the end);
    /// otherwise, for a transcript that stops, the mean of the steps' last grades, as the digest
    /// counts each step's answer. Nil when no reply was graded.
    static func total(of record: ConversationRecord) -> Double? {
        if let summary = record.finished?.summary, !summary.steps.isEmpty { return summary.score }
        var lastGrades: [String: Double] = [:]
        for turn in record.turns {
            if let evaluation = turn.finalEvaluation { lastGrades[turn.step] = evaluation.score }
        }
        guard !lastGrades.isEmpty else { return nil }
        return lastGrades.values.reduce(0, +) / Double(lastGrades.count)
    }

    func overview() -> CohortOverview {
        let ranked = routeOrder.enumerated()
            .sorted { routes[$0.element, default: 0] != routes[$1.element, default: 0] ? routes[$0.element, default: 0] > routes[$1.element, default: 0] : $0.offset < $1.offset }
            .map(\.element)
        let shown = ranked.prefix(CohortOverview.shownRoutes)
        let others = ranked.dropFirst(CohortOverview.shownRoutes).reduce(0) { $0 + routes[$1, default: 0] }
        return CohortOverview(
            scoreCounts: scoreCounts, scored: scored, finished: Proportion(count: finished, of: learners),
            stoppedAt: stoppedAt.keys.sorted().map { .init(step: $0, learners: Proportion(count: stoppedAt[$0, default: 0], of: learners)) },
            routes: shown.map { .init(route: $0, learners: Proportion(count: routes[$0, default: 0], of: learners)) },
            otherRoutes: Proportion(count: others, of: learners)
        )
    }
}
