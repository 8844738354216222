/// Reads the rows of a marks file after its header, checking each against the scenario.
struct MarksRowReader {
    struct Row {
        /// Nil when the row has an error.
        var mark: MarkedReply?
        var diagnostics: [Diagnostic]
    }

    let scenario: Scenario
    let columns: MarksHeader.Columns
    /// How many cells the header has: every row must have as many.
    let width: Int

    /// Band names as written in a marks file.
    static let bandNames = Band.allCases.map(\.rawValue)

    func read(_ record: CSVRecord) -> Row {
        let fields = record.fields
        guard fields.count == width else {
            let message = "this row has \(fields.count) cell\(fields.count == 1 ? "" : "s") and the header has \(width); a cell holding a comma or a line break must be enclosed in quotes"
            let location = fields.count > width ? fields[width].location : SourceLocation(file: fields[0].location.file, line: record.line, column: 1)
            return Row(mark: nil, diagnostics: [Diagnostic(.csvSyntax, message, at: location)])
        }
        var diagnostics: [Diagnostic] = []
        let step = readStep(fields[columns.step], into: &diagnostics)
        let band = readBand(fields[columns.band], into: &diagnostics)
        let concepts = columns.concepts.map { readConcepts(fields[$0], step: step, into: &diagnostics) }
        guard let step, let band, !diagnostics.hasErrors else {
            return Row(mark: nil, diagnostics: diagnostics)
        }
        let mark = MarkedReply(line: record.line, step: step.id, reply: fields[columns.reply].value, band: band, concepts: concepts)
        return Row(mark: mark, diagnostics: diagnostics)
    }

    private func readStep(_ field: CSVField, into diagnostics: inout [Diagnostic]) -> Step? {
        let id = field.trimmedValue
        if let step = scenario.step(id) { return step }
        let ids = scenario.steps.map(\.id)
        let message = id.isEmpty
            ? "the step is empty; the scenario's steps are: \(ids.joined(separator: ", "))"
            : "the scenario has no step '\(id)'" + (Suggestion.closest(to: id, in: ids).map { "; did you mean '\($0)'?" } ?? "; its steps are: \(ids.joined(separator: ", "))")
        diagnostics.append(Diagnostic(id.isEmpty ? .emptyValue : .unknownStep, message, at: field.trimmedLocation))
        return nil
    }

    private func readBand(_ field: CSVField, into diagnostics: inout [Diagnostic]) -> Band? {
        let name = field.trimmedValue.lowercased()
        if let band = Band(rawValue: name) { return band }
        let message = name.isEmpty
            ? "the band is empty; write good, partial or missed"
            : "unknown band '\(field.trimmedValue)'" + Suggestion.didYouMean(name, in: Self.bandNames) + " (the bands are good, partial and missed)"
        diagnostics.append(Diagnostic(name.isEmpty ? .emptyValue : .unknownBand, message, at: field.trimmedLocation))
        return nil
    }

    /// The concept ids of a `concepts` cell, checked against the step's rubric when the step is known.
    private func readConcepts(_ field: CSVField, step: Step?, into diagnostics: inout [Diagnostic]) -> [String] {
        var concepts: [String] = []
        // Looked up in a set: searching the list for each id took minutes on a cell of 100,000.
        var named: Set<String> = []
        for (id, offset) in Self.split(field.value) {
            let location = field.location(atScalarOffset: offset)
            guard named.insert(id).inserted else {
                diagnostics.append(Diagnostic(.repeatedConcept, "the concept '\(id)' is named twice in this cell", at: location))
                continue
            }
            concepts.append(id)
            guard let step, !step.rubric.contains(where: { $0.concept == id }) else { continue }
            let known = step.rubric.map(\.concept)
            let message = "step '\(step.id)' has no concept '\(id)'"
                + (Suggestion.closest(to: id, in: known).map { "; did you mean '\($0)'?" } ?? "; its concepts are: \(known.joined(separator: ", "))")
            diagnostics.append(Diagnostic(.unknownConcept, message, at: location))
        }
        return concepts
    }

    /// The `;`-separated, trimmed, non-empty parts of `cell`, each with its offset in Unicode scalars.
    static func split(_ cell: String) -> [(id: String, offset: Int)] {
        var parts: [(id: String, offset: Int)] = []
        var start = 0
        var current = String.UnicodeScalarView()
        func finish() {
            let text = String(current)
            let id = text.trimmingBlanks
            if !id.isEmpty { parts.append((id, start + text.leadingBlankCount)) }
        }
        for (offset, scalar) in cell.unicodeScalars.enumerated() {
            if scalar == MarksFile.conceptSeparator {
                finish()
                current = String.UnicodeScalarView()
                start = offset + 1
            } else {
                current.append(scalar)
            }
        }
        finish()
        return parts
    }
}
