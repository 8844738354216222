import ArgumentParser
import FilRougeConsole
import FilRougeCore

struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Grade the example replies of scenario files and compare them with their expected outcomes.",
        discussion: """
            Prints each failing example with the expected and the actual outcome, then each path (a whole \
            conversation played through the dialogue engine) that goes astray, at its first turn that \
            does, then what the examples leave untested (criteria no example meets, bands no example \
            gets, routes no example takes) and what the paths leave unplayed (routes no path takes, \
            endings no path reaches), then 'N passed, N failed', counting examples and paths.

            Exits with 1 when an example or a path fails or a file cannot be loaded.

            Example:
              filrouge test scenarios/alancienne.fr.yaml
            """
    )

    @OptionGroup var scenarios: ScenarioFilesArgument

    @Flag(name: .shortAndLong, help: "Also list the examples that pass.")
    var verbose = false

    func run() throws {
        var passed = 0
        var failed = 0
        var unloadable = false
        for file in scenarios.files {
            let scenario: Scenario
            do {
                scenario = try ScenarioArgument.resolve(file).load()
            } catch {
                Output.error("\(file): error: \(error)")
                unloadable = true
                continue
            }
            let evaluator = RubricEvaluator(scenario: scenario)
            let outcomes = ExampleRunner(scenario: scenario, evaluator: evaluator).run()
            let pathOutcomes = PathRunner(scenario: scenario, evaluator: evaluator).run()
            defer {
                printCoverage(ExampleCoverage(scenario: scenario, outcomes: outcomes), file: file)
                printCoverage(PathCoverage(scenario: scenario, outcomes: pathOutcomes), file: file)
            }
            for outcome in outcomes {
                let place = outcome.example.location.map { "\($0)" } ?? file
                let reply = TerminalSafeText.sanitize(outcome.example.reply)
                if outcome.passed {
                    passed += 1
                    if verbose {
                        let reason = outcome.evaluation.reason.flatMap { $0.isScoreAlone ? nil : " (" + BandReasonWording(language: .en).brief($0) + ")" } ?? ""
                        Output.line("pass \(place) [\(outcome.step)] \(outcome.evaluation.band.rawValue) \(PercentText.of(outcome.evaluation.score))\(reason): \(reply)")
                    }
                    continue
                }
                failed += 1
                Output.line("FAIL \(place) [\(outcome.step)]: \(reply)")
                for failure in outcome.failures { Output.line("  \(failure)") }
                if let followUp = outcome.example.followUp {
                    Output.line("  follow-up reply: \(TerminalSafeText.sanitize(followUp.reply))")
                }
                let met = outcome.evaluation.metConcepts
                let missed = outcome.evaluation.missedConcepts
                Output.line("  met: \(Self.list(met)); missed: \(Self.list(missed))")
            }
            for outcome in pathOutcomes {
                if report(outcome, file: file) { passed += 1 } else { failed += 1 }
            }
        }
        Output.line("\(passed) passed, \(failed) failed")
        if failed > 0 || unloadable { throw ExitCode.failure }
    }

    private static func list(_ names: [String]) -> String {
        names.isEmpty ? "-" : names.joined(separator: ", ")
    }

    /// Prints a path that went astray, or with `--verbose` one that passed; true when it passed.
    private func report(_ outcome: PathOutcome, file: String) -> Bool {
        let name = TerminalSafeText.sanitize(outcome.path.name)
        guard let deviation = outcome.deviation else {
            if verbose {
                let place = outcome.path.location.map { "\($0)" } ?? file
                Output.line("pass \(place) path '\(name)': \(outcome.path.turns.count) turns, ending \(outcome.path.ending)")
            }
            return true
        }
        let place = deviation.location.map { "\($0)" } ?? file
        if let turn = deviation.turn {
            let step = outcome.path.turns[turn - 1].step
            let reply = deviation.reply.map { ": " + TerminalSafeText.sanitize($0) } ?? ""
            Output.line("FAIL \(place) path '\(name)', turn \(turn) [\(step)]\(reply)")
        } else {
            Output.line("FAIL \(place) path '\(name)', ending")
        }
        for problem in deviation.problems { Output.line("  \(problem)") }
        if deviation.reply != nil {
            Output.line("  met: \(Self.list(deviation.met)); missed: \(Self.list(deviation.missed))")
        }
        return false
    }

    private func printCoverage(_ coverage: PathCoverage, file: String) {
        guard coverage.pathCount > 0 else {
            Output.line("\(file): no path plays a whole conversation; add some under 'paths' to test routes and endings")
            return
        }
        let paths = coverage.pathCount == 1 ? "1 path" : "\(coverage.pathCount) paths"
        guard !coverage.isComplete else {
            Output.line("\(file): every route and ending is reached by its \(paths)")
            return
        }
        Output.line("\(file): not reached by any of its \(paths):")
        for step in coverage.untakenRoutes {
            Output.line("  [\(step.step)] routes never taken: " + step.untakenRoutes.map { "\($0.number) (goto \($0.target))" }.joined(separator: ", "))
        }
        if !coverage.unreachedEndings.isEmpty {
            Output.line("  endings never reached: " + coverage.unreachedEndings.joined(separator: ", "))
        }
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
