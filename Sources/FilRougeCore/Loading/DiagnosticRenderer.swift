/// Writes diagnostics the way compilers do, so that editors and people both read them:
///
///     scenarios/a.yaml:12:5: error: unknown key 'qestion' in step 'site'; did you mean 'question'?
///         qestion: "Et un site ?"
///         ^
public struct DiagnosticRenderer: Sendable {
    private let lines: [Substring]

    /// - Parameter source: the text of the file the diagnostics are about.
    public init(source: String) {
        lines = source.isEmpty ? [] : source.split(separator: "\n", omittingEmptySubsequences: false)
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var text = "\(diagnostic.location): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.code.rawValue)]"
        let index = diagnostic.location.line - 1
        guard index >= 0, index < lines.count else { return text }
        var line = TerminalSafeText.sanitize(String(lines[index]))
        if line.hasSuffix("\r") { line.removeLast() }
        let caret = caretPadding(for: line, column: diagnostic.location.column) + "^"
        text += "\n" + line + "\n" + caret
        return text
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined(separator: "\n")
    }

    /// Spaces up to the column, keeping tabs so that the caret lines up however tabs are shown.
    private func caretPadding(for line: String, column: Int) -> String {
        var padding = ""
        for scalar in line.unicodeScalars.prefix(max(0, column - 1)) {
            padding.append(scalar == "\t" ? "\t" : " ")
        }
        let missing = max(0, column - 1) - line.unicodeScalars.count
        if missing > 0 { padding += String(repeating: " ", count: missing) }
        return padding
    }
}
