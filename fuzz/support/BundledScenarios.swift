import FilRougeCore
import Foundation

/// The scenarios of scenarios/, embedded by fuzz/build, loaded once.
enum BundledScenarios {
    static let all: [Scenario] = EmbeddedScenarios.files.map { file in
        guard let data = Data(base64Encoded: file.base64), let text = String(data: data, encoding: .utf8),
              let scenario = ScenarioLoader.load(text, file: file.name).scenario
        else {
            FileHandle.standardError.write(Data("fuzz: the bundled scenario \(file.name) does not load\n".utf8))
            exit(1)
        }
        return scenario
    }
}
