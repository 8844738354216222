/// The byte order mark some programs (spreadsheets, Windows editors) put at the start of a UTF-8
/// file: not part of the text, and taken off once, wherever a file's text is read.
public enum ByteOrderMark {
    /// `text` without a byte order mark at its start; locations in diagnostics count from the text
    /// without it.
    public static func removed(from text: String) -> String {
        text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
    }
}
