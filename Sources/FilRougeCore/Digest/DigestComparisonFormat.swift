extension DigestFormat {
    /// The comparison of groups in this format (`filrouge digest --compare`).
    public func render(_ comparison: DigestComparison) -> String {
        switch self {
        case .md: return DigestComparisonMarkdown.render(comparison)
        case .html: return DigestComparisonHTML.render(comparison)
        case .json: return DigestComparisonJSON.render(comparison)
        case .csv: return DigestComparisonCSV.render(comparison)
        }
    }
}
