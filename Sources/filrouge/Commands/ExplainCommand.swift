import ArgumentParser
import FilRougeConsole
import FilRougeCore
import Foundation

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show how a reply is graded: its words, their forms, every match and negation, the score and band.",
        discussion: """
            The reply is the last argument, or standard input when it is left out.

            Example:
              filrouge explain scenarios/alancienne.fr.yaml --step site-web "Un site internet, ça rassure"
            """
    )

    @OptionGroup var scenario: ScenarioOperand

    @Option(help: "The id of the step the reply answers.")
    var step: String

    @Argument(help: "The reply (read from standard input when absent).")
    var reply: String?

    func run() throws {
        let loaded = try scenario.loadOrFail()
        guard loaded.step(step) != nil else {
            throw ValidationError("no step '\(step)' in \(scenario.name); its steps are: \(loaded.steps.map(\.id).joined(separator: ", ")).")
        }
        let text = reply ?? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        let explanation = GradeExplanation(scenario: loaded, step: step, reply: text, suggestingSpellings: true)
        Output.line(TerminalSafeText.sanitize(explanation.text))
    }
}
