import FilRougeCore
import Foundation

/// Runs a conversation: reads lines, hands replies and commands to the engine, records every event
/// in the transcript and shows it. Recording comes first, so a reply is on disk before its grade is
/// on screen; when an event cannot be recorded, nothing more is shown or graded: the learner is
/// told why, the conversation stops with a summary of what the transcript holds, and the runner's
/// `transcriptFailure` says so (`play` then exits with a status of its own).
public struct ConversationRunner {
    public var engine: DialogueEngine
    public var renderer: ConversationRenderer
    /// The reader the replies came from, as it stands after the conversation (with any warning it kept).
    public private(set) var reader: any LineReader
    private let write: (String) -> Void
    private let warn: (String) -> Void
    private let transcript: (any TranscriptWriting)?
    private let now: () -> Date
    private let columns: (() -> Int)?
    /// Set when the transcript could not be written, which stopped the conversation.
    public private(set) var transcriptFailure: TranscriptFailure?
    /// The last reply the transcript holds, written in this run or before it (a resumed conversation).
    private var lastRecordedReply: Reply?
    /// The signal that ended the conversation (see `LineInput.terminated`), if one did.
    public private(set) var endingSignal: Int32?

    /// - Parameters:
    ///   - write: shows text (a line break is added).
    ///   - warn: reports a problem (standard error).
    ///   - now: the clock that stamps transcript entries.
    ///   - columns: the terminal's current width, asked before each turn so that text follows a resized window.
    public init(
        engine: DialogueEngine, renderer: ConversationRenderer, reader: any LineReader,
        transcript: (any TranscriptWriting)?, now: @escaping () -> Date = Date.init, columns: (() -> Int)? = nil,
        write: @escaping (String) -> Void, warn: @escaping (String) -> Void
    ) {
        self.engine = engine
        self.renderer = renderer
        self.reader = reader
        self.transcript = transcript
        self.now = now
        self.columns = columns
        self.write = write
        self.warn = warn
    }

    /// Plays until an ending, `/quit`, the end of input or a signal; returns how the conversation finished.
    ///
    /// A signal ends the conversation as `/quit` does, with the summary and the transcript's
    /// `end` event, but records no `quit` command: the learner did not type one.
    public mutating func run() -> Finished? {
        write(renderer.banner)
        return converse(from: show(engine.start()))
    }

    /// Goes on with a conversation rebuilt from its transcript (the engine given at creation is the
    /// replayed one). The events the transcript stops short of are recorded and shown first; when
    /// there are none, the question waiting for a reply is shown again, without recording it, so
    /// that the transcript reads as if the conversation had never stopped.
    /// - Parameter lastReply: the last reply the transcript holds, to say where it stops should it
    ///   not be writable any more.
    public mutating func resume(pending: [DialogueEvent], lastReply: Reply? = nil) -> Finished? {
        lastRecordedReply = lastReply
        write(renderer.banner)
        write(renderer.style.apply(.coach, renderer.text.resumed(engine.results.count)))
        if pending.isEmpty {
            if let columns { renderer.width = columns() }
            for event in engine.repeatQuestion() {
                if let text = renderer.render(event) { write(text) }
            }
            return converse(from: nil)
        }
        return converse(from: show(pending))
    }

    private mutating func converse(from start: Finished?) -> Finished? {
        var finished = start
        while finished == nil {
            switch reader.readLine(prompt: renderer.prompt) {
            case .endOfInput:
                finished = show(engine.quit())
            case .interrupted:
                write(renderer.style.apply(.coach, renderer.text.interrupted))
            case .terminated(let signal):
                endingSignal = signal
                finished = show(engine.quit())
            case .line(let line):
                finished = handle(line)
            }
        }
        return finished
    }

    private mutating func handle(_ line: String) -> Finished? {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        switch ReplCommand.parse(trimmed) {
        case .reply:
            let before = engine
            return show(engine.submit(trimmed), before: before)
        case .unknown(let name):
            if let stopped = record(.command(CommandUsed(name: name))) { return stopped }
            write(renderer.text.unknownCommand(TerminalSafeText.sanitize(name)))
            return nil
        case .command(let command):
            if let stopped = record(.command(CommandUsed(name: command.rawValue))) { return stopped }
            return perform(command)
        }
    }

