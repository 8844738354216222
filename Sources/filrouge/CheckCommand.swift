import ArgumentParser
import FilRougeConsole
import FilRougeCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check scenario files and report every problem, located as file:line:col.",
        discussion: """
            Exits with 1 when any file has an error. Warnings are reported but do not fail.
            Example:
              filrouge check scenarios/alancienne.fr.yaml
            """
    )

    @Argument(help: "Scenario files (or bundled scenario names).")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("Name at least one scenario file.") }
    }

    func run() throws {
        var failed = false
        for file in files {
            let argument: ScenarioArgument
            do {
                argument = try ScenarioArgument.resolve(file)
            } catch {
                Output.error("\(file): error: \(error)")
                failed = true
                continue
            }
            let result = ScenarioLoader.load(argument.text, file: argument.displayName)
            let renderer = DiagnosticRenderer(source: argument.text)
            for diagnostic in result.diagnostics {
                Output.line(renderer.render(diagnostic))
            }
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            let warnings = result.diagnostics.count - errors
            if let scenario = result.scenario {
                let problems = warnings == 0 ? "no problem" : "\(warnings) warning\(warnings == 1 ? "" : "s")"
                Output.line("\(argument.displayName): \(scenario.steps.count) steps, \(scenario.endings.count) endings, \(problems)")
            } else {
                Output.line("\(argument.displayName): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
                failed = true
            }
        }
        if failed { throw ExitCode.failure }
    }
}
