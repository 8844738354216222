/// Plays a scenario's paths through the same dialogue engine `filrouge play` uses (follow-up
/// questions, counters, routes and endings included) and compares each turn with what the path
/// says. The engine draws its randomness from a fixed seed, so a path always plays the same way.
public struct PathRunner: Sendable {
    public let scenario: Scenario
    private let evaluator: RubricEvaluator
    /// Only the friend's choice of reactions depends on it, never a grade, a route or an ending.
    public static let seed: UInt64 = 1

    public init(scenario: Scenario, evaluator: RubricEvaluator? = nil) {
        self.scenario = scenario
        self.evaluator = evaluator ?? RubricEvaluator(scenario: scenario)
    }

    /// Every path of the scenario, in file order.
    public func run() -> [PathOutcome] {
        scenario.paths.map(run)
    }

    public func run(_ path: PathExample) -> PathOutcome {
        var engine = DialogueEngine(scenario: scenario, seed: Self.seed, evaluator: evaluator)
        var outcome = PathOutcome(path: path, deviation: nil, routesTaken: [], endingReached: nil)
        outcome.endingReached = Self.ending(in: engine.start())
        for (index, turn) in path.turns.enumerated() {
            let position = ConversationPosition(engine.phase, ending: outcome.endingReached)
            guard position.isAtStep(turn.step) else {
                outcome.deviation = PathDeviation(
                    kind: .step, turn: index + 1, location: turn.location,
                    problems: ["expected step \(turn.step), but the conversation \(position.description)"]
                )
                return outcome
            }
            switch turn.action {
            case .command(.hint):
                _ = engine.hint()
            case .command(.repeat):
                _ = engine.repeatQuestion()
            case .reply(let reply):
                if let deviation = play(reply, turn: turn, number: index + 1, engine: &engine, outcome: &outcome) {
                    outcome.deviation = deviation
                    return outcome
                }
            }
        }
        if outcome.endingReached != path.ending {
            let position = ConversationPosition(engine.phase, ending: outcome.endingReached)
            let happened: String
            switch position {
            case .ended(let ending?): happened = "reached ending \(ending)"
            case .ended(nil): happened = "ended without an ending"
            case .step(let step, let attempt): happened = "is still \(position.place(step, attempt: attempt)) after the last turn"
            }
            outcome.deviation = PathDeviation(
                kind: .ending, turn: nil, location: path.endingLocation,
                problems: ["expected ending \(path.ending), but the conversation \(happened)"]
            )
        }
        return outcome
    }

    /// Submits a reply, records the route it leads to, and compares its grade with the turn's.
    private func play(_ reply: PathReply, turn: PathTurn, number: Int, engine: inout DialogueEngine, outcome: inout PathOutcome) -> PathDeviation? {
        guard let step = scenario.step(turn.step) else { return nil }
        let events = engine.submit(reply.text)
        var evaluation: EvaluationEvent?
        for event in events {
            switch event {
            case .evaluation(let graded):
                evaluation = graded
            case .route:
                if let graded = evaluation?.evaluation, let route = takenRoute(in: step, by: graded, counters: engine.counters) {
                    outcome.routesTaken.append((step.id, route))
                }
            case .finished(let finished):
                outcome.endingReached = finished.ending
            default:
                break
            }
        }
        guard let graded = evaluation else { return nil }
        let thresholds = scenario.thresholds(for: step)
        var problems: [String] = []
        var kind = PathDeviation.Kind.band
        if graded.evaluation.band != reply.band {
            let what = graded.combined ? "the reply and the one before it, graded together," : "the reply"
            let reason = BandReasonWording(language: .en).full(graded.evaluation, thresholds: thresholds).map { "; " + $0 } ?? ""
            problems.append("expected band \(reply.band.rawValue), but \(what) got \(graded.evaluation.band.rawValue) (score \(PercentText.of(graded.evaluation.score))\(reason))")
        }
        let met = Set(graded.evaluation.metConcepts)
        let notMet = reply.met.filter { !met.contains($0) }
        let wronglyMet = reply.missed.filter(met.contains)
        if problems.isEmpty, !(notMet.isEmpty && wronglyMet.isEmpty) { kind = .concepts }
        if !notMet.isEmpty { problems.append("expected to meet \(notMet.joined(separator: ", ")), but did not") }
        if !wronglyMet.isEmpty { problems.append("expected not to meet \(wronglyMet.joined(separator: ", ")), but did") }
        guard !problems.isEmpty else { return nil }
        return PathDeviation(
            kind: kind, turn: number, location: turn.location, problems: problems, reply: reply.text,
            met: graded.evaluation.metConcepts, missed: graded.evaluation.missedConcepts
        )
    }

    /// The route a final grade took: the engine has already changed the counters when it routes.
    private func takenRoute(in step: Step, by evaluation: ReplyEvaluation, counters: [String: Int]) -> Int? {
        let facts = Condition.Facts(band: evaluation.band, score: evaluation.score, metConcepts: Set(evaluation.metConcepts), counters: counters)
        return step.firstRoute(holdingFor: facts)
    }

    private static func ending(in events: [DialogueEvent]) -> String? {
        for case .finished(let finished) in events { return finished.ending }
        return nil
    }
}

extension ConversationPosition {
    /// Whether a turn written for `step` can be played here: the question or the follow-up of that step.
    func isAtStep(_ id: String) -> Bool {
        if case .step(id, _) = self { return true }
        return false
    }
}
