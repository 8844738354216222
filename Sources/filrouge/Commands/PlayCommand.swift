import ArgumentParser
import FilRougeConsole
import FilRougeCore
import Foundation

struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Hold the case-study conversation in the terminal.",
        discussion: """
            Without a scenario, plays the bundled Mr Alancienne case study (French; --lang en for \
            English). Each reply is graded and the friend reacts; /aide (/help) lists the commands.

            The transcript is written line by line as the conversation goes, under \
            $XDG_DATA_HOME/filrouge/transcripts unless --transcript says where. A reply is on disk \
            before its grade is shown; when the transcript cannot be written (a full disk), the \
            conversation stops there, says where the transcript stops, and the exit status is 74.

            When standard input is not a terminal, replies are read one per line:
              printf 'Il faut écouter tes clients.\\n/quitter\\n' | filrouge play

            --resume continues a conversation that was cut short or left with /quit: its transcript \
            is replayed with the seed it records (every recorded event must come out the same), then \
            the conversation goes on where it stopped and is added to the same file. The scenario is \
            the bundled one the transcript names, or the scenario file given; one whose text changed \
            since is refused unless --force.

            Examples:
              filrouge play
              filrouge play --lang en --name Camille
              filrouge play my-scenario.yaml --transcript camille.jsonl
              filrouge play --resume camille.jsonl
            """
    )

    @Argument(help: "A scenario file, or the name of a bundled scenario (see 'filrouge list').")
    var scenario: String?

    @Option(help: "The language of the bundled case study when no scenario is named: fr or en.")
    var lang: String?

    @Option(help: "The learner's name, kept in the transcript.")
    var name: String?

    @Option(help: "Where to write the transcript (a new file, or an empty one).")
    var transcript: String?

    @Flag(name: .customLong("no-coach"), help: "Do not show the coach's note after each reply (/coach toggles it).")
    var noCoach = false

    @Option(help: "The seed of the friend's random choices, to replay a conversation exactly.")
    var seed: UInt64?

    @Option(help: ArgumentHelp(
        "Continue the conversation of this transcript where it stopped, adding to the same file (a bare file name is also looked for in the transcripts folder).",
        valueName: "transcript.jsonl"
    ))
    var resume: String?

    @Flag(help: "With --resume: go on even though the scenario's text changed since the transcript was written.")
    var force = false

    @OptionGroup var lrs: LRSOptions

    @OptionGroup var xapi: XAPIIdentityOptions

    func validate() throws {
        if resume != nil {
            let conflicting = [("--lang", lang != nil), ("--name", name != nil), ("--transcript", transcript != nil), ("--seed", seed != nil)]
                .filter(\.1).map(\.0)
            if !conflicting.isEmpty {
                throw ValidationError("--resume takes the learner, seed and file from the transcript; leave out \(conflicting.joined(separator: ", ")).")
            }
        } else if force {
            throw ValidationError("--force only applies with --resume.")
        }
        try xapi.validateIRIs()
        if xapi.isGiven, lrs.address == nil {
            throw ValidationError("--activity-base and --home-page name the statements --lrs sends: give them with --lrs.")
        }
        if let lang, Language(rawValue: lang) == nil {
            throw ValidationError("--lang must be 'fr' or 'en', not '\(lang)'.")
        }
        if lang != nil, scenario != nil {
            throw ValidationError("--lang picks a bundled case study; leave it out when naming a scenario.")
        }
    }

    /// The exit status when the transcript could not be written during the conversation, which
    /// stopped it: `EX_IOERR` of sysexits.h, so that scripts can tell it from a refused start (1).
    static let transcriptFailureStatus: Int32 = 74

    func run() throws {
        let ending: ConversationEnding
        do {
            // Checked before the conversation begins: a learner must not find out at the end.
            let store = try lrs.connection().map { BackgroundStatementSender(sender: LRSStatementSender(connection: $0)) }
            if let resume {
                ending = try resumeConversation(resume, store: store)
            } else {
                ending = try play(store: store)
            }
        } catch {
            // Every failure here is the user's to read: which file, and why.
            Output.error("filrouge: \(error)")
            throw ExitCode.failure
        }
        switch ending {
        case .transcriptFailed:
            throw ExitCode(Self.transcriptFailureStatus)
        case .signal(let signal):
            throw ExitCode(TerminationSignals.exitStatus(for: signal))
        case .normally:
            break
        }
    }

    /// How a conversation ended, for the exit status.
    /// How long the end of a conversation waits for the store to acknowledge the last statements.
    static let lrsWait: TimeInterval = 5

    private enum ConversationEnding {
        case normally
        /// A signal ended it, or came during its last turn.
        case signal(Int32)
        /// The transcript could not be written, which stopped it.
        case transcriptFailed
    }

    /// Plays the conversation; returns how it ended.
    private func play(store: BackgroundStatementSender?) throws -> ConversationEnding {
        let source = try scenario.map(ScenarioArgument.resolve) ?? ScenarioArgument.bundled(language: lang.flatMap(Language.init) ?? .fr)
        let loaded = try source.load()
        prepareReading(loaded.language)
        let paths = StandardPaths()
        installTerminationSignals()
        let started = Date()
        let file: TranscriptWriter
        do {
            if let transcript {
                file = try TranscriptWriter(creating: URL(fileURLWithPath: transcript))
            } else {
                file = try TranscriptWriter.createNew(in: paths.transcriptsDirectory, scenarioID: loaded.id, date: started)
            }
        } catch let error as TranscriptWriteError {
            throw Self.inLanguage(error, loaded.language)
        }
        let seed = self.seed ?? UInt64.random(in: 0...UInt64.max)
        let header = TranscriptHeader(
            scenario: .init(scenario: loaded, sourceText: source.text), learner: name, started: started,
            seed: seed, program: "filrouge \(FilRouge.version)"
        )

        let writing = forwarding(file, to: store, earlier: nil)
        try writing.write(.header(header), durable: true)

        var runner = makeRunner(engine: DialogueEngine(scenario: loaded, seed: seed), transcript: writing, paths: paths)
        _ = runner.run()
        return finish(runner, file: file, store: store)
    }

    /// Replays the transcript, then goes on with the conversation, adding to the same file; returns
    /// how it ended.
    private func resumeConversation(_ argument: String, store: BackgroundStatementSender?) throws -> ConversationEnding {
        let paths = StandardPaths()
        let resumption = try TranscriptResumption.prepare(
            transcript: argument, scenario: scenario, force: force, transcriptsDirectory: paths.transcriptsDirectory,
            warn: Output.error
        )
        prepareReading(resumption.point.engine.scenario.language)
        installTerminationSignals()
        let language = resumption.point.engine.scenario.language
        let file: TranscriptWriter
        do {
            file = try TranscriptWriter(appendingTo: resumption.url, expectedSize: resumption.byteCount)
        } catch let error as TranscriptWriteError {
            throw Self.inLanguage(error, language)
        }
        if let line = file.unfinishedLine {
            Output.error("filrouge: \(InterfaceText.forLanguage(language).transcriptCutLine(TerminalSafeText.sanitize(file.url.path), line))")
        }
        let writing = forwarding(file, to: store, earlier: resumption.contents)
        var runner = makeRunner(engine: resumption.point.engine, transcript: writing, paths: paths)
        _ = runner.resume(pending: resumption.point.pending, lastReply: resumption.lastReply)
        return finish(runner, file: file, store: store)
    }

    /// The transcript the conversation writes to: the file, and with `--lrs` the store as well.
    private func forwarding(_ file: TranscriptWriter, to store: BackgroundStatementSender?, earlier: TranscriptContents?) -> any TranscriptWriting {
        guard let store else { return file }
        return StatementForwarding(file: file, sender: store, export: xapi.export, earlier: earlier)
    }

    /// A transcript that cannot be opened, said in the conversation's language: the scenario is
    /// known by then, and so is the language the learner reads.
    /// Says what the store received; what it did not is the transcript's, for `export --lrs`.
    private func report(_ delivery: LRSStatementSender.Delivery, path: String, text: InterfaceText) {
        for problem in delivery.problems {
            Output.error(TerminalSafeText.sanitize("filrouge: \(problem)"))
        }
        let store = TerminalSafeText.sanitize(lrs.address ?? "")
        let missing = delivery.refused + delivery.notSent
        if missing == 0 {
            Output.line(text.statementsSent(delivery.stored + delivery.alreadyThere, store))
        } else {
            Output.error("filrouge: " + text.statementsNotSent(missing, "filrouge export \(ShellWord.quoted(path)) --lrs \(ShellWord.quoted(store))"))
        }
    }

    private static func inLanguage(_ error: TranscriptWriteError, _ language: Language) -> CommandFailure {
        CommandFailure(InterfaceText.forLanguage(language).transcriptWriteError(
            TerminalSafeText.sanitize(error.path), error.problem.words(in: language)
        ))
    }

    /// Opens the language's dictionary while the first question is shown and the learner types, or
    /// says once that grading goes without it, and how to install it.
    private func prepareReading(_ language: Language) {
        guard TextAnalyzer.hasDictionary(for: language) else {
            Output.error("filrouge: \(DictionaryNotice.missing(language))")
            return
        }
        TextAnalyzer.prepareDictionary(for: language)
    }

    /// From the moment the transcript is opened, SIGTERM, SIGHUP and SIGINT end the conversation as
    /// /quit does, so that the transcript gets its end. Kept until the program exits.
    private func installTerminationSignals() {
        let interactive = TerminalInfo.isTerminal(STDIN_FILENO)
        _ = TerminationSignals.install(interrupt: interactive ? .abandonsLine : .endsConversation)
    }

    private func makeRunner(engine: DialogueEngine, transcript: any TranscriptWriting, paths: StandardPaths) -> ConversationRunner {
        let interactive = TerminalInfo.isTerminal(STDIN_FILENO)
        let reader: any LineReader = interactive
            ? ReadlineLineReader(historyFile: paths.historyFile, completions: ReplCommand.allNames)
            : StdinLineReader()
        let renderer = ConversationRenderer(
            scenario: engine.scenario, style: Style(colour: Output.allowsColour), width: TerminalInfo.columns(),
            echoReplies: !interactive, showCoach: !noCoach
        )
        return ConversationRunner(
            engine: engine, renderer: renderer, reader: reader,
            transcript: transcript, columns: { TerminalInfo.columns() }, write: Output.line, warn: Output.error
        )
    }

    /// Closes the conversation on screen; returns how it ended: the transcript could not be written;
    /// or the signal that ended it, if one did, or else one that came during its last turn: the
    /// conversation is complete, but its output was cut (SIGPIPE) or the program was asked to end,
    /// and the status says so as a killed program's would.
    private func finish(_ runner: ConversationRunner, file: TranscriptWriter, store: BackgroundStatementSender?) -> ConversationEnding {
        if runner.endingSignal != nil, runner.renderer.style.colour {
            // Every colour this program writes is switched off again, but a write the signal
            // interrupted may have lost the end of one (readline writes its prompt through
            // stdio, which gives up on an interrupted write): the shell's prompt must not inherit it.
            Output.write(Style.reset)
        }
        let path = TerminalSafeText.sanitize(file.url.path)
        if let failure = runner.transcriptFailure {
            let resume = failure.problem.leavesTheFileResumable ? "filrouge play --resume \(ShellWord.quoted(path))" : nil
            Output.line(runner.renderer.text.transcriptIncomplete(path, resume))
        } else {
            Output.line(runner.renderer.text.transcriptSaved(path))
        }
        if let readline = runner.reader as? ReadlineLineReader, let warning = readline.historyWarning {
            Output.error("filrouge: \(warning.words(in: runner.engine.scenario.language))")
        }
        if let store {
            report(store.finish(waitingAtMost: Self.lrsWait), path: path, text: runner.renderer.text)
        }
        if runner.transcriptFailure != nil { return .transcriptFailed }
        return (runner.endingSignal ?? TerminationSignals.received).map(ConversationEnding.signal) ?? .normally
    }
}
