/// Names the quote behind a YAML syntax error, when a quote is its cause, at the quote itself.
///
/// A quote left open makes the parser read on, through line breaks, to the next quote of the same
/// kind or to the end of the file, and it reports the error there: "did not find expected key"
/// on a line that is fine, or "unexpected end of stream" below the last line. The author needs the
/// line where the quote opens. Three cases are recognised:
///
/// - a quote never closed: the file ends inside it;
/// - a quote closed only on a later line, on the line (or the line before) where the parser
///   stopped: the quote meant to close its own line, and the next value's opening quote closed it;
/// - a single quote closed at once by an apostrophe followed by a letter (`'C'est bien'`): in
///   single quotes an apostrophe is written twice.
enum UnclosedQuoteDiagnosis {
    /// The message and place of the quote's diagnostic, or nil when no quote explains an error
    /// reported at `errorLine`.
    static func diagnostic(for text: String, errorLine: Int, file: String) -> Diagnostic? {
        let spans = QuotedScalarScan(text).spans
        func at(_ span: QuotedScalarScan.Span) -> SourceLocation {
            SourceLocation(file: file, line: span.openLine, column: span.openColumn)
        }
        if let unclosed = spans.last(where: { $0.closeLine == nil }) {
            return Diagnostic(.yamlSyntax, "the \(unclosed.quote.name) opened at line \(unclosed.openLine) column \(unclosed.openColumn) is never closed", at: at(unclosed))
        }
        if let runOn = spans.last(where: { span in
            guard let close = span.closeLine else { return false }
            return close > span.openLine && close <= errorLine && errorLine - close <= 1
        }), let close = runOn.closeLine {
            return Diagnostic(
                .yamlSyntax,
                "the \(runOn.quote.name) opened at line \(runOn.openLine) column \(runOn.openColumn) is never closed on its line: the text runs on to line \(close), where the next \(runOn.quote.name) ends it",
                at: at(runOn)
            )
        }
        if let early = spans.last(where: { span in
            guard span.quote == .single, span.closeLine == errorLine, let after = span.afterClose else { return false }
            return after.properties.isAlphabetic
        }), let column = early.closeColumn {
            return Diagnostic(
                .yamlSyntax,
                "the single quote opened at line \(early.openLine) column \(early.openColumn) is closed at column \(column) by an apostrophe: inside single quotes write an apostrophe twice ('C''est'), or put the text in double quotes",
                at: at(early)
            )
        }
        return nil
    }
}
