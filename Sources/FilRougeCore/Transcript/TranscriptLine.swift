import Foundation

/// The lines of a transcript's bytes, each trimmed of the blanks around it before it is decoded.
///
/// Lines are cut on the bytes of the text, and handed over without copying them: a whole class's
/// transcripts run to tens of megabytes, and cutting Characters, then trimming through Foundation,
/// took longer than decoding the JSON. Cutting on the newline byte also reads CRLF files line by
/// line.
enum TranscriptLine {
    /// Calls `body` with each line of a text's UTF-8 bytes: its number, from 1, and its bytes
    /// without the line feed.
    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        var start = 0
        var number = 0
        while start <= bytes.count {
            let end = endOfLine(in: bytes, from: start)
            number += 1
            body(number, UnsafeBufferPointer(rebasing: bytes[start..<end]))
            start = end + 1
        }
    }

    /// Where the line that starts at `start` ends: at its line feed, or at the end of the bytes.
    /// `memchr` looks at several bytes at a time, where a loop looked at each.
    private static func endOfLine(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + start, 0x0A, bytes.count - start)
        else { return bytes.count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// The line without leading and trailing spaces, tabs and carriage returns. A line that starts
    /// or ends with another kind of blank (a no-break space) is trimmed as Unicode says; that is rare
    /// enough to take the slow way.
    static func withTrimmed(_ line: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = 0
        var end = line.count
        while start < end, isASCIIBlank(line[start]) { start += 1 }
        while end > start, isASCIIBlank(line[end - 1]) { end -= 1 }
        let bytes = UnsafeBufferPointer(rebasing: line[start..<end])
        guard let first = bytes.first, let last = bytes.last, first >= 0x80 || last >= 0x80 else {
            body(bytes)
            return
        }
        var trimmed = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        trimmed.withUTF8 { body($0) }
    }

    private static func isASCIIBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D
    }
}
