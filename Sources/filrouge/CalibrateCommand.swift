import ArgumentParser
import FilRougeConsole
import FilRougeCore

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

            Exits with 1 when the scenario or the marks file has an error, each printed to standard error \
            as file:line:col.

            Examples:
              filrouge calibrate alancienne.fr --marks scenarios/alancienne.fr.marks.csv
              filrouge calibrate my-scenario.yaml --marks marks.csv --disagreements 5
              filrouge calibrate alancienne.fr --marks marks.csv --format json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    /// How many disagreements to show: a number, or all of them.
    struct DisagreementLimit: ExpressibleByArgument {
        let count: Int?

        init?(argument: String) {
            if argument == "all" {
                count = nil
            } else if let count = Int(argument), count >= 0 {
                self.count = count
            } else {
                return nil
            }
        }

        static let all = DisagreementLimit(count: nil)

        private init(count: Int?) {
            self.count = count
        }

        var defaultValueDescription: String {
            count.map(String.init) ?? "all"
        }
    }

    @Argument(help: "A scenario file or bundled scenario name.")
    var scenario: String

    @Option(help: ArgumentHelp("The CSV file of human marks.", valueName: "marks.csv"))
    var marks: String

    @Option(help: "The output: text for people, json for programs.")
    var format: Format = .text

    @Option(help: ArgumentHelp("How many disagreements to show, in file order: a number, or all.", valueName: "N|all"))
    var disagreements: DisagreementLimit = .all

    func run() throws {
        let loaded = try ScenarioArgument.loadOrFail(scenario)
        let text: String
        do {
            text = MarksFile.removingByteOrderMark(try MarksFileReader.read(path: marks))
        } catch {
            Output.error("filrouge: \(error)")
            throw ExitCode.failure
        }
        let result = MarksFile.parse(text, file: marks, scenario: loaded)
        let renderer = DiagnosticRenderer(source: text)
        for diagnostic in result.diagnostics {
            Output.error(TerminalSafeText.sanitize(renderer.render(diagnostic)))
        }
        guard let marksFile = result.marksFile else {
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            let warnings = result.diagnostics.count - errors
            Output.error("\(TerminalSafeText.sanitize(marks)): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            throw ExitCode.failure
        }
        let calibration = Calibration(scenario: loaded, marks: marksFile)
        switch format {
        case .text:
            Output.line(TerminalSafeText.sanitize(CalibrationText.render(calibration, disagreementLimit: disagreements.count)))
        case .json:
            Output.line(CalibrationJSON.render(calibration, disagreementLimit: disagreements.count))
        }
    }
}
