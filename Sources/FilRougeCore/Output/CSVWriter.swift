/// The CSV the program writes, for the export's results and the digest's figures alike: UTF-8,
/// cells separated by commas, rows ended by CRLF, as RFC 4180 says, and every cell made safe to
/// open in a spreadsheet. One writer, so that a file opened by a facilitator is protected the same
/// way whichever command wrote it, and reads the same in every program.
public enum CSVWriter {
    /// The first characters a spreadsheet reads as the start of a formula (`=`, `+`, `-`, `@`), or
    /// that some read so after trimming (tab, carriage return). A learner's reply, or a label in a
    /// scenario file passed around, is someone else's text: `=HYPERLINK(…)` must not become a live
    /// formula in the facilitator's spreadsheet. Such cells get a leading `'`, which spreadsheets
    /// show as text and do not display.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The line ending of every row: CRLF, as RFC 4180 asks and as spreadsheets write.
    public static let lineEnding = "\r\n"

    /// The cell as written in the file: guarded against formulas, then enclosed in quotes (with
    /// quotes doubled) when it holds a comma, a quote or a line break, or blanks at its ends, which
    /// some readers trim from a cell that is not quoted.
    public static func cell(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, formulaStarts.contains(Character(first)) {
            text = "'" + text
        }
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One row: cells separated by commas, ended by CRLF.
    public static func row(_ values: [String]) -> String {
        values.map(cell).joined(separator: ",") + lineEnding
    }

    /// A whole file: the header row naming the columns, then the rows.
    public static func table(columns: [String], rows: [[String]]) -> String {
        ([columns] + rows).map(row).joined()
    }
}
