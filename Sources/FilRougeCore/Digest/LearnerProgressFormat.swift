extension DigestFormat {
    /// The progress table alone, in this format: the document of `digest --learners`. In CSV it is
    /// the only way to have the table, since the digest's CSV is one table of criteria.
    public func renderLearners(_ digest: Digest) -> String {
        let language = digest.scenario.language
        switch self {
        case .md: return LearnerProgressMarkdown.document(digest.progress, title: digest.scenario.title, language: language)
        case .html: return LearnerProgressHTML.page(digest.progress, title: digest.scenario.title, language: language)
        case .json: return LearnerProgressJSON.render(digest)
        case .csv: return LearnerProgressCSV.render(digest.progress, language: language)
        }
    }
}
