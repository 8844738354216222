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
    ///
    /// A line of a megabyte (a marks file's cell of 100,000 concepts) may carry thousands of
    /// diagnostics: an ASCII line is cut where its bytes say, and any other is read only as far as
    /// the window, rather than made into an array of its characters each time.
    static func window(of line: Substring, around column: Int) -> (text: String, column: Int) {
        let utf8 = line.utf8
        if utf8.count <= maximumShownWidth { return (String(line), column) }
        if utf8.allSatisfy({ $0 < 0x80 }) {
            let (start, end) = bounds(count: utf8.count, around: column)
            let text = String(line[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
            return framed(text, start: start, end: end, count: utf8.count, column: column)
        }
        let scalars = line.unicodeScalars
        var lead = scalars.startIndex
        var leading = 0
        let wanted = max(0, column - 1 - maximumShownWidth / 2)
        while leading < wanted, lead < scalars.endIndex {
            scalars.formIndex(after: &lead)
            leading += 1
        }
        // The window and one character past it: enough to tell whether the line goes on.
        let rest = Array(scalars[lead...].prefix(maximumShownWidth + 1))
        let shown: [Unicode.Scalar]
        let start: Int
        // Past the window's end only when one more character was read.
        let count = leading + rest.count
        if rest.count > maximumShownWidth {
            shown = Array(rest.prefix(maximumShownWidth))
            start = leading
        } else {
            // The line ends within the window's width: the window is its last part.
            if count <= maximumShownWidth { return (String(line), column) }
            let back = scalars.index(lead, offsetBy: rest.count - maximumShownWidth)
            shown = Array(scalars[back...])
            start = count - maximumShownWidth
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: shown)
        return framed(String(text), start: start, end: start + maximumShownWidth, count: count, column: column)
    }

    /// Where the window of a line of `count` characters starts and ends, around `column`.
    private static func bounds(count: Int, around column: Int) -> (start: Int, end: Int) {
        let start = min(max(0, column - 1 - maximumShownWidth / 2), count - maximumShownWidth)
        return (start, start + maximumShownWidth)
    }

    /// The window's text with `…` where the line goes on, and the column within it.
    private static func framed(_ shown: String, start: Int, end: Int, count: Int, column: Int) -> (text: String, column: Int) {
        let text = (start > 0 ? "…" : "") + shown + (end < count ? "…" : "")
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
