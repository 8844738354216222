/// A transcript's replies graded again with the current version of its scenario, turn by turn,
/// to see what a change to a rubric would have changed for real learners.
///
/// The conversation is followed along the path it actually took: each turn's replies are graded
/// with the step's current rubric (a reply and its follow-up merged as the engine merges them),
/// the counters are moved by the new bands, and the route the step would now take is worked out
/// from them. Where the new route leaves the path played, the later turns are still graded as
/// they were answered: they are what the learner wrote.
public struct TranscriptRegrade: Equatable, Sendable {
    /// Whether the scenario's text is the one played.
    public var scenarioChange: ScenarioChange
    /// One per turn of the transcript, in order.
    public var turns: [TurnRegrade]
    /// The conversation's total then and now; nil when no step was completed.
    public var total: TotalChange?
    /// The ending reached then and the one the last turn would now lead to; nil when the
    /// conversation did not reach an ending.
    public var ending: EndingChange?

    /// The total as the learner saw it at the end, and as the new grades make it: the mean of the
    /// completed steps' scores, banded as the engine bands it (`ConversationSummary`). A step the
    /// scenario no longer has keeps its old result.
    public struct TotalChange: Equatable, Sendable {
        public var oldScore: Double
        public var oldBand: Band
        public var newScore: Double
        public var newBand: Band

        /// Whether the total would show another percentage or band.
        public var changed: Bool { oldBand != newBand || PercentText.of(oldScore) != PercentText.of(newScore) }
    }

    /// Where the conversation ended, and where its last turn would now lead: another ending, or a
    /// step (the conversation would go on, with replies nobody wrote).
    public struct EndingChange: Equatable, Sendable {
        public var old: String
        public var new: String

        public var changed: Bool { old != new }
    }

    public enum ScenarioChange: Equatable, Sendable {
        /// The same text, byte for byte: any difference comes from the grading itself.
        case unchanged
        /// Another text; the versions as the header and the scenario give them.
        case changed(playedVersion: String, currentVersion: String)
    }

    /// - Throws: `ScenarioMismatch` when the transcript is of another scenario or language.
    public init(record: ConversationRecord, scenario: Scenario, sourceText: String, evaluator: RubricEvaluator? = nil) throws(ScenarioMismatch) {
        let current = TranscriptHeader.ScenarioReference(scenario: scenario, sourceText: sourceText)
        if let played = record.header?.scenario {
            if let mismatch = ScenarioMismatch.between(played, and: current) { throw mismatch }
            scenarioChange = played.hash == current.hash ? .unchanged : .changed(playedVersion: played.version, currentVersion: current.version)
        } else {
            // Without a header nothing says which text was played: assume it changed.
            scenarioChange = .changed(playedVersion: "?", currentVersion: current.version)
        }
        let evaluator = evaluator ?? RubricEvaluator(scenario: scenario)
        var counters = Dictionary(scenario.counters.map { ($0.name, $0.initial) }, uniquingKeysWith: { first, _ in first })
        turns = record.turns.map { turn in
            Self.regrade(turn, scenario: scenario, evaluator: evaluator, counters: &counters)
        }
        let (total, newSummary) = Self.total(record: record, regraded: turns, bands: scenario.bands)
        self.total = total
        ending = Self.ending(record: record, regraded: turns, scenario: scenario, summary: newSummary, counters: counters)
    }

    /// The total then and now, and the new summary it comes from.
    private static func total(
        record: ConversationRecord, regraded: [TurnRegrade], bands: BandThresholds
    ) -> (TotalChange?, ConversationSummary) {
        var oldResults: [StepResult] = []
        var newResults: [StepResult] = []
        for (turn, regrade) in zip(record.turns, regraded) {
            guard let result = turn.result else { continue }
            oldResults.append(result)
            var new = result
            if case .graded(let comparison) = regrade.outcome {
                new.score = comparison.newScore
                new.band = comparison.newBand
            }
            newResults.append(new)
        }
        let new = ConversationSummary(results: newResults, bands: bands)
        guard !oldResults.isEmpty else { return (nil, new) }
        let old = record.finished?.summary ?? ConversationSummary(results: oldResults, bands: bands)
        return (TotalChange(oldScore: old.score, oldBand: old.band, newScore: new.score, newBand: new.band), new)
    }

