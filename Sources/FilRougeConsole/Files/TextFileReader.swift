import FilRougeCore

/// Reads the whole text of a file written by hand or by a spreadsheet (a scenario, a marks file):
/// refused before the parser sees it when it is not one, too large, or not UTF-8.
public enum TextFileReader {
    /// The file's text, a byte order mark at its start left out.
    /// - Throws: `FileReadError`; for bytes that are not UTF-8, with the line of the first one.
    public static func read(path: String, kind: FileKind) throws(FileReadError) -> String {
        let bytes = try ReadableFile(path: path, name: path, kind: kind).readAll()
        guard let text = bytes.withUnsafeBufferPointer({ buffer in
            UTF8Validation.isValid(buffer) ? String(decoding: buffer, as: UTF8.self) : nil
        }) else {
            throw FileReadError(name: path, problem: .notUTF8(line: firstBadLine(bytes), kind: kind))
        }
        return ByteOrderMark.removed(from: text)
    }

    /// The line (from 1) of the first byte that is not UTF-8, lines being counted by their line
    /// feeds, so that a CRLF file gives the same line as an LF one.
    static func firstBadLine(_ bytes: [UInt8]) -> Int {
        var line = 1
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            let isValid = bytes.withUnsafeBufferPointer { UTF8Validation.isValid(UnsafeBufferPointer(rebasing: $0[start...index])) }
            if !isValid { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}
