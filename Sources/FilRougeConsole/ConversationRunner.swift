import FilRougeCore
import Foundation

/// Runs a conversation: reads lines, hands replies and commands to the engine, records every event
/// in the transcript and shows it. Recording comes first, so a reply is on disk before its grade is
/// on screen.
public struct ConversationRunner {
    public var engine: DialogueEngine
    public var renderer: ConversationRenderer
    /// The reader the replies came from, as it stands after the conversation (with any warning it kept).
    public private(set) var reader: any LineReader
    private let write: (String) -> Void
    private let warn: (String) -> Void
    private let transcript: TranscriptFile?
    private let now: () -> Date
    private let columns: (() -> Int)?
    /// Set when the transcript could not be written: the learner is told once.
    public private(set) var transcriptError: String?
    /// The signal that ended the conversation (see `LineInput.terminated`), if one did.
    public private(set) var endingSignal: Int32?

    /// - Parameters:
    ///   - write: shows text (a line break is added).
    ///   - warn: reports a problem (standard error).
    ///   - now: the clock that stamps transcript entries.
    ///   - columns: the terminal's current width, asked before each turn so that text follows a resized window.
    public init(
        engine: DialogueEngine, renderer: ConversationRenderer, reader: any LineReader,
        transcript: TranscriptFile?, now: @escaping () -> Date = Date.init, columns: (() -> Int)? = nil,
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
    public mutating func resume(pending: [DialogueEvent]) -> Finished? {
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
            return show(engine.submit(trimmed))
        case .unknown(let name):
            record(.command(CommandUsed(name: name)))
            write(renderer.text.unknownCommand(TerminalSafeText.sanitize(name)))
            return nil
        case .command(let command):
            record(.command(CommandUsed(name: command.rawValue)))
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

    /// Records and shows events; returns the `finished` event if one came.
    private mutating func show(_ events: [DialogueEvent]) -> Finished? {
        if let columns { renderer.width = columns() }
        var finished: Finished?
        for event in events {
            record(event)
            if let text = renderer.render(event) { write(text) }
            if case .finished(let end) = event { finished = end }
        }
        return finished
    }

    private mutating func record(_ event: DialogueEvent) {
        guard let transcript else { return }
        do {
            let isReply = if case .reply = event { true } else { false }
            try transcript.write(.event(at: now(), event), durable: isReply)
        } catch {
            if transcriptError == nil {
                transcriptError = "\(error)"
                warn("filrouge: \(error)")
            }
        }
    }
}
