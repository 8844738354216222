import ArgumentParser
import FilRougeConsole
import FilRougeCore

struct DigestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Gather a group's transcripts of one scenario into a florilège: figures per step and the best replies; or compare groups.",
        discussion: """
            For each step of the scenario, in order: the question, how many learners answered, the share \
            in each band, for each criterion the share who met it, missed it or only negated it, the best \
            replies with their matched words highlighted, and the concepts most often missed; then how the \
            conversations ended. An overview comes first: the totals, who finished, where the others \
            stopped and the routes taken. Steps are titled with their questions.

            --choices names a YAML file of replies to pin (shown first among a step's best) or hide \
            (never shown), each named by its learner or transcript file and its step. It applies to each \
            florilège of --each-scenario and to --lrs (where a file is the learner's account in the store); \
            --compare and --learners show no replies and refuse it. See docs/facilitators-guide.md.

            Folders are read for their *.jsonl files, subfolders included, in path order. Each transcript \
            is one learner. The scenario is the one named with --scenario, or else the bundled one most \
            transcripts were played with (on a tie, the first met); when there were others, standard error \
            says how many transcripts of each were left out and the --scenario that digests them. \
            --each-scenario instead writes one florilège per bundled scenario into the folder -o names. \
            Transcripts of another scenario, version or text, without a header, or unreadable are skipped; \
            damaged lines too. Each is listed on standard error; the document gives the counts.

            --compare shows two groups or more side by side, each file or folder given being a group named \
            after it: for each step, the share of each group who answered, in each band and who met each \
            idea; then each group's endings. Shares are of each group's own learners.

            With --learners, the document is the progress table alone: for each transcript, the steps \
            reached, the total, the ending, how the conversation stopped, the hints asked and the time \
            spent, in the format asked for (the only way to have the table as CSV). Without it, the \
            table is the last section of the Markdown, HTML and JSON documents.

            With --lrs instead of files, reads the cohort from a learning record store the statements \
            were sent to (filrouge export --lrs, filrouge play --lrs): the scenario named with --scenario, \
            or the one with the most statements, said on standard error. The credentials come from \
            FILROUGE_LRS_KEY and FILROUGE_LRS_SECRET (docs/xapi.md).

            Writes to standard output unless -o names a file. Exits with 1 when there is nothing to digest, \
            the scenario cannot be found, a folder cannot be listed, or the choices file cannot be read or \
            has an error.

            Examples:
              filrouge digest transcripts/ --format html -o florilege.html
              filrouge digest transcripts/ --format md --anonymize > florilege.md
              filrouge digest a.jsonl b.jsonl --scenario my-scenario.yaml --format csv
              filrouge digest transcripts/ --each-scenario --format html -o florileges/
              filrouge digest group-a/ group-b/ --compare --format html -o comparison.html
              filrouge digest --learners --anonymize transcripts/
              filrouge digest --lrs http://127.0.0.1:8100/xAPI/ --format html -o florilege.html
              filrouge digest transcripts/ --choices choices.yaml --anonymize --format html -o florilege.html
            """
    )

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case md, html, json, csv

        var digestFormat: DigestFormat {
            switch self {
            case .md: return .md
            case .html: return .html
            case .json: return .json
            case .csv: return .csv
            }
        }
    }

    @Argument(help: ArgumentHelp("Transcript files, or folders of them.", valueName: "files-or-folders"))
    var paths: [String] = []

    @OptionGroup var lrs: LRSOptions

    @Option(name: .customLong("activity-base"), help: ArgumentHelp("With --lrs: the IRI the statements' activity ids start with, as they were sent.", valueName: "IRI"))
    var activityBase = XAPIExport.defaultActivityBase

    @Option(help: "The document: md (Markdown), html (one self-contained page), json or csv.")
    var format: Format = .md

    @OptionGroup var destination: OutputFileOptions

    @Flag(help: "Number learners (Learner 1, 2…: one number per name, in the order of their transcript files) and call files 'transcript N' in messages.")
    var anonymize = false

    @Flag(help: "Write only the progress table: one row per transcript, with its steps reached, total, ending, stop, hints and time.")
    var learners = false

    @Option(help: ArgumentHelp("The scenario file or bundled scenario name the transcripts were played with (by default, read from them).", valueName: "scenario"))
    var scenario: String?

    @Option(help: ArgumentHelp("How many replies to show per step.", valueName: "n"))
    var best = 3

    @Option(help: ArgumentHelp("A YAML file of replies to pin among the best or to hide.", valueName: "file"))
    var choices: String?

    @Flag(help: "Compare groups side by side: each file or folder given is a group, named after it (its folder's name).")
    var compare = false

    @Flag(help: "Write one florilège for each bundled scenario the transcripts were played with, into the folder -o names, as ID-VERSION-LANGUAGE.FORMAT.")
    var eachScenario = false

    func validate() throws {
        if paths.isEmpty, lrs.address == nil { throw ValidationError("name at least one transcript file or folder, or --lrs to read a learning record store") }
        if !paths.isEmpty, lrs.address != nil { throw ValidationError("read either transcript files or a learning record store (--lrs), not both") }
        if best < 0 { throw ValidationError("--best must be 0 or more") }
        if compare, paths.count < 2 { throw ValidationError("--compare needs two groups or more: name each group's folder") }
        if compare, eachScenario { throw ValidationError("--compare and --each-scenario cannot be given together") }
        if eachScenario, destination.file == nil { throw ValidationError("--each-scenario writes one file per scenario: name their folder with -o FOLDER") }
        if eachScenario, scenario != nil { throw ValidationError("--each-scenario finds the scenarios in the transcripts: leave out --scenario") }
        if activityBase != XAPIExport.defaultActivityBase {
            guard lrs.address != nil else { throw ValidationError("--activity-base chooses the statements --lrs reads: give it with --lrs.") }
            try XAPIIdentityOptions.validate("--activity-base", activityBase)
        }
        if lrs.address != nil, compare || eachScenario { throw ValidationError("--lrs reads one cohort: leave out --compare and --each-scenario") }
        if learners, compare || eachScenario { throw ValidationError("--learners writes one table of one group: leave out --compare and --each-scenario") }
        if choices != nil, compare { throw ValidationError("--compare shows no replies to pin or hide: leave out --choices") }
        if choices != nil, learners { throw ValidationError("--learners shows no replies to pin or hide: leave out --choices") }
    }

    func run() throws {
        let choicesFile = try choices.map(ChoicesFile.read)
        let reading = DigestReading(scenario: scenario, anonymize: anonymize, bestReplies: best, choices: choicesFile?.choices ?? .none)
        if compare {
            let compared = try Self.reporting { try reading.runComparison(arguments: paths) }
            Self.note(compared.notes)
            try write(format.digestFormat.render(compared.comparison), to: destination.file)
            return
        }
        if eachScenario, let folder = destination.file {
            let each = try Self.reporting { try reading.runEachScenario(arguments: paths) }
            Self.note(each.notes)
            choicesFile?.report(each.choiceWarnings)
            try writeEach(each.digests, into: folder)
            return
        }
        let outcome = try Self.reporting {
            if let connection = try lrs.connection() {
                return try DigestFromStore(
                    connection: connection, activityBase: activityBase, scenario: scenario, anonymize: anonymize, bestReplies: best,
                    choices: reading.choices
                ).run()
            }
            return try reading.run(arguments: paths)
        }
        Self.note(outcome.notes)
        choicesFile?.report(outcome.choiceWarnings)
        let document = learners ? format.digestFormat.renderLearners(outcome.digest) : format.digestFormat.render(outcome.digest)
        try write(document, to: destination.file)
    }

    /// Runs `body`, and when it fails, says why on standard error, after the files skipped on
    /// the way when there is nothing to digest, and exits with 1.
    private static func reporting<Result>(_ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let nothing as NothingToDigest {
            note(nothing.notes)
            Output.error(TerminalSafeText.sanitize("filrouge: \(nothing.reason)"))
            throw ExitCode.failure
        } catch {
            Output.error(TerminalSafeText.sanitize("filrouge: \(error)"))
            throw ExitCode.failure
        }
    }

    private static func note(_ notes: [String]) {
        for note in notes {
            Output.error(TerminalSafeText.sanitize(note))
        }
    }

    /// Writes `document` to `output`, or to standard output when nil.
    private func write(_ document: String, to output: String?) throws {
        guard let output else {
            Output.write(format.digestFormat.isSafeForATerminal ? document : TerminalSafeText.sanitize(document))
            return
        }
        do {
            try TextFileWriter.replace(path: output, text: document)
        } catch {
            Output.error(TerminalSafeText.sanitize("filrouge: \(error)"))
            throw ExitCode.failure
        }
    }

    /// Writes each digest into `folder` (created if need be), and says on standard output which
    /// file holds which scenario, and of how many transcripts.
    private func writeEach(_ digests: [Digest], into folder: String) throws {
        if let problem = FolderCreation.create(folder) {
            Output.error(TerminalSafeText.sanitize("filrouge: cannot create the folder \(folder): \(problem.words(in: .en))"))
            throw ExitCode.failure
        }
        for digest in digests {
            let path = (folder.hasSuffix("/") ? folder : folder + "/") + ScenarioDocumentName.of(digest.scenario, format: format.digestFormat)
            try write(format.digestFormat.render(digest), to: path)
            let transcripts = digest.learners == 1 ? "1 transcript" : "\(digest.learners) transcripts"
            Output.line(TerminalSafeText.sanitize("\(path): \(ScenarioChoice.name(digest.scenario)), \(transcripts)"))
        }
    }
}
