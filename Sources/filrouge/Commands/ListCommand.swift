import ArgumentParser
import FilRougeCore
import FilRougeScenarios

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the scenarios bundled with filrouge.",
        discussion: """
            Example:
              filrouge list
              filrouge play alancienne.en
            """
    )

    func run() throws {
        var rows: [[String]] = []
        for bundled in BundledScenarios.all {
            let result = ScenarioLoader.load(bundled.text, file: bundled.fileName)
            guard let scenario = result.scenario else {
                rows.append([bundled.name, "?", "(cannot be loaded: filrouge check \(bundled.name))"])
                continue
            }
            rows.append([bundled.name, scenario.language.rawValue, "\(scenario.title) (\(CountedNoun.phrase(scenario.steps.count, "step")))"])
        }
        let width = rows.map { $0[0].count }.max() ?? 0
        for row in rows {
            Output.line(row[0].padding(toLength: width, withPad: " ", startingAt: 0) + "  " + row[1] + "  " + TerminalSafeText.sanitize(row[2]))
        }
    }
}
