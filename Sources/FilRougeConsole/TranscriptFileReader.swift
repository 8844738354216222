import FilRougeCore
import Foundation

/// Reads transcript files for resuming and exporting: the text as it is, or a clear reason why it
/// cannot be had. What the text says is `TranscriptContents(text:)`'s and `ConversationRecord`'s work.
public enum TranscriptFileReader {
    /// A long conversation is tens of kilobytes; anything this large is not a transcript.
    public static let maximumSize = 64 * 1024 * 1024

    /// A transcript's text, with a note when bytes had to be replaced to read it.
    public struct Loaded: Sendable {
        public var text: String
        /// How many bytes were read: what follows them was written since.
        public var byteCount: Int
        /// Set when the file is not entirely UTF-8: the bad bytes are read as U+FFFD, so the lines
        /// around them stay readable, and this says where the first one is.
        public var warning: String?
    }

    public static func read(path: String) throws -> Loaded {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw TranscriptReadError("no such file: \(path)")
        }
        if isDirectory.boolValue { throw TranscriptReadError("\(path) is a folder, not a transcript") }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw TranscriptReadError("cannot read \(path): \(error.localizedDescription)")
        }
        if data.count > maximumSize {
            throw TranscriptReadError("\(path) is \(data.count) bytes; transcripts are limited to \(maximumSize) bytes")
        }
        if let text = String(data: data, encoding: .utf8) {
            return Loaded(text: text, byteCount: data.count, warning: nil)
        }
        let text = String(decoding: data, as: UTF8.self)
        let line = text.prefix { $0 != "\u{FFFD}" }.filter { $0 == "\n" }.count + 1
        return Loaded(text: text, byteCount: data.count, warning: "\(path):\(line): bytes that are not UTF-8, read as \u{FFFD}")
    }
}

public struct TranscriptReadError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
