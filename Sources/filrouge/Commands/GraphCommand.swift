import ArgumentParser
import FilRougeConsole
import FilRougeCore

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw the map of a scenario (steps, routes, endings) for Graphviz or Mermaid.",
        discussion: """
            Each step shows its id and the start of its question; each route is labelled with its \
            condition and, when a step has several, the order they are tried in. Dashed arrows are \
            taken when no route holds; dotted ones are never tried; a dashed outline marks a step or \
            ending no conversation can reach.

            Writes to standard output unless -o names a file.

            Examples:
              filrouge graph my-scenario.yaml -o map.dot && dot -Tsvg map.dot -o map.svg
              filrouge graph alancienne.fr --format mermaid > map.mmd
            """
    )

    /// The formats as the command line spells them.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case dot
        case mermaid

        var graphFormat: GraphFormat {
            switch self {
            case .dot: return .dot
            case .mermaid: return .mermaid
            }
        }
    }

    @OptionGroup var scenario: ScenarioOperand

    @Option(help: "The diagram language.")
    var format: Format = .dot

    @OptionGroup var destination: OutputFileOptions

    func run() throws {
        let loaded = try scenario.loadOrFail()
        let text = format.graphFormat.render(ScenarioGraph(scenario: loaded))
        guard let output = destination.file else {
            Output.write(TerminalSafeText.sanitize(text))
            return
        }
        do {
            try TextFileWriter.replace(path: output, text: text)
        } catch {
            Output.error("filrouge: \(error)")
            throw ExitCode.failure
        }
    }
}
