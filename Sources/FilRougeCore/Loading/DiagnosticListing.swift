/// The diagnostics of one file as a person reads them: the first ``shownPerFile`` in full, then one
/// line that counts the rest.
///
/// Nobody reads the millionth message about a file, and printing every one made a damaged file of
/// three million lines print half a gigabyte. Every command that prints a file's diagnostics for
/// people prints them through this, so that all stop at the same point and say it the same way. It
/// keeps only what it shows, so a reader that finds problems one by one (a marks file's rows)
/// holds a hundred of them however many the file has.
public struct DiagnosticListing: Sendable {
    /// How many diagnostics of one file are printed in full.
    public static let shownPerFile = 100

    /// How many are kept and shown.
    public let limit: Int
    /// The first diagnostics, in the order given.
    public private(set) var shown: [Diagnostic] = []
    /// How many errors and warnings were given in all, shown or not.
    public private(set) var errors = 0
    public private(set) var warnings = 0
    private var shownErrors = 0

    public init(limit: Int = shownPerFile) {
        self.limit = max(0, limit)
    }

    public init(_ diagnostics: [Diagnostic], limit: Int = shownPerFile) {
        self.init(limit: limit)
        append(contentsOf: diagnostics)
    }

    /// Counts `diagnostic`, and keeps it while fewer than `limit` are.
    public mutating func append(_ diagnostic: Diagnostic) {
        let isError = diagnostic.severity == .error
        if isError { errors += 1 } else { warnings += 1 }
        guard shown.count < limit else { return }
        shown.append(diagnostic)
        if isError { shownErrors += 1 }
    }

    public mutating func append(contentsOf diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { append(diagnostic) }
    }

    /// How many errors and warnings were left out.
    public var omittedErrors: Int { errors - shownErrors }
    public var omittedWarnings: Int { warnings - (shown.count - shownErrors) }

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
