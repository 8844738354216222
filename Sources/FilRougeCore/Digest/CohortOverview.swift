/// The florilège's first section: the group at a glance, before the steps one by one. How the
/// learners scored over their whole conversation, how many finished, where those who did not
/// stopped, and which ways through the scenario they took.
public struct CohortOverview: Equatable, Sendable {
    /// Learners by their conversation's total (the mean of their steps' scores), in the bands of
    /// `ScoreBucket.all`, highest first; out of the learners with at least one step graded.
    public var scores: [ScoreCount] {
        ScoreBucket.all.map { ScoreCount(bucket: $0, learners: Proportion(count: scoreCounts[$0.lower, default: 0], of: scored)) }
    }
    /// By a bucket's lower bound, in percent.
    public var scoreCounts: [Int: Int]
    /// The learners with at least one reply graded, whose total counts.
    public var scored: Int
    /// The learners who reached an ending, out of all.
    public var finished: Proportion
    /// For each step (by number, from 1) where a learner who did not finish stopped, how many;
    /// in the order of the scenario.
    public var stoppedAt: [StepStop]
    /// The ways through the scenario, the most taken first (then in the order first met), at
    /// most `shownRoutes`; the others are counted in `otherRoutes`.
    public var routes: [RouteCount]
    /// The learners whose route is not among `routes`.
    public var otherRoutes: Proportion

    /// How many routes are shown: enough for a scenario's few branches, few enough to read aloud.
    public static let shownRoutes = 6

    /// The steps one learner visited, by number in the order visited, and whether they reached an
    /// ending after the last one.
    public struct Route: Hashable, Sendable {
        public var steps: [Int]
        public var finished: Bool
    }

    public struct ScoreCount: Equatable, Sendable {
        public var bucket: ScoreBucket
        public var learners: Proportion
    }

    public struct StepStop: Equatable, Sendable {
        /// The step's number, from 1.
        public var step: Int
        public var learners: Proportion
    }

    public struct RouteCount: Equatable, Sendable {
        public var route: Route
        public var learners: Proportion
    }

    public init(scoreCounts: [Int: Int], scored: Int, finished: Proportion, stoppedAt: [StepStop], routes: [RouteCount], otherRoutes: Proportion) {
        self.scoreCounts = scoreCounts
        self.scored = scored
        self.finished = finished
        self.stoppedAt = stoppedAt
        self.routes = routes
        self.otherRoutes = otherRoutes
    }
}

/// A range of conversation totals, in whole percents: `lower` up to `upper`, both included.
public struct ScoreBucket: Equatable, Sendable {
    public var lower: Int
    public var upper: Int

    /// 80–100, 60–79, 40–59, 20–39, 0–19: highest first, as a ranking reads.
    public static let all = [80, 60, 40, 20, 0].map { ScoreBucket(lower: $0, upper: $0 == 80 ? 100 : $0 + 19) }

    /// The bucket's lower bound for a total from 0 to 1, rounded to a whole percent first as it is
    /// shown, so that a learner shown at 80% is in 80–100.
    static func lowerBound(of score: Double) -> Int {
        let percent = Int((min(1, max(0, score)) * 100).rounded())
        return min(80, percent / 20 * 20)
    }
}
