import ArgumentParser
import FilRougeConsole
import FilRougeCore

struct DigestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Gather a group's transcripts of one scenario into a florilège: figures per step and the best replies.",
        discussion: """
            For each step of the scenario, in order: the question, how many learners answered, the share \
            in each band, for each criterion the share who met it, missed it or only negated it, the best \
            replies with their matched words highlighted, and the concepts most often missed; then how the \
            conversations ended.

            Folders are read for their *.jsonl files, subfolders included, in path order. Each transcript \
            is one learner. The scenario is the bundled one the first transcript was played with, or the \
            one named with --scenario. Transcripts of another scenario, version or text, without a header, \
            or unreadable are skipped; damaged lines too. Each is listed on standard error; the document \
            gives the counts.

            With --lrs instead of files, reads the cohort from a learning record store the statements \
            were sent to (filrouge export --lrs, filrouge play --lrs): the scenario named with --scenario, \
            or the one with the most statements, said on standard error. The credentials come from \
            FILROUGE_LRS_KEY and FILROUGE_LRS_SECRET (docs/xapi.md).

            Writes to standard output unless -o names a file. Exits with 1 when there is nothing to digest, \
            the scenario cannot be found, or a folder cannot be listed.

            Examples:
              filrouge digest transcripts/ --format html -o florilege.html
              filrouge digest transcripts/ --format md --anonymize > florilege.md
              filrouge digest a.jsonl b.jsonl --scenario my-scenario.yaml --format csv
              filrouge digest --lrs http://127.0.0.1:8100/xAPI/ --format html -o florilege.html
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

    @Option(help: "The document: md (Markdown), html (one self-contained page), json or csv.")
    var format: Format = .md

    @OptionGroup var destination: OutputFileOptions

    @Flag(help: "Name learners Learner 1, 2… in the order of their transcript files, instead of by name.")
    var anonymize = false

    @Option(help: ArgumentHelp("The scenario file or bundled scenario name the transcripts were played with (by default, read from them).", valueName: "scenario"))
    var scenario: String?

    @Option(help: ArgumentHelp("How many replies to show per step.", valueName: "n"))
    var best = 3

    func validate() throws {
        if paths.isEmpty, lrs.address == nil { throw ValidationError("name at least one transcript file or folder, or --lrs to read a learning record store") }
        if !paths.isEmpty, lrs.address != nil { throw ValidationError("read either transcript files or a learning record store (--lrs), not both") }
        if best < 0 { throw ValidationError("--best must be 0 or more") }
    }

    func run() throws {
        let outcome: DigestReading.Outcome
        do {
            if let connection = try lrs.connection() {
                outcome = try DigestFromStore(connection: connection, scenario: scenario, anonymize: anonymize, bestReplies: best).run()
            } else {
                outcome = try DigestReading(scenario: scenario, anonymize: anonymize, bestReplies: best).run(arguments: paths)
            }
        } catch let nothing as NothingToDigest {
            for note in nothing.notes {
                Output.error(TerminalSafeText.sanitize(note))
            }
            Output.error(TerminalSafeText.sanitize("filrouge: \(nothing.reason)"))
            throw ExitCode.failure
        } catch {
            Output.error(TerminalSafeText.sanitize("filrouge: \(error)"))
            throw ExitCode.failure
        }
        for note in outcome.notes {
            Output.error(TerminalSafeText.sanitize(note))
        }
        let document = format.digestFormat.render(outcome.digest)
        guard let output = destination.file else {
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
}
