import Foundation

/// Gathers transcripts one at a time into a `Digest`, keeping only what the digest needs, so that a
/// whole cohort can be read without holding every transcript at once.
///
/// A learner is a transcript: a learner who played twice counts twice. For each step, a learner's
/// answer is their last turn at that step that was graded (a step played again after a route back
/// counts once, as it was last answered); its final grade decides the band and the criteria. A
/// follow-up left unanswered counts with the first reply's grade, as the conversation's summary does.
public struct DigestBuilder: Sendable {
    public let scenario: Scenario
    public let reference: TranscriptHeader.ScenarioReference
    /// Names the learners, or numbers them under `--anonymize`, in the order they are added.
    private var naming: LearnerNaming
    /// One row per transcript added, in order.
    private var progress: [LearnerProgress] = []

    private var tally = TranscriptTally()
    private var steps: [String: StepTally] = [:]
    private var endings: [String: Int] = [:]
    private var quit = 0
    private var interrupted = 0
    private var overview: CohortOverviewTally

    /// What is counted for one step.
    private struct StepTally: Sendable {
        var answers: [StepAnswer] = []
        var bands: [Band: Int] = [:]
        /// By concept: met, missed, negated.
        var met: [String: Int] = [:]
        var missed: [String: Int] = [:]
        var negated: [String: Int] = [:]

        mutating func add(_ answer: StepAnswer) {
            bands[answer.evaluation.band, default: 0] += 1
            for criterion in answer.evaluation.criteria {
                switch criterion.status {
                case .met: met[criterion.concept, default: 0] += 1
                case .missed: missed[criterion.concept, default: 0] += 1
                case .negated: negated[criterion.concept, default: 0] += 1
                }
            }
            answers.append(answer)
        }
    }

    /// - Parameter reference: the scenario as transcript headers name it (with the hash of its
    ///   text); transcripts played with anything else are skipped.
    public init(scenario: Scenario, reference: TranscriptHeader.ScenarioReference, anonymize: Bool = false) {
        self.scenario = scenario
        self.reference = reference
        naming = LearnerNaming(anonymize: anonymize)
        overview = CohortOverviewTally(scenario: scenario)
    }

    /// Adds one learner's transcript, unless it was played with another scenario (or has no
    /// header): then it is counted as skipped and the reason returned.
    /// - Parameter fallbackName: the learner's name when the transcript has none, and the name a
    ///   choices file's `file:` knows the transcript by: its file's name without folders or
    ///   extension (`LearnerNaming.fallbackName(of:)`), or its account in a learning record store.
    @discardableResult
    public mutating func add(_ record: ConversationRecord, fallbackName: String) -> SkipReason? {
        // Named before it may be skipped: every transcript with a header takes its number, as in
        // replay and export, whatever is kept.
        let learner = record.header.map { naming.name(of: $0, fallback: fallbackName) }
        if let reason = SkipReason.mismatch(of: record.header, with: reference) {
            skip(reason)
            return reason
        }
        let order = tally.read
        tally.read += 1
        if !record.damaged.isEmpty {
            tally.damagedLines += record.damaged.count
            tally.damagedTranscripts += 1
        }
        if let started = record.header?.started {
            tally.firstStarted = min(tally.firstStarted ?? started, started)
            tally.lastStarted = max(tally.lastStarted ?? started, started)
        }
        guard let learner else { return nil }
        progress.append(LearnerProgress(record: record, learner: learner, scenario: scenario))
        // A choices file names the learner as the florilège shows them without `--anonymize`,
        // whatever this one shows.
        let source = AnswerSource(
            shownName: LearnerNaming.shownName(given: record.header?.learner, fallback: fallbackName),
            fileStem: fallbackName
        )
        var lastGraded: [String: ConversationRecord.Turn] = [:]
        for turn in record.turns where !turn.evaluations.isEmpty {
            lastGraded[turn.step] = turn
        }
        for (stepID, turn) in lastGraded {
            guard let evaluation = turn.finalEvaluation else { continue }
            count(StepAnswer(order: order, learner: learner, source: source, replies: turn.replies, evaluation: evaluation), step: stepID)
        }
        overview.add(record)
        switch record.finished {
        case .some(let finished) where finished.reason == .completed:
            endings[finished.ending ?? RouteTarget.end.name, default: 0] += 1
        case .some:
            quit += 1
        case .none:
            interrupted += 1
        }
        return nil
    }

