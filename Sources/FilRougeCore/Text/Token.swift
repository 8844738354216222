/// One word or number of a reply or a keyword, as the rubric sees it.
///
/// What does not depend on where the word stands (its forms, its value, its negation roles) is read
/// from its lexicon entry, shared by every token of the same word: a token holds one reference
/// instead of copies of several strings, so that it stays small to build, copy and release.
public struct Token: Equatable, Sendable {
    /// What the analyzer knows of the word wherever it stands.
    let entry: Lexicon.Entry
    /// The word as written, e.g. `Réseaux`.
    public var text: String { entry.written }
    /// The folded form (`reseaux`): lower case, no accents.
    public var folded: String { entry.folded }
    /// The form compared with keywords: the folded form's stem (`reseau`), or the folded form itself
    /// for numbers and when the analyzer does not stem.
    public var key: String { entry.key }
    /// The keys of the word's lemmas that differ from `key` (`envoi` for *envoient*, the key of
    /// *envoyer*): a keyword meets the word by any of its keys.
    public var lemmaKeys: [String] { entry.lemmaKeys }
    /// The lemma keys the word has when a keyword is written with it (see ``Lexicon/Entry/keywordLemmaKeys``).
    var keywordLemmaKeys: [String] { entry.keywordLemmaKeys }
    /// True when the word has lemma keys, read without copying them.
    var hasLemmaKeys: Bool { entry.hasLemmaKeys }
    /// Whether the dictionary knows the word.
    var spelling: Spelling { entry.spelling }
    /// Where the word stands in the original text, in Unicode scalar offsets (see ``TextRange``).
    public var range: TextRange
    /// Which sentence of the text the word belongs to, counting from 0.
    public var sentence: Int
    /// The strongest punctuation between the previous word and this one (`.none` for the first word
    /// of a text unless punctuation opens it).
    public var punctuationBefore: Punctuation
    /// True when punctuation (a comma, a full stop…) stands between the previous word and this one.
    public var followsPunctuation: Bool { punctuationBefore != .none }
    /// The elided word removed from the front, folded, without its apostrophe (`l`, `n`, `qu`), if any.
    public var elision: String?
    /// True for a number written in digits (`50`, `1,5`).
    public var isNumber: Bool
    /// The value of a number in digits or in words, written in digits (`50` for *cinquante*).
    public var number: String? { entry.numberText }
    /// For the first of several words that make one number (`quatre-vingt-dix`, `two hundred`),
    /// their value and how many tokens they span.
    public var numberSpan: Span?
    /// For the first part of a hyphenated word (`e-mail`), the parts joined without hyphens (`email`)
    /// and how many tokens the word spans.
    public var compound: Compound?
    /// What parts the word can play in a negation, whether or not it plays them here.
    public var negationRoles: NegationRoles { entry.roles }
    /// True when the word marks a negation here (`pas`, `jamais`, `not`, `don't`, `sans`…).
    public var isNegationCue: Bool = false
    /// When the word lies inside the scope of a negation, the index of the first word of its cue.
    public var negatedBy: Int?
    /// True for the words a French negation puts between a verb and what the verb governs (`surtout
    /// pas` in *ne baisse surtout pas tes prix*): a keyword phrase reads across them, so that `baisse
    /// tes prix` is found there, and found negated.
    public var isNegationInsert: Bool = false
    /// True for a word of a negation's cue that says no negation itself (`besoin` in *pas besoin*,
    /// `sert` in *ne sert à rien*): a keyword it meets is met inside the negation.
    public var isNegatedCueWord: Bool = false
    /// The number of the word's form (folded form and key) in the analyzer's lexicon, when it has
    /// one: what rubrics remember of a word is found by it.
    var word: LexiconWord? { entry.word }

    /// A hyphenated word read as one.
    public struct Compound: Equatable, Sendable {
        public var folded: String
        public var key: String
        public var tokenCount: Int
    }

    /// A value spanning several tokens.
    public struct Span: Equatable, Sendable {
        public var value: String
        public var tokenCount: Int
    }

    /// True when the word has `key` among its keys, or shares one of `lemmaKeys`: the word and a
    /// keyword word are then forms of one word.
    func sharesKey(_ key: String, lemmaKeys: [String]) -> Bool {
        if self.key == key { return true }
        // Most words and keyword words have one key each: the lists below are usually empty.
        guard entry.hasLemmaKeys else { return !lemmaKeys.isEmpty && lemmaKeys.contains(self.key) }
        let mine = entry.lemmaKeys
        return mine.contains(key) || lemmaKeys.contains(self.key) || mine.contains(where: lemmaKeys.contains)
    }

    /// True when the word is inside a negation's scope.
    public var isNegated: Bool {
        negatedBy != nil
    }

    /// Two tokens are equal when they read the same, whichever entries they hold.
    public static func == (lhs: Token, rhs: Token) -> Bool {
        lhs.text == rhs.text && lhs.folded == rhs.folded && lhs.key == rhs.key && lhs.range == rhs.range
            && lhs.sentence == rhs.sentence && lhs.punctuationBefore == rhs.punctuationBefore
            && lhs.lemmaKeys == rhs.lemmaKeys && lhs.elision == rhs.elision && lhs.isNumber == rhs.isNumber && lhs.number == rhs.number
            && lhs.numberSpan == rhs.numberSpan && lhs.compound == rhs.compound
            && lhs.negationRoles == rhs.negationRoles && lhs.isNegationCue == rhs.isNegationCue
            && lhs.negatedBy == rhs.negatedBy && lhs.isNegationInsert == rhs.isNegationInsert && lhs.isNegatedCueWord == rhs.isNegatedCueWord
            && lhs.word == rhs.word
    }
}

/// A range of Unicode scalar offsets in a text (`start` included, `end` excluded).
///
/// Scalar offsets are what most languages index strings by (Python, Rust's `chars`), so transcripts
/// that store them can be highlighted by any program.
public struct TextRange: Encodable, Equatable, Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case start, end
    }

    /// The part of `text` this range covers, or nil when it lies outside.
    public func substring(of text: String) -> String? {
        let scalars = text.unicodeScalars
        guard start >= 0, start <= end,
              let lower = scalars.index(scalars.startIndex, offsetBy: start, limitedBy: scalars.endIndex),
              let upper = scalars.index(lower, offsetBy: end - start, limitedBy: scalars.endIndex)
        else { return nil }
        return String(scalars[lower..<upper])
    }
}
