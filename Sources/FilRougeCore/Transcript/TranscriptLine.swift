import Foundation

/// A transcript line's bytes, trimmed of the blanks around it before it is decoded.
///
/// Lines are cut on their bytes (`ByteLineBuffer`) and trimmed as bytes: a whole class's
/// transcripts run to tens of megabytes, and cutting Characters, then trimming through Foundation,
/// took longer than decoding the JSON. Trimming the carriage return reads CRLF files line by line.
enum TranscriptLine {
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
