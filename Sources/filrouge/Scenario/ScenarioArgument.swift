import ArgumentParser
import FilRougeConsole
import FilRougeCore
import FilRougeScenarios
import Foundation

/// A scenario named on the command line: a file path, or the name of a bundled scenario.
struct ScenarioArgument {
    /// The name diagnostics and transcripts use: the path as typed, or `bundled:NAME`.
    let displayName: String
    let text: String
    /// True for a scenario compiled into the binary, which its tests load with every check.
    var isBundled = false

    /// Reads `argument` as a file when one exists there, else as a bundled scenario's name.
    static func resolve(_ argument: String) throws -> ScenarioArgument {
        if !FileManager.default.fileExists(atPath: argument), let bundled = BundledScenarios.named(argument) {
            return ScenarioArgument(displayName: "bundled:\(bundled.fileName)", text: bundled.text, isBundled: true)
        }
        let looksLikeAPath = argument.contains("/") || argument.hasSuffix(".yaml") || argument.hasSuffix(".yml")
        if FileManager.default.fileExists(atPath: argument) || looksLikeAPath {
            return ScenarioArgument(displayName: argument, text: try TextFileReader.read(path: argument, kind: .scenario))
        }
        let names = BundledScenarios.all.map(\.name).joined(separator: ", ")
        throw CommandFailure("no scenario file '\(argument)', and no bundled scenario of that name (bundled: \(names))")
    }

    /// The scenario `argument` names, loaded; on any problem, says why on standard error and fails
    /// with exit code 1.
    static func loadOrFail(_ argument: String) throws -> Scenario {
        try resolveAndLoadOrFail(argument).scenario
    }

    /// The scenario `argument` names, resolved and loaded: the loaded scenario with its text, for a
    /// command that writes a copy of the file or reads it again. On any problem, says why on
    /// standard error and fails with exit code 1.
    static func resolveAndLoadOrFail(_ argument: String) throws -> (argument: ScenarioArgument, scenario: Scenario) {
        do {
            let resolved = try resolve(argument)
            return (resolved, try resolved.load())
        } catch {
            Output.error("filrouge: \(error)")
            throw ExitCode.failure
        }
    }

    /// The bundled Mr Alancienne scenario in `language`.
    static func bundled(language: Language) throws -> ScenarioArgument {
        try resolve("alancienne.\(language.rawValue)")
    }

    /// Loads the scenario; on errors, prints every diagnostic to standard error and fails.
    func load() throws -> Scenario {
        // A bundled scenario's keywords are known to be good: compiling them all before the first
        // question only to check them again would delay it.
        let result = ScenarioLoader.load(text, file: displayName, warnings: false, checkingKeywords: !isBundled)
        let renderer = DiagnosticRenderer(source: text)
        let errors = result.diagnostics.filter { $0.severity == .error }
        for line in DiagnosticListing(errors).lines(file: displayName, renderer: renderer) {
            Output.error(line)
        }
        guard let scenario = result.scenario else {
            throw CommandFailure("\(displayName) has errors; see above (filrouge check \(displayName))")
        }
        return scenario
    }
}
