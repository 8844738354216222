import Foundation

/// A scenario file shipped inside the binary.
public struct BundledScenario: Sendable, Equatable {
    /// The file name in the repository's `scenarios/` folder, e.g. `alancienne.fr.yaml`.
    public let fileName: String
    /// The file's text, exactly as written.
    public let text: String

    /// The name without the `.yaml` extension, e.g. `alancienne.fr`.
    public var name: String {
        fileName.hasSuffix(".yaml") ? String(fileName.dropLast(5)) : fileName
    }
}

/// The scenarios of the repository's `scenarios/` folder, embedded at build time.
public enum BundledScenarios {
    /// Every bundled scenario, in file-name order.
    public static let all: [BundledScenario] = EmbeddedScenarioFiles.files.compactMap { file in
        guard let data = Data(base64Encoded: file.base64),
              let text = String(data: data, encoding: .utf8)
        else { return nil }
        return BundledScenario(fileName: file.name, text: text)
    }

    /// The bundled scenario with this name (`alancienne.fr`) or file name (`alancienne.fr.yaml`).
    public static func named(_ name: String) -> BundledScenario? {
        all.first { $0.name == name || $0.fileName == name }
    }
}
