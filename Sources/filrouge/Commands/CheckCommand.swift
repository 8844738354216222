import ArgumentParser
import FilRougeConsole
import FilRougeCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check scenario files and report every problem, located as file:line:col.",
        discussion: """
            Reports errors (the scenario cannot be played) and warnings (it plays, but probably not as \
            meant: unreachable steps, routes never taken, a keyword credited to two concepts, steps \
            without examples…), each with a code explained in docs/diagnostics.md.

            Exits with 1 when a file has an error, or with --strict a warning.

            Examples:
              filrouge check scenarios/alancienne.fr.yaml
              filrouge check --strict --format json my-scenario.yaml
            """
    )

    @OptionGroup var scenarios: ScenarioFilesArgument

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @OptionGroup var formatting: ReportFormatOptions<EditorsAndCI>

    func run() throws {
        var report = CheckReport(strict: strict)
        for file in scenarios.files {
            let checked = check(file)
            report.files.append(checked.summary)
            if formatting.format == .text { printText(checked) }
        }
        if formatting.format == .json { Output.line(report.json()) }
        if !report.passed { throw ExitCode.failure }
    }

    /// One file's diagnostics, with its text for showing the lines they point at.
    private struct CheckedFile {
        var summary: CheckReport.File
        var diagnostics: [Diagnostic]
        var source: String
    }

    private func check(_ file: String) -> CheckedFile {
        let argument: ScenarioArgument
        do {
            argument = try ScenarioArgument.resolve(file)
        } catch {
            let diagnostic = Diagnostic(.unreadableFile, "\(error)", at: SourceLocation(file: file, line: 1, column: 1))
            return CheckedFile(
                summary: .init(file: file, errors: 1, warnings: 0, diagnostics: [.init(diagnostic)]),
                diagnostics: [diagnostic], source: ""
            )
        }
        let result = ScenarioLoader.load(argument.text, file: argument.displayName)
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        let summary = CheckReport.File(
            file: argument.displayName, steps: result.scenario?.steps.count, endings: result.scenario?.endings.count,
            errors: errors, warnings: result.diagnostics.count - errors, diagnostics: result.diagnostics.map(CheckReport.Entry.init)
        )
        return CheckedFile(summary: summary, diagnostics: result.diagnostics, source: argument.text)
    }

    private func printText(_ checked: CheckedFile) {
        let renderer = DiagnosticRenderer(source: checked.source)
        for line in DiagnosticListing(checked.diagnostics).lines(file: checked.summary.file, renderer: renderer) {
            Output.line(line)
        }
        let summary = checked.summary
        let warnings = CountedNoun.phrase(summary.warnings, "warning")
        if let steps = summary.steps, let endings = summary.endings {
            Output.line("\(summary.file): \(CountedNoun.phrase(steps, "step")), \(CountedNoun.phrase(endings, "ending")), \(summary.warnings == 0 ? "no problem" : warnings)")
        } else if summary.errors > 0 {
            Output.line("\(summary.file): \(CountedNoun.phrase(summary.errors, "error")), \(warnings)")
        }
    }
}
