/// Plays a scenario: takes the learner's replies and commands, and answers with the events of the
/// conversation. It does no I/O and draws its randomness from a seed, so that the same seed and the
/// same replies always give the same conversation.
public struct DialogueEngine: Sendable {
    public let scenario: Scenario
    public let evaluator: RubricEvaluator
    public private(set) var phase: Phase = .notStarted
    /// Every counter's current value.
    public private(set) var counters: [String: Int]
    /// The completed steps, in the order played.
    public private(set) var results: [StepResult] = []
    private var random: SeededRandom
    private var firstAttempt: ReplyEvaluation?
    private var hintsGiven: [String: Int] = [:]

    /// Where the conversation stands.
    public enum Phase: Equatable, Sendable {
        case notStarted
        /// Waiting for the reply to `step`; attempt 2 is the reply to its follow-up.
        case awaitingReply(step: String, attempt: Int)
        case finished
    }

    public init(scenario: Scenario, seed: UInt64, evaluator: RubricEvaluator? = nil) {
        self.scenario = scenario
        self.evaluator = evaluator ?? RubricEvaluator(scenario: scenario)
        self.random = SeededRandom(seed: seed)
        self.counters = Dictionary(scenario.counters.map { ($0.name, $0.initial) }, uniquingKeysWith: { first, _ in first })
    }

    /// The step being played, if any.
    public var currentStep: Step? {
        guard case .awaitingReply(let id, _) = phase else { return nil }
        return scenario.step(id)
    }

    /// The opening narration and the first question.
    public mutating func start() -> [DialogueEvent] {
        guard phase == .notStarted else { return [] }
        var events: [DialogueEvent] = []
        if let opening = scenario.opening {
            events.append(.narration(Narration(text: opening)))
        }
        events += enter(.step(scenario.startStepID))
        return events
    }

    /// Grades a reply and moves the conversation on.
    public mutating func submit(_ text: String) -> [DialogueEvent] {
        guard case .awaitingReply(let stepID, let attempt) = phase, let step = scenario.step(stepID),
              let evaluation = evaluator.evaluate(text, step: stepID, attempt: attempt)
        else { return [] }
        var events: [DialogueEvent] = [.reply(Reply(step: stepID, attempt: attempt, text: text))]

        if attempt == 1, evaluation.band != .good, let followUp = step.followUp {
            firstAttempt = evaluation
            phase = .awaitingReply(step: stepID, attempt: 2)
            events.append(.evaluation(EvaluationEvent(step: stepID, attempt: 1, combined: false, evaluation: evaluation)))
            events.append(.question(Question(step: stepID, text: followUp, followUp: true)))
            return events
        }
        var final = evaluation
        if attempt == 2, let first = firstAttempt {
            final = evaluator.merge(first, evaluation, step: stepID)
        }
        firstAttempt = nil
        events.append(.evaluation(EvaluationEvent(step: stepID, attempt: attempt, combined: attempt == 2, evaluation: final)))
        events += complete(step, with: final, attempts: attempt)
        return events
    }

    /// The step's next hint, or a hint event without text when there are none left.
    public mutating func hint() -> [DialogueEvent] {
        guard let step = currentStep else { return [] }
        let given = hintsGiven[step.id, default: 0]
        let text = given < step.hints.count ? step.hints[given] : nil
        if text != nil { hintsGiven[step.id] = given + 1 }
        return [.hint(HintGiven(step: step.id, number: given + 1, text: text))]
    }

    /// The question being answered, asked again.
    public func repeatQuestion() -> [DialogueEvent] {
        guard case .awaitingReply(let stepID, let attempt) = phase, let step = scenario.step(stepID) else { return [] }
        let text = attempt == 2 ? (step.followUp ?? step.question) : step.question
        return [.question(Question(step: stepID, text: text, followUp: attempt == 2))]
    }

    /// Ends the conversation before an ending, with the summary so far.
    /// A step whose follow-up was still unanswered counts with its first reply, which was graded.
    public mutating func quit() -> [DialogueEvent] {
        guard phase != .finished else { return [] }
        var events: [DialogueEvent] = []
        if case .awaitingReply(let stepID, 2) = phase, let first = firstAttempt {
            let result = Self.result(of: stepID, evaluation: first, attempts: 1)
            results.append(result)
            events.append(.stepCompleted(result))
            firstAttempt = nil
        }
        phase = .finished
        events.append(.finished(Finished(reason: .quit, ending: nil, summary: summary)))
        return events
    }

