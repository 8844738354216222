import Foundation

/// Reads a marks file's text (the CSV of human marks that `filrouge calibrate` compares with the
/// rubrics), refusing what cannot be one before the parser sees it.
public enum MarksFileReader {
    /// Tens of thousands of marked replies; anything larger is a mistake.
    public static let maximumSize = 16 * 1024 * 1024

    public static func read(path: String) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw MarksFileError("no such file: \(path)")
        }
        if isDirectory.boolValue { throw MarksFileError("\(path) is a folder, not a marks file") }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw MarksFileError("cannot read \(path): \(error.localizedDescription)")
        }
        if data.count > maximumSize {
            throw MarksFileError("\(path) is \(data.count) bytes; marks files are limited to \(maximumSize) bytes")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let valid = String(decoding: data, as: UTF8.self)
            let line = valid.prefix { $0 != "\u{FFFD}" }.filter { $0 == "\n" || $0 == "\r\n" }.count + 1
            throw MarksFileError("\(path):\(line): the file is not UTF-8 text (from a spreadsheet, save it as \"CSV UTF-8\")")
        }
        return text
    }
}

public struct MarksFileError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
