/// Human marks of learners' replies, read from a CSV file, to compare with the rubric's grades.
///
/// The format (see docs/calibration.md): RFC 4180 CSV in UTF-8 (a byte order mark is accepted), `,`
/// between cells, CRLF or LF line ends, cells optionally in double quotes (`""` for a quote; commas
/// and line breaks allowed inside). The first row is a header naming the columns, in any order:
/// `step`, `reply` and `band` are required, `concepts` is optional, and any other column is ignored.
/// Header names are read without case or surrounding spaces.
public struct MarksFile: Equatable, Sendable {
    /// The name the marks file was given, for locating rows.
    public var file: String
    /// In file order.
    public var marks: [MarkedReply]
    /// True when the file has a `concepts` column, so that per-criterion figures can be computed.
    public var namesConcepts: Bool

    public init(file: String, marks: [MarkedReply], namesConcepts: Bool) {
        self.file = file
        self.marks = marks
        self.namesConcepts = namesConcepts
    }

    /// Separates the concept ids of a `concepts` cell.
    public static let conceptSeparator: Unicode.Scalar = ";"

    /// `text` without the byte order mark a spreadsheet may put at its start (`ByteOrderMark`).
    public static func removingByteOrderMark(_ text: String) -> String {
        ByteOrderMark.removed(from: text)
    }

    /// Reads a marks file and checks every row against `scenario`: text in, marks or located
    /// diagnostics out. Every problem is counted, not only the first, and the first
    /// ``DiagnosticListing/shownPerFile`` are kept.
    ///
    /// - Parameters:
    ///   - text: the whole file.
    ///   - file: the name diagnostics give the file (the path the user typed).
    public static func parse(_ text: String, file: String, scenario: Scenario) -> MarksFileParseResult {
        // Each row is checked as it is read, and only its mark and the first diagnostics are kept:
        // a file of three million damaged rows took more than a gigabyte when every record and
        // every diagnostic was.
        var listing = DiagnosticListing()
        var headerRecord: CSVRecord?
        var header: MarksHeader?
        var reader: MarksRowReader?
        var rows = 0
        var marks: [MarkedReply] = []
        CSVReader.read(text, file: file) { scanned in
            var found = scanned.diagnostics
            if let record = scanned.record {
                if let reader {
                    rows += 1
                    let row = reader.read(record)
                    found += row.diagnostics
                    // After an error there are no marks to give: none is kept.
                    if let mark = row.mark, listing.errors == 0, !found.hasErrors { marks.append(mark) }
                } else if header == nil {
                    let read = MarksHeader(record)
                    header = read
                    headerRecord = record
                    found += read.diagnostics
                    reader = read.columns.map { MarksRowReader(scenario: scenario, columns: $0, width: record.fields.count) }
                }
            }
            // A row's problems are all within its lines: sorting each row's puts the file's in order.
            listing.append(contentsOf: found.sortedByLocation())
        }
        guard let headerRecord else {
            if listing.shown.isEmpty {
                listing.append(Diagnostic(.emptyFile, "the file is empty: its first line must be a header naming the columns \(MarksHeader.requiredNames)", at: SourceLocation(file: file, line: 1, column: 1)))
            }
            return MarksFileParseResult(marksFile: nil, listing: listing)
        }
        if reader != nil, rows == 0, listing.errors == 0 {
            let noMarks = Diagnostic(.noMarks, "no marked reply: the file has only its header", at: SourceLocation(file: file, line: headerRecord.line, column: 1))
            if listing.omittedErrors + listing.omittedWarnings == 0 {
                // Before the header's own warnings, which point further along its line.
                listing = DiagnosticListing((listing.shown + [noMarks]).sortedByLocation())
            } else {
                listing.append(noMarks)
            }
        }
        let marksFile = listing.errors > 0 ? nil : MarksFile(file: file, marks: marks, namesConcepts: header?.columns?.concepts != nil)
        return MarksFileParseResult(marksFile: marksFile, listing: listing)
    }
}

/// What reading a marks file produced: the marks when the file has no error, and every diagnostic
/// found either way.
public struct MarksFileParseResult: Sendable {
    /// Nil when any diagnostic is an error.
    public var marksFile: MarksFile?
    /// The first diagnostics in file order, and how many there are in all.
    public var listing: DiagnosticListing

    /// The diagnostics kept, in file order: all of them up to ``DiagnosticListing/shownPerFile``.
    public var diagnostics: [Diagnostic] { listing.shown }
}
