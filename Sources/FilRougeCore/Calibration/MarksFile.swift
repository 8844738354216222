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

    /// `text` without the byte order mark some programs put at the start of UTF-8 files; locations
    /// in diagnostics count from the text without it.
    public static func removingByteOrderMark(_ text: String) -> String {
        text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
    }

    /// Reads a marks file and checks every row against `scenario`: text in, marks or located
    /// diagnostics out. Every problem is reported, not only the first.
    ///
    /// - Parameters:
    ///   - text: the whole file.
    ///   - file: the name diagnostics give the file (the path the user typed).
    public static func parse(_ text: String, file: String, scenario: Scenario) -> MarksFileParseResult {
        let csv = CSVReader.read(text, file: file)
        var diagnostics = csv.diagnostics
        guard let headerRecord = csv.records.first else {
            if diagnostics.isEmpty {
                diagnostics.append(Diagnostic(.emptyFile, "the file is empty: its first line must be a header naming the columns \(MarksHeader.requiredNames)", at: SourceLocation(file: file, line: 1, column: 1)))
            }
            return MarksFileParseResult(marksFile: nil, diagnostics: diagnostics.sortedByLocation())
        }
        let header = MarksHeader(headerRecord)
        diagnostics += header.diagnostics
        var marks: [MarkedReply] = []
        if let columns = header.columns {
            let reader = MarksRowReader(scenario: scenario, columns: columns, width: headerRecord.fields.count)
            for record in csv.records.dropFirst() {
                let row = reader.read(record)
                diagnostics += row.diagnostics
                if let mark = row.mark { marks.append(mark) }
            }
            if csv.records.count == 1, !diagnostics.hasErrors {
                diagnostics.append(Diagnostic(.noMarks, "no marked reply: the file has only its header", at: SourceLocation(file: file, line: headerRecord.line, column: 1)))
            }
        }
        diagnostics = diagnostics.sortedByLocation()
        let marksFile = diagnostics.hasErrors ? nil : MarksFile(file: file, marks: marks, namesConcepts: header.columns?.concepts != nil)
        return MarksFileParseResult(marksFile: marksFile, diagnostics: diagnostics)
    }
}

/// What reading a marks file produced: the marks when the file has no error, and every diagnostic
/// found either way.
public struct MarksFileParseResult: Sendable {
    /// Nil when any diagnostic is an error.
    public var marksFile: MarksFile?
    /// In file order.
    public var diagnostics: [Diagnostic]
}
