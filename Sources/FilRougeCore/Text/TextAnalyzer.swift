/// Turns a reply or a keyword into the tokens the rubric compares, the same way for both, so that a
/// keyword means what a trainer expects whatever form the learner types it in.
///
/// The analyzer splits words at spaces and punctuation, keeps hyphenated words together as a
/// ``Token/Compound``, reads `1,5` and `2.0` as numbers, removes French elisions (`l'`, `qu'`…) and
/// the English possessive `'s`, and folds every word with ``TextFolder``. The `keyForm` it is given
/// reduces a folded word to the form keywords are matched on (the word itself, or its stem).
public struct TextAnalyzer: Sendable {
    public let language: Language
    private let keyForm: @Sendable (String) -> String

    /// - Parameter keyForm: maps a folded word to its comparison key; the identity when absent.
    public init(language: Language, keyForm: @escaping @Sendable (String) -> String = { $0 }) {
        self.language = language
        self.keyForm = keyForm
    }

    /// The comparison key of an already folded word.
    public func key(forFolded folded: String) -> String {
        keyForm(folded)
    }

    /// The tokens of `text`, in order.
    public func tokens(of text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var sentence = 0
        var sentenceBreakPending = false
        var punctuationPending = false
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard CharacterClass.isWordCharacter(scalar) else {
                if CharacterClass.endsSentence(scalar) {
                    sentenceBreakPending = !tokens.isEmpty
                    punctuationPending = true
                } else if !scalar.properties.isWhitespace {
                    punctuationPending = true
                }
                index += 1
                continue
            }
            let end = wordEnd(in: scalars, from: index)
            if sentenceBreakPending {
                sentence += 1
                sentenceBreakPending = false
            }
            appendWord(scalars, index..<end, sentence: sentence, followsPunctuation: punctuationPending, to: &tokens)
            punctuationPending = false
            index = end
        }
        return tokens
    }

    /// Where the word that starts at `start` ends: letters and digits, joined by single apostrophes or
    /// hyphens, and digits joined by a decimal comma or point.
    private func wordEnd(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        var end = start + 1
        while end < scalars.count {
            let scalar = scalars[end]
            if CharacterClass.isWordCharacter(scalar) {
                end += 1
                continue
            }
            let hasNext = end + 1 < scalars.count
            if hasNext, CharacterClass.isApostrophe(scalar) || CharacterClass.isHyphen(scalar),
               CharacterClass.isWordCharacter(scalars[end + 1]), !TextFolder.isCombiningMark(scalars[end + 1]) {
                end += 1
            } else if hasNext, scalar == "." || scalar == ",",
                      CharacterClass.isDigit(scalars[end - 1]), CharacterClass.isDigit(scalars[end + 1]) {
                end += 1
            } else {
                break
            }
        }
        return end
    }

    /// Splits one word into its hyphen-separated parts and appends a token for each.
    private func appendWord(
        _ scalars: [Unicode.Scalar], _ word: Range<Int>, sentence: Int, followsPunctuation: Bool,
        to tokens: inout [Token]
    ) {
        var parts: [Range<Int>] = []
        var partStart = word.lowerBound
        for offset in word where CharacterClass.isHyphen(scalars[offset]) {
            parts.append(partStart..<offset)
            partStart = offset + 1
        }
        parts.append(partStart..<word.upperBound)

        let firstIndex = tokens.count
        for (position, part) in parts.enumerated() {
            if let token = makeToken(scalars, part, sentence: sentence,
                                     followsPunctuation: position == 0 && followsPunctuation) {
                tokens.append(token)
            }
        }
        let count = tokens.count - firstIndex
        if count > 1 {
            let joined = tokens[firstIndex...].map(\.folded).joined()
            tokens[firstIndex].compound = Token.Compound(folded: joined, key: keyForm(joined), tokenCount: count)
        }
    }

    private func makeToken(
        _ scalars: [Unicode.Scalar], _ part: Range<Int>, sentence: Int, followsPunctuation: Bool
    ) -> Token? {
        var range = part
        var elision: String?
        if language == .fr,
           let apostrophe = range.first(where: { CharacterClass.isApostrophe(scalars[$0]) }) {
            let prefix = TextFolder.fold(String(String.UnicodeScalarView(scalars[range.lowerBound..<apostrophe])))
            if FrenchElision.prefixes.contains(prefix) {
                elision = prefix
                range = (apostrophe + 1)..<range.upperBound
            }
        }
        if language == .en, range.count > 2,
           CharacterClass.isApostrophe(scalars[range.upperBound - 2]),
           scalars[range.upperBound - 1] == "s" || scalars[range.upperBound - 1] == "S" {
            range = range.lowerBound..<(range.upperBound - 2)
        }
        guard !range.isEmpty else { return nil }
        let text = String(String.UnicodeScalarView(scalars[range]))
        let isNumber = scalars[range].allSatisfy { CharacterClass.isDigit($0) || $0 == "." || $0 == "," }
        let folded = isNumber ? text.replacingOccurrences(of: ",", with: ".") : TextFolder.fold(text)
        return Token(
            text: text,
            folded: folded,
            key: isNumber ? folded : keyForm(folded),
            range: TextRange(start: range.lowerBound, end: range.upperBound),
            sentence: sentence,
            followsPunctuation: followsPunctuation,
            elision: elision,
            isNumber: isNumber,
            compound: nil
        )
    }
}
