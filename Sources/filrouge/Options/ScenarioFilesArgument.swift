import ArgumentParser

/// The scenario files that `check` and `test` go through, one after the other: each a path, or the
/// name of a bundled scenario.
struct ScenarioFilesArgument: ParsableArguments {
    @Argument(help: "Scenario files (or bundled scenario names).")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("Name at least one scenario file.") }
    }
}
