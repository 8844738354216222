/// What a keyword can meet in a reply, found by reading it with the analysis replies are read with:
/// the words of it that replies never show the rubric, and whether it is made only of words almost
/// every reply contains.
///
/// Both are derived from ``TextAnalyzer`` rather than from a list of suspicious keywords, so that
/// they stay true when the analysis changes: a word is unreachable because the analyzer sets it
/// aside wherever a reply writes it the way the keyword does.
public struct KeywordReach: Equatable, Sendable {
    /// The words of the keyword, as written, that the analysis removes from replies: a French elided
    /// word written with its apostrophe (`l'`, `qu'`), an English possessive (`'s`). A reply writes
    /// them joined to a word, where they are set aside, so a keyword with one never matches.
    public var unreachableWords: [String]
    /// The words of the keyword when they would meet most replies: one word among the language's
    /// commonest (``CommonWords``: `the`, `est`, `très`), or two function words side by side (`de
    /// la`, `of the`, `il est`); empty otherwise.
    ///
    /// A phrase of three words or more is matched as a sequence, which common words form by chance
    /// far less often (`one by one`, `ce que tu fais` name an idea), so it is left alone; so is a
    /// pair with an adverb (`pourquoi tu`).
    public var commonWords: [String]

    /// The word a probe joins an apostrophe to, standing for any word of a reply.
    private static let probeWord = "mot"

    /// Reads `keyword` (as a rubric writes it: `=` for an exact form, `*` for a prefix) with `analyzer`.
    public init(of keyword: String, analyzer: TextAnalyzer) {
        var body = Substring(keyword)
        while let first = body.first, first.isWhitespace { body.removeFirst() }
        while let last = body.last, last.isWhitespace { body.removeLast() }
        if body.hasPrefix("=") { body.removeFirst() }
        let text = String(body)
        let language = analyzer.language
        let hasApostrophe = text.unicodeScalars.contains(where: CharacterClass.isApostrophe)
        guard hasApostrophe || Self.mayHoldCommonWords(text, language: language) else {
            unreachableWords = []
            commonWords = []
            return
        }
        let scalars = Array(text.unicodeScalars)
        let tokens = analyzer.tokens(of: text)
        unreachableWords = hasApostrophe ? tokens.compactMap { token in
            Self.isSetAsideInReplies(token, in: scalars, analyzer: analyzer) ? Self.written(token, in: scalars) : nil
        } : []
        let endsInPrefix = tokens.contains { $0.range.end < scalars.count && scalars[$0.range.end] == "*" }
        let wouldMeetMostReplies = !endsInPrefix && (tokens.count == 1 && CommonWords.contains(tokens[0].folded, in: language)
            || tokens.count == 2 && tokens.allSatisfy { CommonWords.isFunctionWord($0.folded, in: language) })
        commonWords = wouldMeetMostReplies ? tokens.map(\.text) : []
    }

    /// A keyword that meets what its words say: nothing set aside, no common word.
    public static let unremarkable = KeywordReach(unreachableWords: [], commonWords: [])

    private init(unreachableWords: [String], commonWords: [String]) {
        self.unreachableWords = unreachableWords
        self.commonWords = commonWords
    }

    /// False when a keyword is ``unremarkable`` without being read: it has no apostrophe and no
    /// part of it is a common word. Most keywords are, and a rubric of thousands of keywords is
    /// checked without reading each one again.
    public static func needsReading(_ keyword: String, language: Language) -> Bool {
        keyword.unicodeScalars.contains(where: CharacterClass.isApostrophe) || mayHoldCommonWords(keyword, language: language)
    }

    /// False when no part of `text` between letters' boundaries is a common word, folded as the
    /// analysis folds words: then no word of it is, and it cannot be made of common words.
    private static func mayHoldCommonWords(_ text: String, language: Language) -> Bool {
        let common = CommonWords.words(of: language)
        let folded = TextFolder.fold(text).utf8
        var parts = 0
        var holdsCommon = false
        var start: String.Index?
        var index = folded.startIndex
        // Parts are runs of letters; folded text is in lower case, and a byte of a non-ASCII
        // letter is part of a letter.
        while true {
            let isLetter = index < folded.endIndex && { (byte: UInt8) in byte >= 0x80 || (byte >= 0x61 && byte <= 0x7A) }(folded[index])
            if isLetter {
                if start == nil { start = index }
            } else if let partStart = start {
                parts += 1
                if parts > 2 { return false }
                if !holdsCommon, let part = String(folded[partStart..<index]) { holdsCommon = common.contains(part) }
                start = nil
            }
            guard index < folded.endIndex else { break }
            index = folded.index(after: index)
        }
        return holdsCommon
    }

    /// True when the keyword's word stands against an apostrophe with no word on its other side
    /// (`l'` alone, `'s` alone), and the analyzer, reading the word joined by that apostrophe to
    /// another word as a reply writes it, leaves nothing of it.
    private static func isSetAsideInReplies(_ token: Token, in scalars: [Unicode.Scalar], analyzer: TextAnalyzer) -> Bool {
        let start = token.range.start
        let end = token.range.end
        let word = String(String.UnicodeScalarView(scalars[start..<end]))
        if end < scalars.count, CharacterClass.isApostrophe(scalars[end]),
           end + 1 == scalars.count || !CharacterClass.isWordCharacter(scalars[end + 1]) {
            // `l'` + a word: is anything read where the word stood?
            let wordLength = end - start
            return !analyzer.tokens(of: word + "'" + probeWord).contains { $0.range.start < wordLength }
        }
        if start > 0, CharacterClass.isApostrophe(scalars[start - 1]),
           start == 1 || !CharacterClass.isWordCharacter(scalars[start - 2]) {
            // A word + `'s`: is anything read past the apostrophe?
            let probeLength = probeWord.unicodeScalars.count
            return !analyzer.tokens(of: probeWord + "'" + word).contains { $0.range.end > probeLength + 1 }
        }
        return false
    }

    /// The word with its apostrophe, as the keyword writes it (`l'`, `'s`).
    private static func written(_ token: Token, in scalars: [Unicode.Scalar]) -> String {
        var start = token.range.start
        var end = token.range.end
        if end < scalars.count, CharacterClass.isApostrophe(scalars[end]) { end += 1 }
        if start > 0, CharacterClass.isApostrophe(scalars[start - 1]) { start -= 1 }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}
