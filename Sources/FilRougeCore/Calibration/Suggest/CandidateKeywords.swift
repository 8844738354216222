/// The words and short phrases of a reply that could become keywords: runs of one to three words
/// within a sentence, not crossing punctuation, that neither start nor end with a word too short
/// or too common to mean anything alone, and hold no negation cue (a keyword is met, or found
/// negated, by the rubric's own reading of negations).
enum CandidateKeywords {
    /// The longest phrase proposed, in words.
    static let longest = 3

    /// The candidates of `tokens`, each with the keys of its words (to tell two spellings of the
    /// same words apart from two different phrases).
    /// - Parameter common: the keys of the language's common words (see ``CommonWords/keys(with:)``).
    static func candidates(in tokens: [Token], common: Set<String>) -> [(text: String, keys: [String])] {
        var found: [(text: String, keys: [String])] = []
        for start in tokens.indices {
            for length in 1...longest {
                let end = start + length
                guard end <= tokens.count else { break }
                let words = tokens[start..<end]
                if length > 1, words.dropFirst().contains(where: { $0.followsPunctuation || $0.sentence != tokens[start].sentence }) { break }
                if words.contains(where: { $0.isNegationCue || $0.isNumber }) { break }
                guard let first = words.first, let last = words.last, carriesMeaning(first, common: common), carriesMeaning(last, common: common) else { continue }
                found.append((words.map { $0.text.lowercased() }.joined(separator: " "), words.map(\.key)))
            }
        }
        return found
    }

    /// True for a word that can begin or end a keyword: three letters or more, and neither one of
    /// the language's common words nor a form of one (`mets` of *mettre*).
    static func carriesMeaning(_ token: Token, common: Set<String>) -> Bool {
        token.folded.count >= 3 && !common.contains(token.key) && !token.lemmaKeys.contains(where: common.contains)
    }
}
