/// One position of a keyword pattern, and how it meets a token.
public enum PatternTerm: Equatable, Hashable, Sendable {
    /// A word: met by a token with the same stem or lemma, or by a misspelling of it when `fuzzy`.
    /// `lemmaKeys` are the keys of the word's lemmas that differ from `key` (see ``Token/lemmaKeys``).
    case word(key: String, folded: String, fuzzy: Bool, lemmaKeys: [String] = [])
    /// A word that must be written exactly (folded: capitals and accents still do not matter).
    case exact(String)
    /// Any word that starts with this folded text.
    case prefix(String)
    /// A number, in digits or in words (`50`, `cinquante`); `tokenCount` words in the keyword.
    case number(String, tokenCount: Int)

    /// How a token met a term.
    public enum Meeting: Equatable, Sendable {
        /// The same word, or the same stem, or the same number.
        case same(MatchKind)
        /// A misspelling, this many edits away.
        case typo(Int)
    }

    /// How `tokens[index]` meets the term, and how many tokens that takes; nil when it does not.
    public func meet(_ tokens: [Token], at index: Int) -> (Meeting, span: Int)? {
        if case .number(let value, _) = self, let span = tokens[index].numberSpan, span.value == value {
            return (.same(.number), span.tokenCount)
        }
        // Most words tried here are not the term's word and cannot be a misspelling of it (that
        // takes the same first letter): they are refused without making a copy of the token.
        if case .word(let key, let folded, _, let lemmaKeys) = self, tokens[index].folded.utf8.first != folded.utf8.first,
           tokens[index].key != key, lemmaKeys.isEmpty, !tokens[index].hasLemmaKeys {
            return nil
        }
        return meetWord(tokens[index]).map { ($0, 1) }
    }

    /// How one word meets the term, whatever its neighbours; nil when it does not.
    func meetWord(_ token: borrowing Token) -> Meeting? {
        switch self {
        case .word(let key, let folded, let fuzzy, let lemmaKeys):
            if token.folded == folded { return .same(.word) }
            if token.sharesKey(key, lemmaKeys: lemmaKeys) { return .same(.stem) }
            if fuzzy, let distance = Typo.distance(token, folded) { return .typo(distance) }
            return nil
        case .exact(let folded):
            return token.folded == folded ? .same(.exact) : nil
        case .prefix(let prefix):
            return token.folded.hasPrefix(prefix) ? .same(.prefix) : nil
        case .number(let value, _):
            return token.number == value ? .same(.number) : nil
        }
    }
}

/// Tolerance to misspellings: Damerau-Levenshtein distance (optimal string alignment) on folded
/// forms, with limits that grow with the word.
public enum Typo {
    /// How many edits a word of `length` letters tolerates: none up to 4 letters (*site* is not
    /// *cite*), one up to 8, two beyond.
    public static func allowedEdits(forLength length: Int) -> Int {
        switch length {
        case ..<5: return 0
        case 5...8: return 1
        default: return 2
        }
    }

    /// How many edits a word of `tokenLength` letters, spelt as `spelling` says, may be from a
    /// keyword word of `keywordLength` letters.
    ///
    /// A word the dictionary knows is a word in its own right, never a misspelling: none (*cite* is
    /// not *site*, *numérique* is not *numéros*). A word it does not know is a misspelling of
    /// something, so the keyword word's length sets the limit (*pass* for *passe*). Without a
    /// dictionary, the shorter word sets it, so that no real short word is taken for another
    /// (*know* is not *known*).
    static func limit(tokenLength: Int, keywordLength: Int, spelling: Spelling) -> Int {
        switch spelling {
        case .known: return 0
        case .unknown: return allowedEdits(forLength: keywordLength)
        case .unchecked: return allowedEdits(forLength: min(keywordLength, tokenLength))
        }
    }

    /// The number of edits between a token and a keyword word, when the token may be a misspelling of
    /// it: same first letter, not a number, not a negation word, within the limit ``limit(tokenLength:keywordLength:spelling:)``
    /// sets. A word the dictionary does not know is also compared without a final plural `s` or
    /// `x`, since a misspelt plural is still a plural (*custmers* for *customer*).
    public static func distance(_ token: borrowing Token, _ keyword: String) -> Int? {
        guard !token.isNumber, !token.isNegationCue,
              token.negationRoles.isDisjoint(with: [.cue, .secondPart, .particle]) else { return nil }
        let tokenBytes = token.folded.utf8
        let keywordBytes = keyword.utf8
        let spelling = token.spelling
        let limit = limit(tokenLength: tokenBytes.count, keywordLength: keywordBytes.count, spelling: spelling)
        // The cheap refusals first: most words compared are not misspellings of each other.
        guard limit > 0, abs(keywordBytes.count - tokenBytes.count) <= limit + 1,
              tokenBytes.first == keywordBytes.first, token.folded != keyword else { return nil }
        let whole = abs(keywordBytes.count - tokenBytes.count) <= limit ? distance(token.folded, keyword, limit: limit) : nil
        guard spelling == .unknown, let last = tokenBytes.last, last == 0x73 || last == 0x78, tokenBytes.count > 1 else { return whole }
        let singular = String(token.folded.dropLast())
        // The plural's letter counts as an edit: the word is not the keyword word as written.
        guard let withoutPlural = distance(singular, keyword, limit: limit).map({ max(1, $0) }) else { return whole }
        return min(whole ?? withoutPlural, withoutPlural)
    }

    /// The optimal-string-alignment distance between `lhs` and `rhs` when it is at most `limit` and
    /// both start with the same letter; nil otherwise.
    public static func distance(_ lhs: String, _ rhs: String, limit: Int) -> Int? {
        var lhs = lhs
        var rhs = rhs
        return lhs.withUTF8 { a in
            rhs.withUTF8 { b in
                bytesDistance(a, b, limit: limit)
            }
        }
    }

    /// The optimal-string-alignment table, filled only within `limit` of its diagonal: each edit
    /// moves the alignment by one at most, so a cell further off is more than `limit` edits away and
    /// is read as `limit + 1`. Every value up to `limit` comes out as in the full table, for a third
    /// of the work on the words compared here.
    private static func bytesDistance(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Int? {
        guard let firstA = a.first, let firstB = b.first, firstA == firstB,
              abs(a.count - b.count) <= limit, a.count < 64, b.count < 64 else { return nil }
        let width = b.count + 1
        let beyond = limit + 1
        // Three rows of the dynamic-programming table: two back for transpositions.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: width * 3) { rows -> Int? in
            guard var previous2 = rows.baseAddress else { return nil }
            var previous = previous2 + width
            var current = previous + width
            for j in 0...b.count { previous[j] = j }
            for i in 1...a.count {
                let low = max(1, i - limit)
                let high = min(b.count, i + limit)
                current[0] = i
                if low > 1 { current[low - 1] = beyond }
                var rowMinimum = i
                for j in low...high {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, previous2[j - 2] + 1)
                    }
                    current[j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                if high < b.count { current[high + 1] = beyond }
                if rowMinimum > limit { return nil }
                (previous2, previous, current) = (previous, current, previous2)
            }
            let distance = previous[b.count]
            return distance <= limit ? distance : nil
        }
    }
}
