/// Warns about a keyword that can never match a reply, and about one made only of the commonest
/// words of its language, which would meet most replies (see ``KeywordReach``).
///
/// Both compile, so the scenario plays; but the first credits no one and the second credits nearly
/// everyone, and neither is what a trainer writing a rubric means.
///
/// A keyword that can never match is reported wherever it is written. A keyword of common words is
/// reported only where it meets a criterion on its own (in `keywords`, a vocabulary entry a
/// criterion names, a `match` list or `any`): inside `all`, `near`, `not` or `negated` it is one
/// condition among others, and `near: [align*, sur eux]` is precise.
enum KeywordReachCheck {
    static func unmatchable(_ keyword: String, reach: KeywordReach, language: Language, at location: SourceLocation) -> Diagnostic? {
        if !reach.unreachableWords.isEmpty {
            let words = quoted(reach.unreachableWords)
            let verb = reach.unreachableWords.count == 1 ? "is" : "are"
            return Diagnostic(
                .unmatchableKeyword,
                "keyword '\(keyword)' can never match: replies are read without \(words), which \(verb) set aside where \(reach.unreachableWords.count == 1 ? "it joins" : "they join") a word (\(example(for: language))); write the word \(reach.unreachableWords.count == 1 ? "it goes" : "they go") with, or leave \(reach.unreachableWords.count == 1 ? "it" : "them") out",
                at: location
            )
        }
        return nil
    }

    static func common(_ keyword: String, reach: KeywordReach, language: Language, at location: SourceLocation) -> Diagnostic? {
        if !reach.commonWords.isEmpty {
            let unique = reach.commonWords.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            let subject = unique.count == 1 ? "\(quoted(unique)) is one of" : "\(quoted(unique)) are both among"
            return Diagnostic(
                .commonKeyword,
                "keyword '\(keyword)' would meet most replies: \(subject) the commonest \(languageName(language)) words; write the words that carry the idea",
                at: location
            )
        }
        return nil
    }

    private static func example(for language: Language) -> String {
        switch language {
        case .fr: return "'l'expert' is read as 'expert'"
        case .en: return "'the client's' is read as 'the client'"
        }
    }

    private static func languageName(_ language: Language) -> String {
        switch language {
        case .fr: return "French"
        case .en: return "English"
        }
    }

    /// `'a'`, `'a' and 'b'`, `'a', 'b' and 'c'`.
    private static func quoted(_ words: [String]) -> String {
        let items = words.map { "'\($0)'" }
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
    }
}
