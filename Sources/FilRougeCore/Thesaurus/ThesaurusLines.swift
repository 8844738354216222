/// The lines of a thesaurus file's bytes, cut at each line feed (a carriage return before it is
/// dropped, for files saved on Windows), without decoding them: each line is decoded on its own,
/// so that an error can say which line is wrong.
struct ThesaurusLines {
    /// Each line's bytes, without its line break.
    private(set) var lines: [ArraySlice<UInt8>] = []
    /// True when the last line had no line break: in an entry read at an offset, a sign that the
    /// file ends in the middle of it.
    private(set) var lastLineIsUnterminated = false

    /// The lines of `bytes`, at most `limit` of them (the rest are not cut).
    init(_ bytes: ArraySlice<UInt8>, limit: Int = .max) {
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex, lines.count < limit {
            if bytes[index] == 0x0A {
                lines.append(Self.trimmingCarriageReturn(bytes[start..<index]))
                start = index + 1
            }
            index += 1
        }
        if start < bytes.endIndex, lines.count < limit {
            lines.append(Self.trimmingCarriageReturn(bytes[start..<bytes.endIndex]))
            lastLineIsUnterminated = true
        }
    }

    private static func trimmingCarriageReturn(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        line.last == 0x0D ? line.dropLast() : line
    }

    /// The encoding a file's first line declares, or the error naming `file`.
    static func encoding(declaredBy line: ArraySlice<UInt8>?, file: String) throws(ThesaurusError) -> ThesaurusEncoding {
        guard let line else { throw ThesaurusError(file: file, problem: "the file is empty (its first line should name its encoding)") }
        let declaration = String(decoding: line.prefix(40), as: UTF8.self)
        guard let encoding = ThesaurusEncoding(declaration: declaration) else {
            throw ThesaurusError(
                file: file,
                problem: "its first line declares the encoding '\(declaration)', which is not one this reader reads (UTF-8 or ISO-8859-1)"
            )
        }
        return encoding
    }
}
