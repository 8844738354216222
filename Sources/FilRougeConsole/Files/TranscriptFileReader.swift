import FilRougeCore
import Foundation

/// Reads transcript files: the one reader of them, for `play --resume`, `replay`, `digest` and
/// `export` alike, with one size limit, one error and one rule for bytes that are not UTF-8.
///
/// A file is read a piece at a time and each line decoded as soon as it is whole, so that reading
/// costs memory for what the transcript says, not for its bytes; its size is checked before a
/// byte is read. Bytes that are not UTF-8 make the file unreadable, except in a last line left
/// without its line break: a line cut short by a full disk or a crash costs that line (read with
/// U+FFFD, reported, and skipped as damaged), not the conversation.
public enum TranscriptFileReader {
    /// A transcript as read.
    public struct Read: Sendable {
        public var contents: TranscriptContents
        /// How many bytes were read: what follows them was written since.
        public var byteCount: Int
        /// Set when the last line was cut inside a character: `name:N: bytes that are not UTF-8,
        /// read as �`, said before the line is reported damaged.
        public var warning: String?
    }

    /// - Parameter name: how to call the file in messages (its path unless given; a stand-in such
    ///   as `transcript 3` when paths must not be shown).
    /// - Throws: `FileReadError` when the file is missing, is not an ordinary file, is larger than
    ///   a transcript can be, cannot be read, or has bytes that are not UTF-8 before its last line.
    ///   An empty file is read, as no header and no event: whether that is an error is the
    ///   caller's to say (`play --resume` starts such a file anew).
    public static func read(path: String, name: String? = nil) throws(FileReadError) -> Read {
        let name = name ?? path
        let file = try ReadableFile(path: path, name: name, kind: .transcript)
        var lines = ByteLineBuffer()
        var number = 0
        var contents = TranscriptContents()
        var byteCount = 0
        try file.forEachChunk { chunk throws(FileReadError) in
            byteCount += chunk.count
            lines.append(chunk)
            while let _ = try lines.nextLineBytes({ line throws(FileReadError) in
                number += 1
                guard UTF8Validation.isValid(line) else {
                    throw FileReadError(name: name, problem: .notUTF8(line: number, kind: .transcript))
                }
                contents.append(utf8Line: line, number: number)
            }) {}
        }
        var warning: String?
        try lines.takeRemainderBytes { line throws(FileReadError) in
            number += 1
            if UTF8Validation.isValid(line) {
                contents.append(utf8Line: line, number: number)
                return
            }
            // A last line cut inside a character; the only line of a file is no transcript's.
            guard number > 1 else { throw FileReadError(name: name, problem: .notUTF8(line: number, kind: .transcript)) }
            warning = "\(TerminalSafeText.sanitize(name)):\(number): bytes that are not UTF-8, read as \u{FFFD}"
            var repaired = String(decoding: line, as: UTF8.self)
            repaired.withUTF8 { contents.append(utf8Line: $0, number: number) }
        }
        return Read(contents: contents, byteCount: byteCount, warning: warning)
    }

    /// The header of a transcript, read from its first line alone (blank lines before it passed
    /// over, as the whole reader does): what a digest needs to choose its scenario before it reads
    /// whole files, at the cost of a chunk a file. Nil when the file cannot be read or its first
    /// line is no header; reading the whole file says why.
    public static func header(path: String) -> TranscriptHeader? {
        guard let file = try? ReadableFile(path: path, name: path, kind: .transcript) else { return nil }
        var lines = ByteLineBuffer()
        var contents = TranscriptContents()
        var number = 0
        /// Whether the first line that is not blank has been read, as a header or not.
        func firstLineRead() -> Bool {
            contents.header != nil || !contents.events.isEmpty || contents.damagedCount > 0
        }
        func take(_ line: UnsafeBufferPointer<UInt8>) {
            number += 1
            contents.append(line: line, number: number)
        }
        try? file.forEachChunkWhile { chunk throws(FileReadError) -> Bool in
            lines.append(chunk)
            while !firstLineRead(), lines.nextLineBytes(take) != nil {}
            return !firstLineRead()
        }
        if !firstLineRead() { _ = lines.takeRemainderBytes(take) }
        return contents.header
    }
}
