import Foundation

/// Reads a scenario file's text, refusing what cannot be a scenario before the parser sees it.
public enum ScenarioFileReader {
    /// Scenario files are hand-written; anything larger is a mistake or an attack.
    public static let maximumSize = 4 * 1024 * 1024

    public static func read(path: String) throws -> String {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ScenarioFileError("no such file: \(path)")
        }
        if isDirectory.boolValue { throw ScenarioFileError("\(path) is a folder, not a scenario file") }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ScenarioFileError("cannot read \(path): \(error.localizedDescription)")
        }
        if data.count > maximumSize {
            throw ScenarioFileError("\(path) is \(data.count) bytes; scenario files are limited to \(maximumSize) bytes")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let valid = String(decoding: data, as: UTF8.self)
            let line = valid.prefix { $0 != "\u{FFFD}" }.filter { $0 == "\n" }.count + 1
            throw ScenarioFileError("\(path):\(line): the file is not UTF-8 text (save it as UTF-8)")
        }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }
}

public struct ScenarioFileError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