    /// The results so far, with their mean.
    public var summary: ConversationSummary {
        ConversationSummary(results: results, bands: scenario.bands)
    }

    // MARK: Moving on

    private mutating func complete(_ step: Step, with evaluation: ReplyEvaluation, attempts: Int) -> [DialogueEvent] {
        var events: [DialogueEvent] = []
        if let variants = step.reactions[evaluation.band], !variants.isEmpty {
            let text = variants[Int(random.next() % UInt64(variants.count))]
            events.append(.friendLine(FriendLine(kind: .reaction, step: step.id, text: text, band: evaluation.band)))
        }
        if let changes = step.counterChanges[evaluation.band], !changes.isEmpty {
            for (name, delta) in changes { counters[name] = Self.saturatingSum(counters[name, default: 0], delta) }
            events.append(.countersChanged(CountersChanged(step: step.id, changes: changes, values: counters)))
        }
        let result = Self.result(of: step.id, evaluation: evaluation, attempts: attempts)
        results.append(result)
        events.append(.stepCompleted(result))

        let (target, reason) = route(for: step, evaluation: evaluation)
        events.append(.route(RouteDecision(from: step.id, to: target.name, reason: reason)))
        events += enter(target)
        return events
    }

    /// A counter changed by `delta`, held at the largest or smallest whole number rather than
    /// overflowing: a scenario may start a counter anywhere and change it by any amount.
    static func saturatingSum(_ value: Int, _ delta: Int) -> Int {
        let (sum, overflow) = value.addingReportingOverflow(delta)
        guard overflow else { return sum }
        return delta > 0 ? .max : .min
    }

    private static func result(of stepID: String, evaluation: ReplyEvaluation, attempts: Int) -> StepResult {
        StepResult(step: stepID, evaluation: evaluation, attempts: attempts)
    }

    /// Where a step's final evaluation leads, with the counters as they are now, and why.
    public func route(for step: Step, evaluation: ReplyEvaluation) -> (target: RouteTarget, reason: String) {
        let facts = Condition.Facts(band: evaluation.band, score: evaluation.score, metConcepts: Set(evaluation.metConcepts), counters: counters)
        return route(from: step, facts: facts)
    }

    private func route(from step: Step, facts: Condition.Facts) -> (RouteTarget, String) {
        if let index = step.firstRoute(holdingFor: facts) {
            let route = step.routes[index]
            return (route.target, "route \(index + 1) (\(route.condition?.summary ?? "always"))")
        }
        let reason = step.routes.isEmpty ? "next in the file" : "no route held: next in the file"
        return (scenario.fallbackTarget(after: step.id), reason)
    }

    private mutating func enter(_ target: RouteTarget) -> [DialogueEvent] {
        switch target {
        case .step(let id):
            guard let step = scenario.step(id) else { return finish(with: nil) }
            phase = .awaitingReply(step: id, attempt: 1)
            var events: [DialogueEvent] = []
            if let says = step.says {
                events.append(.friendLine(FriendLine(kind: .says, step: id, text: says, band: nil)))
            }
            events.append(.question(Question(step: id, text: step.question, followUp: false)))
            return events
        case .ending(let id):
            return finish(with: scenario.ending(id))
        case .end:
            return finish(with: chooseEnding())
        }
    }

    /// The first ending whose condition holds for the overall result, else the last one.
    private func chooseEnding() -> Ending? {
        let overall = summary
        return scenario.ending(for: Condition.Facts(band: overall.band, score: overall.score, metConcepts: [], counters: counters))
    }

    private mutating func finish(with ending: Ending?) -> [DialogueEvent] {
        phase = .finished
        var events: [DialogueEvent] = []
        if let ending {
            events.append(.friendLine(FriendLine(kind: .ending, step: ending.id, text: ending.says, band: nil)))
        }
        events.append(.finished(Finished(reason: .completed, ending: ending?.id, summary: summary)))
        return events
    }
}