    /// Counts a transcript that could not be added (a file that could not be read).
    public mutating func skip(_ reason: SkipReason) {
        tally.skipped[reason.category, default: 0] += 1
    }

    private mutating func count(_ answer: StepAnswer, step stepID: String) {
        // Changed in place in the dictionary: taking the tally out and putting it back would copy
        // its list of answers each time, which grows with the group.
        steps[stepID, default: StepTally()].add(answer)
    }

    /// The digest of every transcript added so far.
    /// - Parameters:
    ///   - bestReplies: how many replies to pick per step.
    ///   - mostMissed: how many of the most often missed concepts to name per step.
    ///   - choices: the replies a facilitator pinned or hid.
    public func digest(bestReplies: Int = 3, mostMissed: Int = 3, choices: ReplyChoices = .none) -> Digest {
        let learners = tally.read
        let digestSteps = scenario.numberedSteps.map { number, step in
            let counted = steps[step.id] ?? StepTally()
            let answered = counted.answers.count
            let criteria = step.rubric.map { criterion in
                DigestCriterion(
                    concept: criterion.concept, label: criterion.label, misconception: criterion.isMisconception,
                    required: criterion.required,
                    met: Proportion(count: counted.met[criterion.concept, default: 0], of: answered),
                    missed: Proportion(count: counted.missed[criterion.concept, default: 0], of: answered),
                    negated: Proportion(count: counted.negated[criterion.concept, default: 0], of: answered)
                )
            }
            // The ideas most missed: not misconceptions, nor developments, which are no ideas.
            let missedMost = criteria.enumerated()
                .filter { !$0.element.misconception && !step.rubric[$0.offset].isDevelopment && $0.element.notMet.count > 0 }
                .sorted { $0.element.notMet.count != $1.element.notMet.count ? $0.element.notMet.count > $1.element.notMet.count : $0.offset < $1.offset }
                .prefix(max(0, mostMissed))
                .map(\.element)
            return DigestStep(
                number: number, id: step.id, question: step.question,
                answered: Proportion(count: answered, of: learners), bandCounts: counted.bands, criteria: criteria,
                bestReplies: Self.bestReplies(counted.answers, step: step.id, count: bestReplies, choices: choices),
                mostMissed: Array(missedMost)
            )
        }
        var reached = scenario.endings.map { EndingTally.EndingCount(id: $0.id, title: EndingTitle.of($0), learners: Proportion(count: endings[$0.id, default: 0], of: learners)) }
        let known = Set(scenario.endings.map(\.id))
        for id in endings.keys.filter({ !known.contains($0) }).sorted() {
            reached.append(.init(id: id, title: id, learners: Proportion(count: endings[id, default: 0], of: learners)))
        }
        return Digest(
            scenario: reference, transcripts: tally, overview: overview.overview(), steps: digestSteps,
            endings: EndingTally(reached: reached, quit: Proportion(count: quit, of: learners), interrupted: Proportion(count: interrupted, of: learners)),
            progress: progress
        )
    }

    /// The replies shown for a step: the selection's, with the facilitator's choices applied.
    private static func bestReplies(_ answers: [StepAnswer], step: String, count: Int, choices: ReplyChoices) -> [DigestReply] {
        var pinned: [StepAnswer] = []
        for choice in choices.choices(.pin, step: step) {
            for answer in answers where choice.matches(answer) && !pinned.contains(where: { $0.order == answer.order }) {
                pinned.append(answer)
            }
        }
        let hidden = Set(choices.choices(.hide, step: step).flatMap { choice in answers.filter(choice.matches).map(\.order) })
        let pinnedOrders = Set(pinned.map(\.order))
        return BestReplySelection.select(answers, count: count, pinned: pinned, hidden: hidden).map { $0.digestReply(pinned: pinnedOrders.contains($0.order)) }
    }

    /// What is wrong with `choices` for these transcripts, as warnings at each choice: a step the
    /// scenario does not have, a choice that names no reply, a reply both pinned and hidden.
    public func warnings(about choices: ReplyChoices) -> [Diagnostic] {
        ReplyChoiceWarnings.of(choices, in: [self])
    }

    /// The answers counted for a step, in the order their transcripts were added.
    func answers(to step: String) -> [StepAnswer] {
        steps[step]?.answers ?? []
    }
}
