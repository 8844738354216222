import ArgumentParser

@main
struct FilRouge: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "filrouge",
        abstract: "Case-study conversations in the terminal: talk with a fictional friend, get coached on your replies.",
        discussion: """
            Play the bundled Mr Alancienne case study (in French):
              filrouge play
            The same in English, or any scenario file:
              filrouge play --lang en
              filrouge play my-scenario.yaml
            """,
        version: version,
        subcommands: [
            PlayCommand.self, ListCommand.self, CheckCommand.self, TestCommand.self, ExplainCommand.self,
            CalibrateCommand.self, SynonymsCommand.self, GraphCommand.self, NewCommand.self, ReplayCommand.self, DigestCommand.self,
            ExportCommand.self, BenchCommand.self,
        ],
        defaultSubcommand: nil
    )
}
