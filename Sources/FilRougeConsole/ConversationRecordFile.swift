import FilRougeCore
import Foundation

/// Reads a transcript file into the conversation it records. A file that cannot be read, or that
/// has no header (so nothing says which scenario it is of), is refused with a message that names
/// it; damaged lines inside a readable transcript are kept in the record, to be reported.
public enum ConversationRecordFile {
    /// Transcripts grow a few kilobytes a conversation; anything this large is not one.
    public static let maximumSize = 64 * 1024 * 1024

    /// - Parameter name: how to call the file in messages (the path, or a stand-in when the
    ///   path must not be shown).
    public static func read(path: String, name: String? = nil) throws -> ConversationRecord {
        let name = TerminalSafeText.sanitize(name ?? path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ConversationRecordFileError("\(name): no such file")
        }
        if isDirectory.boolValue { throw ConversationRecordFileError("\(name) is a folder, not a transcript") }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ConversationRecordFileError("\(name): cannot be read (\(error.localizedDescription))")
        }
        if data.count > maximumSize {
            throw ConversationRecordFileError("\(name) is \(data.count) bytes; a transcript is at most \(maximumSize) bytes")
        }
        if data.isEmpty { throw ConversationRecordFileError("\(name) is empty: not a transcript") }
        let record = ConversationRecord(text: String(decoding: data, as: UTF8.self))
        guard record.header != nil else {
            if let first = record.damaged.first, first.line == 1 {
                throw ConversationRecordFileError("\(name):1: no transcript header: \(TerminalSafeText.sanitize(first.reason))")
            }
            throw ConversationRecordFileError("\(name): no transcript header on its first line (is it a transcript written by filrouge play?)")
        }
        return record
    }

    /// `file:line: reason` for each line that could not be read.
    public static func damagedLineReports(_ record: ConversationRecord, name: String) -> [String] {
        record.damaged.map { line in
            TerminalSafeText.sanitize("\(name):\(line.line): \(line.reason); line skipped")
        }
    }
}

public struct ConversationRecordFileError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
