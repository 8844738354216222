import Foundation
import PackagePlugin

/// Compiles the YAML files of the package's `scenarios/` folder into the target that uses this plugin,
/// so that the `filrouge` binary plays its bundled scenarios from any directory, with no resource files
/// to keep beside it.
@main
struct EmbedScenarios: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "scenarios")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path())) ?? []
        let inputs = names
            .filter { $0.hasSuffix(".yaml") }
            .sorted()
            .map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedScenarioFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) bundled scenarios",
                executable: try context.tool(named: "ScenarioEmbedder").url,
                arguments: [output.path()] + inputs.map { $0.path() },
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
