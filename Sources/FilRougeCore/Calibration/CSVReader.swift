/// One cell of a CSV file, with where its text starts so that problems in it can be pointed at.
struct CSVField: Equatable, Sendable {
    /// The cell's text: quotes removed, `""` read as `"`, line breaks inside it read as `\n`.
    var value: String
    /// Where the text starts: the first character of an unquoted cell, or the one after the
    /// opening quote of a quoted cell.
    var location: SourceLocation
    var quoted: Bool
    /// True when the text is written in the file exactly as `value`, on one line: then the column of
    /// any character of the value can be computed from `location`.
    var isVerbatim: Bool

    /// Where the character `offset` Unicode scalars into `value` is written; the start of the cell
    /// when that cannot be told (an escaped quote or a line break comes before it).
    func location(atScalarOffset offset: Int) -> SourceLocation {
        guard isVerbatim else { return location }
        var shifted = location
        shifted.column += offset
        return shifted
    }

    /// The text without the spaces and tabs around it.
    var trimmedValue: String {
        value.trimmingBlanks
    }

    /// Where the trimmed text starts, for pointing at it.
    var trimmedLocation: SourceLocation {
        location(atScalarOffset: value.leadingBlankCount)
    }

    /// Empty or only spaces and tabs, and not quoted: what an empty line or a spreadsheet's empty
    /// row (`,,,`) is made of.
    var isBlank: Bool {
        !quoted && value.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" }
    }
}

/// One row of a CSV file.
struct CSVRecord: Equatable, Sendable {
    var fields: [CSVField]
    /// The line the row starts on (a quoted cell may carry it over several lines).
    var line: Int
}

/// Reads CSV text as RFC 4180 describes it: `,` between cells, rows ended by CRLF or LF, cells
/// optionally enclosed in double quotes, inside which `""` stands for a quote and commas and line
/// breaks are text.
///
/// Two tolerances for hand-written files: spaces and tabs before an opening quote and after a
/// closing quote are ignored, and rows that are empty or hold only empty cells are skipped. Every
/// problem is reported, located; reading goes on after each but an unterminated quote, which takes
/// the rest of the file.
enum CSVReader {
    struct Result: Sendable {
        var records: [CSVRecord]
        var diagnostics: [Diagnostic]
    }

    /// One row as it is read: its record, nil when the row is blank or a quote never closed cut
    /// it, and the problems found in it.
    struct ScannedRow {
        var record: CSVRecord?
        var diagnostics: [Diagnostic]
    }

    static func read(_ text: String, file: String) -> Result {
        var result = Result(records: [], diagnostics: [])
        read(text, file: file) { row in
            result.diagnostics += row.diagnostics
            if let record = row.record { result.records.append(record) }
        }
        return result
    }

    /// Hands each row to `each` as soon as it is read, in file order, so that a reader of a large
    /// file keeps what it needs of each row and not every record.
    static func read(_ text: String, file: String, each: (ScannedRow) -> Void) {
        var scanner = Scanner(scalars: Array(MarksFile.removingByteOrderMark(text).unicodeScalars), file: file)
        scanner.readAll(each)
    }

    /// Walks the text scalar by scalar (a CRLF is a single `Character` in Swift, so characters would
    /// hide line ends), keeping the line and column of the next scalar.
    private struct Scanner {
        let scalars: [Unicode.Scalar]
        let file: String
        var index = 0
        var line = 1
        var column = 1
        var diagnostics: [Diagnostic] = []

        init(scalars: [Unicode.Scalar], file: String) {
            self.scalars = scalars
            self.file = file
        }

        var here: SourceLocation {
            SourceLocation(file: file, line: line, column: column)
        }

        var current: Unicode.Scalar? {
            index < scalars.count ? scalars[index] : nil
        }

        var next: Unicode.Scalar? {
            index + 1 < scalars.count ? scalars[index + 1] : nil
        }

        /// True at LF or CRLF; a lone CR is ordinary text.
        var atLineEnd: Bool {
            current == "\n" || (current == "\r" && next == "\n")
        }

        mutating func advance() {
            guard let scalar = current else { return }
            index += 1
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }

        /// Steps over LF or CRLF.
        mutating func advanceOverLineEnd() {
            if current == "\r" { advance() }
            advance()
        }

        mutating func skipSpaces() {
            while current == " " || current == "\t" { advance() }
        }

        mutating func readAll(_ each: (ScannedRow) -> Void) {
            while index < scalars.count {
                let line = self.line
                var fields: [CSVField] = []
                var rowEnded = false
                while !rowEnded {
                    guard let field = readField() else {
                        // An unterminated quote: nothing after it can be read.
                        each(ScannedRow(record: nil, diagnostics: takeDiagnostics()))
                        return
                    }
                    fields.append(field)
                    if current == "," {
                        advance()
                    } else {
                        if atLineEnd { advanceOverLineEnd() }
                        rowEnded = true
                    }
                }
                let record = fields.allSatisfy(\.isBlank) ? nil : CSVRecord(fields: fields, line: line)
                each(ScannedRow(record: record, diagnostics: takeDiagnostics()))
            }
        }

        /// The problems found since the last row was handed on.
        private mutating func takeDiagnostics() -> [Diagnostic] {
            defer { diagnostics = [] }
            return diagnostics
        }

        /// One cell, leaving the scanner on the `,`, the line end or the end of the text after it;
        /// nil when a quote is never closed.
        mutating func readField() -> CSVField? {
            var ahead = index
            while ahead < scalars.count, scalars[ahead] == " " || scalars[ahead] == "\t" { ahead += 1 }
            guard ahead < scalars.count, scalars[ahead] == "\"" else { return readUnquotedField() }
            skipSpaces()
            return readQuotedField()
        }

        mutating func readUnquotedField() -> CSVField {
            let location = here
            var value = String.UnicodeScalarView()
            var reportedQuote = false
            while let scalar = current, scalar != ",", !atLineEnd {
                if scalar == "\"", !reportedQuote {
                    reportedQuote = true
                    diagnostics.append(Diagnostic(.csvSyntax, "a quote inside a cell that does not start with one; enclose the whole cell in quotes and write each quote in it twice (\"\")", at: here))
                }
                value.append(scalar)
                advance()
            }
            return CSVField(value: String(value), location: location, quoted: false, isVerbatim: true)
        }

        mutating func readQuotedField() -> CSVField? {
            let opening = here
            advance()
            let location = here
            var value = String.UnicodeScalarView()
            var verbatim = true
            while true {
                guard let scalar = current else {
                    diagnostics.append(Diagnostic(.csvSyntax, "this quote is never closed: the cell runs to the end of the file (a quote inside a quoted cell is written twice: \"\")", at: opening))
                    return nil
                }
                if scalar == "\"" {
                    if next == "\"" {
                        value.append("\"")
                        verbatim = false
                        advance()
                        advance()
                        continue
                    }
                    advance()
                    break
                }
                if atLineEnd {
                    // Line breaks inside a cell are read as LF whatever the file uses, so that the
                    // same marks give the same figures and output from any system.
                    value.append("\n")
                    verbatim = false
                    advanceOverLineEnd()
                    continue
                }
                value.append(scalar)
                advance()
            }
            skipSpaces()
            if current != nil, current != ",", !atLineEnd {
                diagnostics.append(Diagnostic(.csvSyntax, "text after the closing quote of a cell; a quote inside a quoted cell is written twice (\"\")", at: here))
                while current != nil, current != ",", !atLineEnd { advance() }
            }
            return CSVField(value: String(value), location: location, quoted: true, isVerbatim: verbatim)
        }
    }
}
