import ArgumentParser
import FilRougeConsole
import FilRougeCore
import Foundation

struct CalibrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Compare the rubrics' grades with human marks: agreement, kappa, confusion matrix, disagreements.",
        discussion: """
            The marks file is CSV with a header row and the columns step, reply, band (good, partial or \
            missed) and, optionally, concepts (the concept ids the marker judged present, separated by \
            ';'); other columns are ignored. The format is described in docs/calibration.md.

            Each reply is graded as a first reply to its step. Prints, per step and overall, the number of \
            replies, the accuracy, Cohen's kappa and the quadratic weighted kappa, then the confusion matrix \
            (rows: human, columns: machine), each criterion's precision and recall when the file names \
            concepts, and each disagreement with how the rubric graded the reply.

            With --fit, proposes per step the band setting (weighted thresholds, or the idea counts of \
            bands by ideas) that agrees best with the marks, judged by 5-fold cross-validation; with \
            --output FILE it also writes a copy of the scenario with those settings, every other byte as \
            it was. With --suggest, lists per criterion the words of the marked replies that would resolve \
            disagreements as keywords, and the keywords that met only where the marker did not credit \
            the concept, with their marks lines.

            Exits with 1 when the scenario or the marks file has an error, each printed to standard error \
            as file:line:col, or when --output cannot be written.

            Examples:
              filrouge calibrate alancienne.fr --marks scenarios/alancienne.fr.marks.csv
              filrouge calibrate my-scenario.yaml --marks marks.csv --disagreements 5
              filrouge calibrate alancienne.fr --marks marks.csv --format json
              filrouge calibrate my-scenario.yaml --marks marks.csv --fit --output fitted.yaml
              filrouge calibrate my-scenario.yaml --marks marks.csv --suggest
            """
    )

    @OptionGroup var scenario: ScenarioOperand

    @Option(help: ArgumentHelp("The CSV file of human marks.", valueName: "marks.csv"))
    var marks: String

    @OptionGroup var formatting: ReportFormatOptions<PeopleOrPrograms>

    @Option(help: ArgumentHelp("How many disagreements to show, in file order: a number, or all.", valueName: "N|all"))
    var disagreements: DisagreementLimit = .all

    @Flag(help: "Propose per step the band setting that agrees best with the marks (cross-validated).")
    var fit = false

    @Option(help: ArgumentHelp("With --fit: write a copy of the scenario with the proposed settings to this file.", valueName: "file.yaml"))
    var output: String?

    @Flag(help: "Propose keywords to add and keywords too broad, per criterion, from the marked replies.")
    var suggest = false

    func validate() throws {
        if output != nil, !fit { throw ValidationError("--output writes the settings --fit proposes: add --fit.") }
        if let output, Self.samePath(output, scenario.name) { throw ValidationError("--output must name a new file, not the scenario itself.") }
        if fit, suggest, formatting.format == .json {
            throw ValidationError("--format json writes one document: run --fit and --suggest one at a time.")
        }
    }

    /// True when two paths name one file, however written (`./a.yaml`, a link to it).
    private static func samePath(_ first: String, _ second: String) -> Bool {
        func resolved(_ path: String) -> String {
            URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        }
        return resolved(first) == resolved(second)
    }

    func run() throws {
        let (argument, loaded) = try scenario.resolveAndLoadOrFail()
        let text: String
        do {
            text = try TextFileReader.read(path: marks, kind: .marks)
        } catch {
            Output.error("filrouge: \(error)")
            throw ExitCode.failure
        }
        let result = MarksFile.parse(text, file: marks, scenario: loaded)
        let renderer = DiagnosticRenderer(source: text)
        for line in result.listing.lines(file: marks, renderer: renderer) {
            Output.error(TerminalSafeText.sanitize(line))
        }
        guard let marksFile = result.marksFile else {
            let errors = result.listing.errors
            let warnings = result.listing.warnings
            Output.error("\(TerminalSafeText.sanitize(marks)): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            throw ExitCode.failure
        }
        guard fit || suggest else {
            report(Calibration(scenario: loaded, marks: marksFile))
            return
        }
        let evaluator = RubricEvaluator(scenario: loaded)
        if fit {
            let bandFit = BandFit(scenario: loaded, marks: marksFile, evaluator: evaluator)
            Output.line(TerminalSafeText.sanitize(formatting.format == .json ? BandFitJSON.render(bandFit) : BandFitText.render(bandFit)))
            if let output {
                try write(bandFit, of: argument, to: output)
            }
        }
        if suggest {
            let suggester = KeywordSuggester(scenario: loaded, marks: marksFile, evaluator: evaluator)
            if fit, formatting.format == .text { Output.line("") }
            Output.line(TerminalSafeText.sanitize(formatting.format == .json ? KeywordSuggestionJSON.render(suggester) : KeywordSuggestionText.render(suggester)))
        }
    }

    /// Writes the scenario with the fitted settings; the file is written even when no step changed,
    /// so that a script can rely on it.
    private func write(_ bandFit: BandFit, of argument: ScenarioArgument, to output: String) throws {
        do {
            let edited = try ScenarioBandsEditor.apply(bandFit.changes, to: argument.text, file: argument.displayName)
            try TextFileWriter.replace(path: output, text: edited)
        } catch {
            Output.error("filrouge: \(TerminalSafeText.sanitize(output)): \(TerminalSafeText.sanitize(String(describing: error)))")
            throw ExitCode.failure
        }
        let changed = bandFit.changes.count
        Output.error("Wrote \(TerminalSafeText.sanitize(output)) (\(changed) step\(changed == 1 ? "" : "s") changed).")
    }

    private func report(_ calibration: Calibration) {
        switch formatting.format {
        case .text:
            Output.line(TerminalSafeText.sanitize(CalibrationText.render(calibration, disagreementLimit: disagreements.count)))
        case .json:
            Output.line(CalibrationJSON.render(calibration, disagreementLimit: disagreements.count))
        }
    }
}
