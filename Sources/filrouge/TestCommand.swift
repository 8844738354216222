import ArgumentParser
import FilRougeConsole
import FilRougeCore

struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Grade the example replies of scenario files and compare them with their expected outcomes.",
        discussion: """
            Prints each failing example with the expected and the actual outcome, then what the examples \
            leave untested (criteria no example meets, bands no example gets, routes no example takes), \
            then 'N passed, N failed'.

            Exits with 1 when an example fails or a file cannot be loaded.

            Example:
              filrouge test scenarios/alancienne.fr.yaml
            """
    )

    @Argument(help: "Scenario files (or bundled scenario names).")
    var files: [String]

    @Flag(name: .shortAndLong, help: "Also list the examples that pass.")
    var verbose = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("Name at least one scenario file.") }
    }

    func run() throws {
        var passed = 0
        var failed = 0
        var unloadable = false
        for file in files {
            let scenario: Scenario
            do {
                scenario = try ScenarioArgument.resolve(file).load()
            } catch {
                Output.error("\(file): error: \(error)")
                unloadable = true
                continue
            }
            let outcomes = ExampleRunner(scenario: scenario).run()
            defer { printCoverage(ExampleCoverage(scenario: scenario, outcomes: outcomes), file: file) }
            for outcome in outcomes {
                let place = outcome.example.location.map { "\($0)" } ?? file
                let reply = TerminalSafeText.sanitize(outcome.example.reply)
                if outcome.passed {
                    passed += 1
                    if verbose {
                        let reason = outcome.evaluation.reason.flatMap { $0.isScoreAlone ? nil : " (" + BandReasonWording(language: .en).brief($0) + ")" } ?? ""
                        Output.line("pass \(place) [\(outcome.step)] \(outcome.evaluation.band.rawValue) \(ExampleOutcome.percent(outcome.evaluation.score))\(reason): \(reply)")
                    }
                    continue
                }
                failed += 1
                Output.line("FAIL \(place) [\(outcome.step)]: \(reply)")
                for failure in outcome.failures { Output.line("  \(failure)") }
                let met = outcome.evaluation.metConcepts
                let missed = outcome.evaluation.missedConcepts
                Output.line("  met: \(met.isEmpty ? "-" : met.joined(separator: ", ")); missed: \(missed.isEmpty ? "-" : missed.joined(separator: ", "))")
            }
        }
        Output.line("\(passed) passed, \(failed) failed")
        if failed > 0 || unloadable { throw ExitCode.failure }
    }

    private func printCoverage(_ coverage: ExampleCoverage, file: String) {
        let gaps = coverage.gaps
        guard !gaps.isEmpty else {
            Output.line("\(file): every criterion, band and route of its \(CountedNoun.phrase(coverage.steps.count, "step")) is exercised by an example")
            return
        }
        Output.line("\(file): not exercised by any example:")
        for gap in gaps {
            var parts: [String] = []
            if !gap.unmetCriteria.isEmpty { parts.append("criteria never met: " + gap.unmetCriteria.joined(separator: ", ")) }
            if !gap.missingBands.isEmpty { parts.append("bands never given: " + gap.missingBands.map(\.rawValue).joined(separator: ", ")) }
            if !gap.untakenRoutes.isEmpty {
                parts.append("routes never taken: " + gap.untakenRoutes.map { "\($0.number) (goto \($0.target))" }.joined(separator: ", "))
            }
            Output.line("  [\(gap.step)] " + parts.joined(separator: "; "))
        }
    }
}
