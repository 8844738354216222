/// The documents a digest can be written as.
public enum DigestFormat: String, CaseIterable, Sendable {
    case md
    case html
    case json
    case csv

    public func render(_ digest: Digest) -> String {
        switch self {
        case .md: return DigestMarkdown.render(digest)
        case .html: return DigestHTML.render(digest)
        case .json: return DigestJSON.render(digest)
        case .csv: return DigestCSV.render(digest)
        }
    }

    /// Whether the document is safe to print on a terminal as it is rendered: JSON escapes every
    /// control (`ReportJSON`), and the CSV's cells are cleaned one by one, so that the whole is not
    /// cleaned again, which would take the carriage returns of its CRLF rows. Markdown and HTML
    /// are cleaned as a whole before they are printed.
    public var isSafeForATerminal: Bool {
        self == .json || self == .csv
    }
}
