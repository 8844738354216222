/// One cell of an exported CSV file, written as RFC 4180 says, and made safe to open in a spreadsheet.
public enum CSVCell {
    /// The first characters a spreadsheet reads as the start of a formula (`=`, `+`, `-`, `@`), or
    /// that some read so after trimming (tab, carriage return). A learner's reply is someone else's
    /// text: `=HYPERLINK(…)` typed as a reply must not become a live formula in the facilitator's
    /// spreadsheet. Such cells get a leading `'`, which spreadsheets show as text and do not display.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cell as written in the file: guarded against formulas, then enclosed in quotes (with
    /// quotes doubled) when it holds a comma, a quote or a line break.
    public static func encode(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, formulaStarts.contains(Character(first)) {
            text = "'" + text
        }
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One row: cells separated by commas, ended by CRLF.
    public static func row(_ values: [String]) -> String {
        values.map(encode).joined(separator: ",") + "\r\n"
    }
}
