import ArgumentParser
import FilRougeConsole
import FilRougeCore

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write the skeleton of a new scenario, with a comment on every key.",
        discussion: """
            Writes NAME.yaml in the current folder (or the file -o names): a small but complete \
            scenario, to change into your own, that passes 'filrouge check' and 'filrouge test' as it \
            is. An existing file is never replaced.

            Examples:
              filrouge new librairie && filrouge check librairie.yaml && filrouge test librairie.yaml
              filrouge new bookshop --lang en -o scenarios/bookshop.yaml
            """
    )

    @Argument(help: "The scenario's id: \(IdentifierRule.description).")
    var name: String

    @Option(help: "The language of the conversation: fr or en.")
    var lang = "fr"

    @Option(name: [.short, .customLong("output")], help: "The file to write (NAME.yaml when absent); it must not exist yet.")
    var output: String?

    func validate() throws {
        guard IdentifierRule.isValid(name) else {
            throw ValidationError("'\(name)' cannot be a scenario id: use \(IdentifierRule.description), as in 'librairie-page'.")
        }
        if Language(rawValue: lang) == nil {
            throw ValidationError("--lang must be 'fr' or 'en', not '\(lang)'.")
        }
    }

    func run() throws {
        let language = Language(rawValue: lang) ?? .fr
        let path = output ?? "\(name).yaml"
        let shownPath = TerminalSafeText.sanitize(path)
        guard let text = ScenarioSkeleton.text(id: name, language: language) else {
            throw ValidationError("'\(name)' cannot be a scenario id: use \(IdentifierRule.description).")
        }
        do {
            try TextFileWriter.createNew(path: path, text: text)
        } catch let error as TextFileError where error.alreadyExists {
            Output.error("filrouge: \(shownPath) already exists and was left as it is; choose another NAME, or another file with -o.")
            throw ExitCode.failure
        } catch {
            Output.error("filrouge: \(TerminalSafeText.sanitize("\(error)"))")
            throw ExitCode.failure
        }
        Output.line("Wrote \(shownPath). Change it into your own scenario, then:")
        Output.line("  filrouge check \(shownPath) && filrouge test \(shownPath)")
        Output.line("  filrouge play \(shownPath)")
    }
}
