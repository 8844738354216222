import FilRougeCore
import Foundation

/// The name of the file `digest --each-scenario` writes a scenario's florilège to:
/// `alancienne-1.0-fr.md`, from what the transcripts say of the scenario. Anything but letters,
/// digits, `.`, `_` and `-` becomes `-`, and a leading `.` too, so that no id can name a file
/// outside the folder, or a hidden one.
enum ScenarioDocumentName {
    static func of(_ scenario: TranscriptHeader.ScenarioReference, format: DigestFormat) -> String {
        let stem = "\(scenario.id)-\(scenario.version)-\(scenario.language.rawValue)"
        let safe = String(stem.unicodeScalars.enumerated().map { index, scalar -> Character in
            let allowed = (scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar))) || scalar == "_" || scalar == "-" || (scalar == "." && index > 0)
            return allowed ? Character(scalar) : "-"
        })
        return safe + "." + format.rawValue
    }
}
