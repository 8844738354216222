import Foundation

/// How far one learner went in one conversation: a row of the progress table that `digest` and
/// `replay --learners` show. Built from a `ConversationRecord` alone (and the scenario, when it is
/// known), so that it works from any source of records.
public struct LearnerProgress: Equatable, Sendable {
    /// How the conversation stopped.
    public enum Stop: String, Equatable, Sendable {
        /// It reached an ending.
        case finished
        /// The learner left before an ending (`/quit`, Ctrl-D).
        case quit
        /// The transcript stops before any outcome (a closed terminal, a cut), or goes on after
        /// the outcome of a resumed conversation without a new one.
        case interrupted
    }

    public var learner: LearnerName
    /// The distinct steps whose question the friend asked.
    public var stepsReached: Int
    /// The scenario's steps; nil when the scenario is not known.
    public var stepCount: Int?
    /// The conversation's total as its summary gives it: the mean of its steps' scores, banded as
    /// at the end; for a transcript without a summary, what the summary would have said.
    public var score: Double
    public var band: Band
    /// The id of the ending reached, if one was.
    public var ending: String?
    /// What the table shows of that ending: its title, as the digest's headings call it
    /// (`EndingTitle`), or its id when the scenario is not known or does not have it.
    public var endingTitle: String?
    public var stop: Stop
    /// How many times the learner asked for a hint, answered or not.
    public var hints: Int
    /// From the first event to the last; nil when the transcript has no event.
    public var duration: TimeInterval?

    public init(
        learner: LearnerName, stepsReached: Int, stepCount: Int?, score: Double, band: Band, ending: String?,
        stop: Stop, hints: Int, duration: TimeInterval?, endingTitle: String? = nil
    ) {
        self.learner = learner
        self.stepsReached = stepsReached
        self.stepCount = stepCount
        self.score = score
        self.band = band
        self.ending = ending
        self.endingTitle = endingTitle ?? ending
        self.stop = stop
        self.hints = hints
        self.duration = duration
    }

    /// - Parameter scenario: gives the number of steps, and the bands of a conversation that
    ///   stopped without a summary (the standard ones when it is not known).
    public init(record: ConversationRecord, learner: LearnerName, scenario: Scenario?) {
        self.learner = learner
        stepsReached = Set(record.turns.map(\.step)).count
        stepCount = scenario?.steps.count
        // The last `end` counts, unless the conversation was resumed after it and stopped again
        // before another: then what it says is out of date.
        let finished = record.finished.flatMap { finished -> Finished? in
            guard let at = record.finishedAt else { return finished }
            return record.turns.contains { ($0.started ?? at) > at } ? nil : finished
        }
        let summary = finished?.summary
            ?? ConversationSummary(results: record.completedTurns.compactMap(\.result), bands: scenario?.bands ?? .standard)
        score = summary.score
        band = summary.band
        switch finished?.reason {
        case .completed: stop = .finished
        case .quit: stop = .quit
        case .none: stop = .interrupted
        }
        ending = stop == .finished ? (finished?.ending ?? RouteTarget.end.name) : nil
        endingTitle = ending.map { id in scenario?.ending(id).map(EndingTitle.of) ?? id }
        hints = record.turns.reduce(0) { $0 + $1.hints.count }
        // From the header, which every reader has to the millisecond (a learning record store
        // keeps it too), to the last event.
        if let first = record.header?.started ?? record.firstEventAt, let last = record.lastEventAt {
            duration = max(0, last.timeIntervalSince(first))
        } else {
            duration = nil
        }
    }
}
