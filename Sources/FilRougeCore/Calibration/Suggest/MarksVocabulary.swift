/// The words of all the marked replies, to tell a word that says a concept from a word every
/// reply uses: how many replies hold each word, and the keys of the language's common words.
struct MarksVocabulary {
    let commonKeys: Set<String>
    /// Per word key, how many replies hold it.
    private let replyCounts: [String: Int]

    init(replies: [String], analyzer: TextAnalyzer) {
        commonKeys = CommonWords.keys(with: analyzer)
        var counts: [String: Int] = [:]
        for reply in replies {
            for key in Set(analyzer.tokens(of: reply).map(\.key)) { counts[key, default: 0] += 1 }
        }
        replyCounts = counts
    }

    /// How many replies hold the rarest word of `keys`: a phrase is as rare as its rarest word.
    func frequency(of keys: [String]) -> Int {
        keys.map { replyCounts[$0] ?? 0 }.min() ?? 0
    }
}
