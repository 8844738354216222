import ArgumentParser
import FilRougeConsole
import FilRougeCore
import Foundation

struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Hold the case-study conversation in the terminal.",
        discussion: """
            Without a scenario, plays the bundled Mr Alancienne case study (French; --lang en for English).
            Each reply is graded and the friend reacts; /aide (/help) lists the commands.
            The transcript is written line by line as the conversation goes, under
            $XDG_DATA_HOME/filrouge/transcripts unless --transcript says where.
            When standard input is not a terminal, replies are read one per line:
              printf 'Il faut écouter tes clients.\\n/quitter\\n' | filrouge play
            Examples:
              filrouge play
              filrouge play --lang en --name Camille
              filrouge play my-scenario.yaml --transcript camille.jsonl
            """
    )

    @Argument(help: "A scenario file, or the name of a bundled scenario (see 'filrouge list').")
    var scenario: String?

    @Option(help: "The language of the bundled case study when no scenario is named: fr or en.")
    var lang: String?

    @Option(help: "The learner's name, kept in the transcript.")
    var name: String?

    @Option(help: "Where to write the transcript (a new file).")
    var transcript: String?

    @Flag(name: .customLong("no-coach"), help: "Do not show the coach's note after each reply (/coach toggles it).")
    var noCoach = false

    @Option(help: "The seed of the friend's random choices, to replay a conversation exactly.")
    var seed: UInt64?

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil {
            throw ValidationError("--lang must be 'fr' or 'en', not '\(lang)'.")
        }
        if lang != nil, scenario != nil {
            throw ValidationError("--lang picks a bundled case study; leave it out when naming a scenario.")
        }
    }

    func run() throws {
        let signal: Int32?
        do {
            signal = try play()
        } catch {
            // Every failure here is the user's to read: which file, and why.
            Output.error("filrouge: \(error)")
            throw ExitCode.failure
        }
        if let signal {
            throw ExitCode(TerminationSignals.exitStatus(for: signal))
        }
    }

    /// Plays the conversation; returns the signal that ended it, if one did.
    private func play() throws -> Int32? {
        let source = try scenario.map(ScenarioArgument.resolve) ?? ScenarioArgument.bundled(language: lang.flatMap(Language.init) ?? .fr)
        let loaded = try source.load()
        let paths = StandardPaths()
        let interactive = TerminalInfo.isTerminal(STDIN_FILENO)
        // From the moment the transcript exists, SIGTERM, SIGHUP and SIGINT end the conversation
        // as /quit does, so that the transcript gets its end. Kept until the program exits.
        _ = TerminationSignals.install(interrupt: interactive ? .abandonsLine : .endsConversation)
        let started = Date()
        let file: TranscriptFile
        if let transcript {
            file = try TranscriptFile(creating: URL(fileURLWithPath: transcript))
        } else {
            file = try TranscriptFile.createNew(in: paths.transcriptsDirectory, scenarioID: loaded.id, date: started)
        }
        let seed = self.seed ?? UInt64.random(in: 0...UInt64.max)
        let header = TranscriptHeader(
            scenario: .init(scenario: loaded, sourceText: source.text), learner: name, started: started,
            seed: seed, program: "filrouge \(FilRouge.version)"
        )
        try file.write(.header(header), durable: true)

        let reader: any LineReader = interactive
            ? ReadlineLineReader(historyFile: paths.historyFile, completions: ReplCommand.allNames)
            : StdinLineReader()
        let renderer = ConversationRenderer(
            scenario: loaded, style: Style(colour: Output.allowsColour), width: TerminalInfo.columns(),
            echoReplies: !interactive, showCoach: !noCoach
        )
        var runner = ConversationRunner(
            engine: DialogueEngine(scenario: loaded, seed: seed), renderer: renderer, reader: reader,
            transcript: file, columns: { TerminalInfo.columns() }, write: Output.line, warn: Output.error
        )
        _ = runner.run()
        if runner.endingSignal != nil, renderer.style.colour {
            // Every colour this program writes is switched off again, but a write the signal
            // interrupted may have lost the end of one (readline writes its prompt through
            // stdio, which gives up on an interrupted write): the shell's prompt must not inherit it.
            Output.write(Style.reset)
        }
        Output.line(renderer.text.transcriptSaved(file.url.path))
        if let readline = runner.reader as? ReadlineLineReader, let warning = readline.historyWarning {
            Output.error("filrouge: \(warning)")
        }
        return runner.endingSignal
    }
}