    private mutating func perform(_ command: ReplCommand) -> Finished? {
        switch command {
        case .help:
            write(renderer.help)
        case .hint:
            return show(engine.hint())
        case .repeatQuestion:
            return show(engine.repeatQuestion())
        case .score:
            write(renderer.scoreLine(engine.summary))
        case .coach:
            renderer.showCoach.toggle()
            write(renderer.showCoach ? renderer.text.coachOn : renderer.text.coachOff)
        case .quit:
            return show(engine.quit())
        }
        return nil
    }

    /// Records and shows events, each one recorded before it is shown; returns the `finished` event
    /// if one came, or the summary of what was recorded when the transcript could not be written.
    /// - Parameter before: the engine before the learner's input that gave these events: when the
    ///   first of them (the reply) cannot be recorded, the engine goes back to it, since the
    ///   transcript does not hold that input and a resumed conversation would not have it either.
    ///   Once the reply is on disk, its consequences are the transcript's even if they are not
    ///   written: resuming it gives them again.
    private mutating func show(_ events: [DialogueEvent], before: DialogueEngine? = nil) -> Finished? {
        if let columns { renderer.width = columns() }
        var finished: Finished?
        for (index, event) in events.enumerated() {
            if let stopped = record(event, otherwise: index == 0 ? before : nil) { return stopped }
            if let text = renderer.render(event) { write(text) }
            if case .finished(let end) = event { finished = end }
        }
        return finished
    }

    /// Records an event (a reply forced to disk); returns nil when it was recorded (or there is no
    /// transcript), else stops the conversation, with `otherwise` as the engine when given, and
    /// returns the summary of what the transcript holds.
    private mutating func record(_ event: DialogueEvent, otherwise before: DialogueEngine? = nil) -> Finished? {
        guard let transcript else { return nil }
        let isReply = if case .reply = event { true } else { false }
        do {
            try transcript.write(.event(at: now(), event), durable: isReply)
            if case .reply(let reply) = event { lastRecordedReply = reply }
            return nil
        } catch {
            if let before { engine = before }
            return stop(because: error, writing: event, transcript: transcript)
        }
    }

    /// Tells the learner at once, in the conversation's language, that the transcript cannot be
    /// written and the conversation stops; shows the summary of the steps the transcript holds and
    /// its last reply. Nothing is written: the file would refuse it.
    private mutating func stop(because error: any Error, writing failing: DialogueEvent, transcript: any TranscriptWriting) -> Finished {
        let problem = (error as? TranscriptWriteError)?.problem ?? .other("\(error)")
        let failure = TranscriptFailure(url: transcript.url, problem: problem, lastReply: lastRecordedReply)
        transcriptFailure = failure
        let text = renderer.text
        let words = problem.words(in: renderer.scenario.language)
        warn("filrouge: " + text.transcriptWriteError(TerminalSafeText.sanitize(transcript.url.path), words))
        let notice = TextWrapper.wrap(text.transcriptStopped(words), width: renderer.width, indent: "")
        write(renderer.style.apply(.missed, notice))
        // The end the engine had reached (its `end` event was the one not written), or the
        // conversation left here, as `/quit` leaves it.
        var finished: Finished
        if case .finished(let end) = failing {
            finished = end
        } else {
            finished = Finished(reason: .quit, ending: nil, summary: engine.summary)
            for case .finished(let end) in engine.quit() { finished = end }
        }
        write(renderer.summary(finished))
        let stopsAt = !problem.leavesTheFileResumable ? text.transcriptGone : text.transcriptStopsAt(failure.lastReply.map { reply in
            (step: TerminalSafeText.sanitize(reply.step), followUp: reply.attempt == 2, start: ReplyExcerpt.start(of: reply.text))
        })
        write(TextWrapper.wrap(stopsAt, width: renderer.width, indent: ""))
        return finished
    }
}
