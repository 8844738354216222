/// Writes diagnostics the way compilers do, so that editors and people both read them:
///
///     scenarios/a.yaml:12:5: error: unknown key 'qestion' in step 'site'; did you mean 'question'?
///         qestion: "Et un site ?"
///         ^
public struct DiagnosticRenderer: Sendable {
    private let source: String
    /// Where each line starts, in UTF-8 bytes: found with one pass over the bytes, and a line is
    /// made into text only when a diagnostic shows it.
    private let lineStarts: [String.UTF8View.Index]

    /// - Parameter source: the text of the file the diagnostics are about.
    public init(source: String) {
        self.source = source
        var starts: [String.UTF8View.Index] = source.isEmpty ? [] : [source.utf8.startIndex]
        var index = source.utf8.startIndex
        while let newline = source.utf8[index...].firstIndex(of: UInt8(ascii: "\n")) {
            index = source.utf8.index(after: newline)
            starts.append(index)
        }
        lineStarts = starts
    }

    /// The text of 1-based line `number`, without its line break; nil past the end.
    private func line(_ number: Int) -> Substring? {
        let index = number - 1
        guard index >= 0, index < lineStarts.count else { return nil }
        let start = lineStarts[index]
        let end = index + 1 < lineStarts.count ? source.utf8.index(before: lineStarts[index + 1]) : source.utf8.endIndex
        return Substring(source.utf8[start..<end])
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var text = "\(diagnostic.location): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.code.rawValue)]"
        guard var raw = line(diagnostic.location.line) else { return text }
        if raw.hasSuffix("\r") { raw.removeLast() }
        let shown = Self.window(of: raw, around: diagnostic.location.column)
        let line = TerminalSafeText.sanitize(shown.text)
        let caret = caretPadding(for: line, column: shown.column) + "^"
        text += "\n" + line + "\n" + caret
        return text
    }

    /// The longest source line shown in full; longer lines are cut around the column, with `…`.
    static let maximumShownWidth = 120

    /// The part of `line` to show, and where `column` falls in it.
    static func window(of line: Substring, around column: Int) -> (text: String, column: Int) {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > maximumShownWidth else { return (String(line), column) }
        let start = min(max(0, column - 1 - maximumShownWidth / 2), scalars.count - maximumShownWidth)
        let end = start + maximumShownWidth
        var text = start > 0 ? "…" : ""
        text.unicodeScalars.append(contentsOf: scalars[start..<end])
        if end < scalars.count { text += "…" }
        return (text, column - start + (start > 0 ? 1 : 0))
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
