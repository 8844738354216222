/// The diagnostics of one file as a person reads them: the first ``shownPerFile`` in full, then one
/// line that counts the rest.
///
/// Nobody reads the millionth message about a file, and printing every one made a damaged file of
/// three million lines print half a gigabyte. Every command that prints a file's diagnostics for
/// people prints them through this, so that all stop at the same point and say it the same way.
public struct DiagnosticListing: Sendable {
    /// How many diagnostics of one file are printed in full.
    public static let shownPerFile = 100

    /// The diagnostics printed in full, in the order given.
    public let shown: ArraySlice<Diagnostic>
    /// How many errors and warnings come after them, left out.
    public let omittedErrors: Int
    public let omittedWarnings: Int

    public init(_ diagnostics: [Diagnostic], limit: Int = shownPerFile) {
        shown = diagnostics.prefix(max(0, limit))
        let omitted = diagnostics.dropFirst(max(0, limit))
        let errors = omitted.reduce(0) { $0 + ($1.severity == .error ? 1 : 0) }
        omittedErrors = errors
        omittedWarnings = omitted.count - errors
    }

    /// `… and 2,999,900 more errors in bad.csv`; nil when nothing was left out.
    public func omissionLine(file: String) -> String? {
        var parts: [String] = []
        if omittedErrors > 0 { parts.append(Self.counted(omittedErrors, "error")) }
        if omittedWarnings > 0 { parts.append(Self.counted(omittedWarnings, "warning")) }
        guard !parts.isEmpty else { return nil }
        return "… and \(parts.joined(separator: " and ")) in \(file)"
    }

    /// The lines to print: each diagnostic shown as `renderer` shows it, then the omission line.
    public func lines(file: String, renderer: DiagnosticRenderer) -> [String] {
        shown.map(renderer.render) + (omissionLine(file: file).map { [$0] } ?? [])
    }

    /// `1 more error`, `2,999,900 more errors`.
    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(grouped(count)) more \(noun)\(count == 1 ? "" : "s")"
    }

    /// `2999900` as `2,999,900`, as the figures of the docs are written.
    static func grouped(_ count: Int) -> String {
        let digits = Array(String(count))
        var text = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }
}
