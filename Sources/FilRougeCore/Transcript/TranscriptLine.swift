import Foundation

/// One line of a transcript's bytes, trimmed of the blanks around it before it is decoded.
enum TranscriptLine {
    /// The line without leading and trailing spaces, tabs and carriage returns. A line that starts
    /// or ends with another kind of blank (a no-break space) is trimmed as Unicode says; that is rare
    /// enough to take the slow way.
    static func trimmed(_ line: Substring.UTF8View) -> Data {
        var start = line.startIndex
        var end = line.endIndex
        while start < end, isASCIIBlank(line[start]) { start = line.index(after: start) }
        while end > start, isASCIIBlank(line[line.index(before: end)]) { end = line.index(before: end) }
        if start < end, line[start] >= 0x80 || line[line.index(before: end)] >= 0x80 {
            return Data(Substring(line[start..<end]).trimmingCharacters(in: .whitespaces).utf8)
        }
        return Data(line[start..<end])
    }

    private static func isASCIIBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D
    }
}
