import Foundation

/// The lines of a transcript's bytes, each trimmed of the blanks around it before it is decoded.
///
/// Lines are cut on the bytes of the text: a whole class's transcripts run to tens of megabytes,
/// and cutting Characters, then trimming through Foundation, took longer than decoding the JSON.
/// Cutting on the newline byte also reads CRLF files line by line.
enum TranscriptLine {
    /// Every line in order, blank ones as empty data so that line numbers still count them.
    static func lines(of text: String) -> [Data] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [Data] = []
            var start = 0
            while true {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                lines.append(trimmed(UnsafeBufferPointer(rebasing: bytes[start..<end])))
                if end >= bytes.count { return lines }
                start = end + 1
            }
        }
    }

    /// The line without leading and trailing spaces, tabs and carriage returns. A line that starts
    /// or ends with another kind of blank (a no-break space) is trimmed as Unicode says; that is rare
    /// enough to take the slow way.
    static func trimmed(_ line: UnsafeBufferPointer<UInt8>) -> Data {
        var start = 0
        var end = line.count
        while start < end, isASCIIBlank(line[start]) { start += 1 }
        while end > start, isASCIIBlank(line[end - 1]) { end -= 1 }
        let bytes = UnsafeBufferPointer(rebasing: line[start..<end])
        if let first = bytes.first, let last = bytes.last, first >= 0x80 || last >= 0x80 {
            return Data(String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces).utf8)
        }
        return Data(bytes)
    }

    private static func isASCIIBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D
    }
}
