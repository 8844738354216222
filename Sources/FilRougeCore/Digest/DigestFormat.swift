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
}