    /// Where the last turn would now lead: a step or an ending it names, or, for `end`, the ending
    /// the new overall result and counters choose, as the engine chooses it.
    private static func ending(
        record: ConversationRecord, regraded: [TurnRegrade], scenario: Scenario, summary: ConversationSummary, counters: [String: Int]
    ) -> EndingChange? {
        guard record.isComplete, let old = record.finished?.ending else { return nil }
        guard case .graded(let comparison) = regraded.last?.outcome, let route = comparison.newRoute else {
            return EndingChange(old: old, new: old)
        }
        guard route == RouteTarget.end.name, scenario.step(route) == nil, scenario.ending(route) == nil else {
            return EndingChange(old: old, new: route)
        }
        let facts = Condition.Facts(band: summary.band, score: summary.score, metConcepts: [], counters: counters)
        return EndingChange(old: old, new: scenario.ending(for: facts)?.id ?? old)
    }

    /// How many turns would now differ in band or route.
    public var differingCount: Int {
        turns.filter { if case .graded(let comparison) = $0.outcome { comparison.differs } else { false } }.count
    }

    /// How many turns had a reply to grade (steps removed since included).
    public var answeredCount: Int {
        turns.filter { $0.outcome != .notAnswered }.count
    }

    /// How many turns are of steps the scenario no longer has.
    public var removedCount: Int {
        turns.filter { $0.outcome == .stepRemoved }.count
    }

    private static func regrade(
        _ turn: ConversationRecord.Turn, scenario: Scenario, evaluator: RubricEvaluator, counters: inout [String: Int]
    ) -> TurnRegrade {
        guard let step = scenario.step(turn.step) else { return TurnRegrade(step: turn.step, outcome: .stepRemoved) }
        guard let first = turn.replies.first,
              let firstEvaluation = evaluator.evaluate(first.text, step: step.id, attempt: 1)
        else { return TurnRegrade(step: turn.step, outcome: .notAnswered) }

        var final = firstEvaluation
        var followUp: TurnRegrade.FollowUpChange?
        let wouldAskFollowUp = firstEvaluation.band != .good && step.followUp != nil
        if turn.replies.count > 1 {
            if wouldAskFollowUp, let second = evaluator.evaluate(turn.replies[1].text, step: step.id, attempt: 2) {
                final = evaluator.merge(firstEvaluation, second, step: step.id)
            } else {
                followUp = .noLongerAsked
            }
        } else if wouldAskFollowUp, turn.followUpQuestion == nil {
            followUp = .wouldBeAsked
        }

        let old = turn.finalEvaluation
        let oldMet = Set(old?.metConcepts ?? turn.result?.criteria.filter { $0.status == .met }.map(\.concept) ?? [])
        let newMet = Set(final.metConcepts)
        let gained = final.criteria.filter { newMet.contains($0.concept) && !oldMet.contains($0.concept) }.map(\.label)
        let oldLabels = old?.criteria.map { ($0.concept, $0.label) } ?? turn.result?.criteria.map { ($0.concept, $0.label) } ?? []
        let lost = oldLabels.filter { oldMet.contains($0.0) && !newMet.contains($0.0) }.map(\.1)

        var newRoute: String?
        if turn.route != nil {
            // The engine moves the counters before it routes, and only when the step is completed.
            for (name, delta) in step.counterChanges[final.band] ?? [:] { counters[name, default: 0] += delta }
            let facts = Condition.Facts(band: final.band, score: final.score, metConcepts: newMet, counters: counters)
            newRoute = step.firstRoute(holdingFor: facts).map { step.routes[$0].target.name } ?? scenario.fallbackTarget(after: step.id).name
        }
        let comparison = TurnRegrade.Comparison(
            oldBand: turn.result?.band ?? old?.band, newBand: final.band,
            oldScore: turn.result?.score ?? old?.score, newScore: final.score,
            oldRoute: turn.route?.to, newRoute: newRoute, gained: gained, lost: lost,
            followUp: followUp, evaluation: final
        )
        return TurnRegrade(step: turn.step, outcome: .graded(comparison))
    }
}
