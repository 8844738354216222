import ArgumentParser
import FilRougeConsole
import FilRougeCore
import FilRougeScenarios
import Foundation

struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Play transcripts back, one turn at a time, for a group to discuss.",
        discussion: """
            On a terminal, Enter or space shows the next turn, b the previous one, q stops, and a \
            number typed then Enter goes to that step: its position as shown at the top of the page \
            (3 for "3/11"), counted from 1. ? lists the keys.

            A page taller than the screen scrolls with the up and down arrows, PageUp, PageDown, Home and End; \
            its heading and the friend's question stay at the top. Under the heading, the step is \
            named by its number in the scenario, as in the florilège ("Step 3 · site-web").

            When standard input or output is not a terminal, every turn is printed at once, without \
            colour, so that a replay can be saved to a file.

            With several transcripts of the same scenario, each page is one step, with every \
            learner's reply under the step's question; l shows one learner at a time (Enter and b \
            then move from one to the next), and l again all of them. Folders are read for their \
            *.jsonl files, subfolders included.

            Grades are hidden unless --scores is given, so that replies can be discussed first.

            --learners prints, instead of the replay, the progress table of 'filrouge digest \
            --learners': for each transcript, the steps reached, the total, the ending, how it \
            stopped, the hints asked and the time spent.

            Examples:
              filrouge replay camille.jsonl
              filrouge replay --scores camille.jsonl
              filrouge replay --anonymize groupe-a/*.jsonl
              filrouge replay --auto --delay 20 camille.jsonl
              filrouge replay --regrade my-scenario.yaml camille.jsonl
              filrouge replay --scenario my-scenario.yaml camille.jsonl
              filrouge replay camille.jsonl > camille.txt
              filrouge replay --learners --anonymize groupe-a/
            """
    )

    @Argument(help: "The transcripts to replay (JSON Lines files written by 'filrouge play'), or folders of them.")
    var files: [String] = []

    @Flag(help: "Show each reply's grade: the criteria met, missed and negated, misconceptions, and the words that met them.")
    var scores = false

    @Flag(help: "Call the learners 'Learner 1', 'Learner 2'… (one number per name, in the order of the files) instead of their names, and the files 'transcript N'.")
    var anonymize = false

    @Flag(help: "Print the progress table (steps reached, total, ending, stop, hints, time of each transcript) instead of replaying.")
    var learners = false

    @Option(help: ArgumentHelp("Grade every reply again with this scenario (a file or a bundled name) and show where the band, the route, the total or the ending would now differ.", valueName: "scenario"))
    var regrade: String?

    @Option(help: ArgumentHelp("The scenario the transcripts were played with, for the friend's name and the coach's words (a bundled scenario is found by itself).", valueName: "scenario"))
    var scenario: String?

    @Flag(help: "Move on by itself (for a projector); keys still work.")
    var auto = false

    @Option(help: ArgumentHelp("With --auto, the seconds each page stays (default 10).", valueName: "seconds"))
    var delay: Double?

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one transcript to replay.") }
        if scenario != nil, regrade != nil { throw ValidationError("--regrade names the scenario already; leave --scenario out.") }
        if learners, auto || regrade != nil { throw ValidationError("--learners prints the progress table instead of a replay; leave out --auto and --regrade.") }
        if let delay {
            if !auto { throw ValidationError("--delay goes with --auto.") }
            if !(delay > 0 && delay <= 3600) { throw ValidationError("--delay must be a number of seconds above 0, at most 3600.") }
        }
    }

    func run() throws {
        do {
            try replay()
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Output.error("filrouge: \(TerminalSafeText.sanitize("\(error)"))")
            throw ExitCode.failure
        }
    }

    private func replay() throws {
        let given = try (regrade ?? scenario).map { argument in
            let source = try ScenarioArgument.resolve(argument)
            return ReplaySources.ScenarioSource(scenario: try source.load(), sourceText: source.text, name: source.displayName)
        }
        // A folder stands for its transcripts, as for `digest` and `export`; files are left for
        // ReplaySources to read, and to name (or not, with --anonymize) when they cannot be.
        // A folder that cannot be listed stops the replay: replaying what is left would hide it.
        let paths = try TranscriptPaths.expand(files)
        guard !paths.isEmpty else {
            throw CommandFailure("no transcript to replay: no *.jsonl file in \(files.map(TerminalSafeText.sanitize).joined(separator: ", "))")
        }
        let sources = try ReplaySources(paths: paths, anonymize: anonymize, scenario: given, regrade: regrade != nil)
        for report in sources.damagedLines {
            Output.error("filrouge: \(report)")
        }
        let scenario = given?.scenario ?? Self.bundledScenario(playedIn: sources.script)
        if learners {
            Output.write(TerminalSafeText.sanitize(Self.progressTable(sources, scenario: scenario)))
            return
        }
        let interactive = TerminalInfo.isTerminal(STDIN_FILENO) && TerminalInfo.isTerminal(STDOUT_FILENO)
        let renderer = ReplayRenderer(
            script: sources.script, scenario: scenario,
            style: Style(colour: Output.allowsColour), width: TerminalInfo.columns(), showScores: scores
        )
        var player = ReplayPlayer(
            renderer: renderer, columns: { TerminalInfo.columns() }, rows: { TerminalInfo.rows() }, write: Output.write
        )
        guard interactive else {
            player.printAll()
            return
        }
        var keys = try RawKeyReader()
        defer { keys.close() }
        player.present(keys: &keys, autoDelay: auto ? (delay ?? 10) : nil, notices: sources.damagedLines)
    }

    /// The progress table of `digest --learners`, of the transcripts replayed, in Markdown.
    private static func progressTable(_ sources: ReplaySources, scenario: Scenario?) -> String {
        let rows = zip(sources.script.learners, sources.learnerNames).map { learner, name in
            LearnerProgress(record: learner.record, learner: name, scenario: scenario)
        }
        let played = sources.script.learners.first?.record.header?.scenario
        return LearnerProgressMarkdown.document(rows, title: played?.title ?? "", language: played?.language ?? .en)
    }

    /// The bundled scenario the transcripts were played with, if they were: it names the friend.
    /// The same text is preferred; another version of the same scenario will do.
    private static func bundledScenario(playedIn script: ReplayScript) -> Scenario? {
        guard let played = script.learners.first?.record.header?.scenario else { return nil }
        let candidates = BundledScenarios.all.compactMap { bundled -> (TranscriptHeader.ScenarioReference, Scenario)? in
            guard let scenario = ScenarioLoader.load(bundled.text, file: bundled.fileName).scenario else { return nil }
            let reference = TranscriptHeader.ScenarioReference(scenario: scenario, sourceText: bundled.text)
            return ScenarioMismatch.between(played, and: reference) == nil ? (reference, scenario) : nil
        }
        return (candidates.first { $0.0.hash == played.hash } ?? candidates.first)?.1
    }
}
