/// The header row of a marks file: which cell of each row holds what.
struct MarksHeader {
    /// The positions of the columns the marks are read from.
    struct Columns: Equatable {
        var step: Int
        var reply: Int
        var band: Int
        /// Nil when the file does not name concepts.
        var concepts: Int?
    }

    enum Name: String, CaseIterable {
        case step, reply, band, concepts

        static let required: [Name] = [.step, .reply, .band]
    }

    /// `'step', 'reply' and 'band'`, for messages.
    static let requiredNames = "'step', 'reply' and 'band'"

    /// Nil when a required column is missing or a column is named twice.
    let columns: Columns?
    let diagnostics: [Diagnostic]

    init(_ record: CSVRecord) {
        var diagnostics: [Diagnostic] = []
        var positions: [Name: Int] = [:]
        let names = record.fields.map { $0.trimmedValue.lowercased() }
        for (index, name) in names.enumerated() {
            guard let known = Name(rawValue: name) else { continue }
            if let first = positions[known] {
                diagnostics.append(Diagnostic(.invalidHeader, "the column '\(known.rawValue)' is named twice in the header (also column \(first + 1))", at: record.fields[index].trimmedLocation))
            } else {
                positions[known] = index
            }
        }
        // A misspelt column would be ignored without a word: say so when it looks like one that is missing.
        let absent = Name.allCases.filter { positions[$0] == nil }.map(\.rawValue)
        for (index, name) in names.enumerated() where !name.isEmpty && Name(rawValue: name) == nil {
            if let meant = Suggestion.closest(to: name, in: absent) {
                diagnostics.append(Diagnostic(.unknownColumn, "the column '\(record.fields[index].trimmedValue)' is ignored; did you mean '\(meant)'?", at: record.fields[index].trimmedLocation))
            }
        }
        let headerStart = SourceLocation(file: record.fields[0].location.file, line: record.line, column: 1)
        let missing = Name.required.filter { positions[$0] == nil }.map { "'\($0.rawValue)'" }
        if let last = missing.last {
            let list = missing.count == 1 ? last : missing.dropLast().joined(separator: ", ") + " and " + last
            var message = "the header has no \(list) column\(missing.count == 1 ? "" : "s"); a marks file needs the columns \(Self.requiredNames)"
            if record.fields.count == 1, names[0].contains(";") {
                message += " separated by commas, and this header is separated by ';' (save the file as CSV with ',' between cells)"
            }
            diagnostics.append(Diagnostic(.invalidHeader, message, at: headerStart))
        }
        if let step = positions[.step], let reply = positions[.reply], let band = positions[.band], !diagnostics.hasErrors {
            columns = Columns(step: step, reply: reply, band: band, concepts: positions[.concepts])
        } else {
            columns = nil
        }
        self.diagnostics = diagnostics
    }
}
