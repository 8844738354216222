/// Why a transcript cannot be resumed, said so that the person resuming knows what to do.
public enum ResumeFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// No readable header: the scenario and the seed are unknown.
    case noHeader
    /// The conversation reached an ending (its `end` event is on `line`).
    case alreadyFinished(line: Int)
    /// Replaying the replies gives something else than the file records on `line`.
    case diverged(line: Int, recorded: String, replayed: String)

    public var description: String {
        switch self {
        case .noHeader:
            return "it has no readable header line, so its scenario and seed are unknown"
        case .alreadyFinished(let line):
            return "the conversation is already finished (it reached an ending, line \(line)); start a new one with 'filrouge play'"
        case .diverged(let line, let recorded, let replayed):
            return """
                replaying its replies does not give the conversation it records: line \(line) has \(recorded), \
                but the replay gives \(replayed). The scenario or the way replies are graded has changed since \
                it was played, or the file was edited; resuming would mix two different conversations
                """
        }
    }

    /// The divergence between a recorded event and the one the replay gives (nil when the replay
    /// gives nothing more: the conversation was over).
    static func mismatch(line: Int, recorded: DialogueEvent, replayed: DialogueEvent?) -> ResumeFailure {
        let recordedText = describe(recorded)
        guard let replayed else {
            return .diverged(line: line, recorded: recordedText, replayed: "nothing more: the conversation is over there")
        }
        var replayedText = describe(replayed)
        if replayedText == recordedText {
            replayedText = "the same event with other details (in its grade, evidence or counters)"
        }
        return .diverged(line: line, recorded: recordedText, replayed: replayedText)
    }

    /// A short description of an event for the messages above, with its step and what tells it apart.
    public static func describe(_ event: DialogueEvent) -> String {
        switch event {
        case .narration(let narration): return "the opening narration \(excerpt(narration.text))"
        case .friendLine(let line):
            switch line.kind {
            case .says: return "the friend's lines before step '\(line.step)' \(excerpt(line.text))"
            case .reaction: return "the friend's reaction to step '\(line.step)' (\(line.band?.rawValue ?? "no band")) \(excerpt(line.text))"
            case .ending: return "the ending '\(line.step)' \(excerpt(line.text))"
            }
        case .question(let question):
            return "the \(question.followUp ? "follow-up question" : "question") of step '\(question.step)' \(excerpt(question.text))"
        case .reply(let reply):
            return "a reply to step '\(reply.step)' (attempt \(reply.attempt)) \(excerpt(reply.text))"
        case .evaluation(let evaluation):
            return "the grade of step '\(evaluation.step)' (attempt \(evaluation.attempt)): \(evaluation.evaluation.band.rawValue), \(PercentText.of(evaluation.evaluation.score))"
        case .hint(let hint):
            return "hint \(hint.number) of step '\(hint.step)'" + (hint.text.map { " " + excerpt($0) } ?? " (none left)")
        case .command(let command):
            return "the command '/\(command.name)'"
        case .countersChanged(let change):
            return "counters changed by step '\(change.step)'"
        case .route(let route):
            return "a route from '\(route.from)' to '\(route.to)'"
        case .stepCompleted(let result):
            return "the outcome of step '\(result.step)' (\(result.band.rawValue))"
        case .finished(let finished):
            return "the end of the conversation (\(finished.reason.rawValue))"
        }
    }

    /// The start of a text, quoted, on one line.
    private static func excerpt(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return "“" + (line.count > 40 ? line.prefix(40) + "…" : line) + "”"
    }
}
