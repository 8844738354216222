/// Rebuilds a conversation's state from its transcript, so that an interrupted conversation can go
/// on where it stopped (`play --resume`). Not to be confused with the facilitator's `replay`
/// command, which only shows a transcript again and never rebuilds an engine.
///
/// The engine does no I/O and draws its randomness from the header's seed, so feeding it the
/// recorded replies and commands again in order brings it to exactly the state it was in. Every
/// event it produces on the way is checked against the recorded one: a difference means the
/// transcript does not describe what this scenario and this program would do (the scenario or the
/// grading changed, or the file was edited), and going on would mix two different conversations.
public enum TranscriptResume {
    /// Rebuilds the engine of `contents` with `scenario` by feeding it the recorded inputs again.
    /// The scenario's identity (its hash) is the caller's to check; this only checks that the
    /// engine gives the recorded events again.
    public static func rebuild(_ contents: TranscriptContents, scenario: Scenario) throws(ResumeFailure) -> ResumePoint {
        try checkResumable(contents)
        guard let header = contents.header else { throw .noHeader }
        var rebuilder = Rebuilder(engine: DialogueEngine(scenario: scenario, seed: header.seed), recorded: contents.events)
        try rebuilder.run()
        return ResumePoint(
            engine: rebuilder.engine, pending: rebuilder.pending, repliesReplayed: rebuilder.repliesReplayed,
            quitsSetAside: rebuilder.quitsSetAside
        )
    }

    /// Refuses, before any scenario is looked for, a transcript without a header (its scenario and
    /// seed are unknown) and one whose conversation reached an ending.
    public static func checkResumable(_ contents: TranscriptContents) throws(ResumeFailure) {
        guard contents.header != nil else { throw .noHeader }
        let completed = contents.events.first { timed in
            if case .finished(let end) = timed.event { end.reason == .completed } else { false }
        }
        if let completed { throw .alreadyFinished(line: completed.line) }
    }

    /// Walks the recorded events, feeding the learner's inputs to the engine and matching what it
    /// answers against what follows them in the file.
    private struct Rebuilder {
        var engine: DialogueEngine
        let recorded: [TranscriptContents.TimedEvent]
        var index = 0
        var pending: [DialogueEvent] = []
        var repliesReplayed = 0
        var quitsSetAside = 0

        init(engine: DialogueEngine, recorded: [TranscriptContents.TimedEvent]) {
            self.engine = engine
            self.recorded = recorded
        }

        mutating func run() throws(ResumeFailure) {
            try match(engine.start())
            while index < recorded.count {
                let timed = recorded[index]
                switch timed.event {
                case .reply(let reply):
                    // The reply itself is the first event the engine gives back, and is matched with it.
                    let events = engine.submit(reply.text)
                    guard !events.isEmpty else {
                        throw ResumeFailure.mismatch(line: timed.line, recorded: timed.event, replayed: nil)
                    }
                    try match(events)
                    repliesReplayed += 1
                case .command(let command):
                    index += 1
                    try feed(command)
                default:
                    // Anything else must be what ending the input produces (Ctrl-D, the end of a
                    // piped file): a summary written without a command before it.
                    try setAsideQuit()
                }
            }
        }

        /// Commands that change the engine are given to it again; the others only changed the screen.
        mutating func feed(_ command: CommandUsed) throws(ResumeFailure) {
            switch RecordedCommand(name: command.name) {
            case .hint: try match(engine.hint())
            case .repeatQuestion: try match(engine.repeatQuestion())
            case .quit: try setAsideQuit()
            case .screenOnly: break
            }
        }

        /// A `/quit` (or the end of input) was recorded, and the conversation is resumed after it:
        /// the summary written then is checked against what quitting gives, but the engine is kept
        /// where it was, so that the learner can go on.
        mutating func setAsideQuit() throws(ResumeFailure) {
            var quitting = engine
            let events = quitting.quit()
            if events.isEmpty, index < recorded.count {
                let timed = recorded[index]
                throw ResumeFailure.mismatch(line: timed.line, recorded: timed.event, replayed: nil)
            }
            // What a cut leaves unwritten of a summary is not written later: the conversation goes on.
            try match(events, keepingWhatIsMissing: false)
            quitsSetAside += 1
        }

        /// Matches the engine's events with the recorded ones from `index` on. Events the file stops
        /// before (a cut in the middle of a turn) are kept as pending, to be written when the
        /// conversation resumes.
        mutating func match(_ events: [DialogueEvent], keepingWhatIsMissing: Bool = true) throws(ResumeFailure) {
            for event in events {
                guard index < recorded.count else {
                    if keepingWhatIsMissing { pending.append(event) }
                    continue
                }
                let timed = recorded[index]
                guard timed.event == event else {
                    throw ResumeFailure.mismatch(line: timed.line, recorded: timed.event, replayed: event)
                }
                index += 1
            }
        }
    }

    /// How a recorded command acts on the engine being rebuilt.
    private enum RecordedCommand {
        case hint, repeatQuestion, quit
        /// `/help`, `/score`, `/coach` and unknown commands: nothing the engine saw.
        case screenOnly

        init(name: String) {
            switch name {
            case "hint": self = .hint
            case "repeat": self = .repeatQuestion
            case "quit": self = .quit
            default: self = .screenOnly
            }
        }
    }
}

/// Where a resumed conversation stands: the engine ready for the learner's next reply, and the
/// events the transcript stops short of.
public struct ResumePoint: Sendable {
    /// The engine as it was when the transcript stopped.
    public var engine: DialogueEngine
    /// Events the last replayed reply or command produced but the file does not hold (the cut came
    /// in the middle of them): they are written and shown first when the conversation resumes.
    public var pending: [DialogueEvent]
    public var repliesReplayed: Int
    /// How many recorded `/quit`s (or ends of input) the conversation goes on after.
    public var quitsSetAside: Int

    /// True when the pending events finish the conversation (the cut came after the last reply
    /// but before its ending was written).
    public var finishesOnResume: Bool {
        pending.contains { if case .finished = $0 { true } else { false } }
    }
}
