import ArgumentParser
import FilRougeCore

/// The one scenario a trainer's command works on, named first on its command line: a file, or the
/// name of a bundled scenario. Declared once so that every such command reads it, and fails on it,
/// the same way.
///
/// `bench` has its own, which defaults to the bundled case study; `play` has its own, which is
/// optional and explained in the player's terms.
struct ScenarioOperand: ParsableArguments {
    @Argument(help: ArgumentHelp("A scenario file or bundled scenario name.", valueName: "scenario"))
    var name: String

    /// The scenario, loaded; on any problem, says why on standard error and fails with exit code 1.
    func loadOrFail() throws -> Scenario {
        try ScenarioArgument.loadOrFail(name)
    }

    /// The scenario with its text, for a command that writes a copy of the file; fails as `loadOrFail`.
    func resolveAndLoadOrFail() throws -> (argument: ScenarioArgument, scenario: Scenario) {
        try ScenarioArgument.resolveAndLoadOrFail(name)
    }
}
