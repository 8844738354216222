import FilRougeDictionary
import Foundation

/// Turns a reply or a keyword into the tokens the rubric compares, the same way for both, so that a
/// keyword means what a trainer expects whatever form the learner types it in.
///
/// The analyzer splits words at spaces and punctuation, keeps hyphenated words together as a
/// ``Token/Compound``, reads `1,5` and `2.0` as numbers, removes French elisions (`l'`, `qu'`…) and
/// the English possessive `'s`, folds every word with ``TextFolder`` and reduces it to its key: its
/// Snowball stem, so that *facture*, *factures* and *facturation* are one word to the rubric. Where
/// the language's Hunspell dictionary is installed, it also gives each word the keys of its lemmas
/// (*envoient* → *envoyer*, *vont* → *aller*) and says whether the word is spelt right, so that
/// only words the dictionary does not know are read as misspellings. It reads numbers written in
/// words, and marks negations and their scope (see ``NegationDetector``).
public struct TextAnalyzer: Sendable {
    public let language: Language
    private let lexicon: Lexicon

    /// The analyzer replies and keywords are read with: folded, stemmed, lemmatised with the
    /// installed dictionary, numbers and negations read.
    public init(language: Language) {
        self.language = language
        self.lexicon = Lexicon.shared(for: language)
    }

    /// An analyzer that reads as the shared one does, but with `dictionary` for lemmas and spelling
    /// (nil: Snowball stems alone, as where no dictionary is installed).
    public init(language: Language, dictionary: HunspellDictionary?) {
        self.language = language
        self.lexicon = Lexicon(language: language, keyForm: Lexicon.stemmer(for: language), dictionary: { dictionary })
    }

    /// An analyzer that only cuts words, for checking that keywords compile: no stemming, no
    /// dictionary, so that it costs nothing on the way to a conversation's first question.
    public static func wordsOnly(language: Language) -> TextAnalyzer {
        TextAnalyzer(language: language, keyForm: { $0 })
    }

    /// Starts opening the installed dictionary of `language` on another thread: the first reply
    /// graded waits for it if it is not open yet, so grades never depend on when a reply comes.
    public static func prepareDictionary(for language: Language) {
        InstalledDictionaries.prepare(language.rawValue)
    }

    /// Whether the dictionary of `language` is installed (a quick look, without opening it).
    public static func hasDictionary(for language: Language) -> Bool {
        InstalledDictionaries.location(for: language.rawValue) != nil
    }

    /// - Parameter keyForm: maps a folded word to its comparison key (the identity: no stemming). It
    ///   runs while the analyzer's known words are locked, so it must not read text with this analyzer.
    public init(language: Language, keyForm: @escaping @Sendable (String) -> String) {
        self.language = language
        self.lexicon = Lexicon(language: language, keyForm: keyForm)
    }

    /// The dictionary's suggestions for a word it does not know, best first: what a trainer may
    /// add as a keyword, or the word the reader may have been taken for. Tens of milliseconds a word.
    public func suggestions(for word: String) -> [String] {
        lexicon.suggestions(for: word)
    }

    /// The tokens of `text`, in order.
    public func tokens(of text: String) -> [Token] {
        var text = text
        var tokens = text.withUTF8 { bytes in
            lexicon.withKnownWords { words in tokenize(UTF8Text(bytes: bytes), words: &words) }
        }
        readNumberWords(&tokens)
        NegationDetector(language: language).mark(&tokens)
        return tokens
    }

    /// Cuts the text into words, reading its UTF-8 bytes once.
    /// - Parameter words: the lexicon's known words, locked once for the whole text.
    private func tokenize(_ text: UTF8Text, words: inout WordTable) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.bytes.count / 5 + 1)
        var sentence = 0
        var sentenceBreakPending = false
        var punctuation = Punctuation.none
        var position = UTF8Text.Position()
        while position.byte < text.bytes.count {
            // A space, the commonest character between words, ends nothing and marks nothing.
            if text.bytes[position.byte] == 0x20 {
                position.advance(by: 1)
                continue
            }
            let (scalar, length) = text.scalar(at: position.byte)
            guard CharacterClass.isWordCharacter(scalar) else {
                if CharacterClass.endsSentence(scalar) {
                    sentenceBreakPending = !tokens.isEmpty
                    punctuation = max(punctuation, Punctuation(scalar))
                } else if !CharacterClass.isSpace(scalar) {
                    punctuation = max(punctuation, Punctuation(scalar))
                    if scalar == ")", let last = tokens.indices.last, Self.isListMarker(tokens[last], closedAt: position.scalar) {
                        // `2)` numbers an item of a list written on one line: a new item is a new
                        // clause, as if the list went to the line.
                        tokens[last].punctuationBefore = max(tokens[last].punctuationBefore, .sentenceEnd)
                    }
                }
                position.advance(by: length)
                continue
            }
            if sentenceBreakPending {
                sentence += 1
                sentenceBreakPending = false
            }
            if let word = PlainWord(in: text, from: position) {
                appendPlainWord(word, in: text, sentence: sentence, punctuation: punctuation, to: &tokens, words: &words)
                position = word.end
            } else {
                let (end, isPlain) = wordEnd(in: text, from: position)
                appendWord(
                    text, from: position, to: end, isPlain: isPlain, sentence: sentence, punctuation: punctuation,
                    to: &tokens, words: &words
                )
                position = end
            }
            punctuation = .none
        }
        return tokens
    }

    /// True for a number of one or two digits just before `)`, which numbers an item of a list
    /// (a number in brackets, `(2)`, does not).
    private static func isListMarker(_ token: Token, closedAt scalar: Int) -> Bool {
        token.isNumber && token.range.end == scalar && token.punctuationBefore != .other && token.range.end - token.range.start <= 2
            && token.text.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal }
    }

    /// Gives the first of a run of number words the value of the whole run (`quatre-vingt-dix`).
    private func readNumberWords(_ tokens: inout [Token]) {
        var index = 0
        while index < tokens.count {
            guard !tokens[index].isNumber, let first = tokens[index].number.flatMap({ Int($0) }) else {
                index += 1
                continue
            }
            var values = [first]
            var end = index + 1
            while end < tokens.count, !tokens[end].followsPunctuation, !tokens[end].isNumber,
                  let next = tokens[end].number.flatMap({ Int($0) }) {
                values.append(next)
                end += 1
            }
            if values.count > 1, let total = NumberWords.combine(values) {
                tokens[index].numberSpan = Token.Span(value: String(total), tokenCount: values.count)
            }
            index = end
        }
    }

    /// Where the word that starts at `start` ends: letters and digits, joined by single apostrophes or
    /// hyphens, and digits joined by a decimal comma or point. The word is plain when it is only
    /// ASCII letters and digits: no hyphen, apostrophe or accent to look for later.
    private func wordEnd(in text: UTF8Text, from start: UTF8Text.Position) -> (end: UTF8Text.Position, isPlain: Bool) {
        var (previous, length) = text.scalar(at: start.byte)
        var isPlain = CharacterClass.isASCIIWordByte(text.bytes[start.byte])
        var end = start
        end.advance(by: length)
        while end.byte < text.bytes.count {
            let byte = text.bytes[end.byte]
            if CharacterClass.isASCIIWordByte(byte) {
                previous = Unicode.Scalar(byte)
                end.advance(by: 1)
                continue
            }
            let (scalar, length) = text.scalar(at: end.byte)
            if CharacterClass.isWordCharacter(scalar) {
                previous = scalar
                isPlain = false
                end.advance(by: length)
                continue
            }
            guard end.byte + length < text.bytes.count else { break }
            let (next, _) = text.scalar(at: end.byte + length)
            let joinsWords = (CharacterClass.isApostrophe(scalar) || CharacterClass.isHyphen(scalar))
                && CharacterClass.isWordCharacter(next) && !TextFolder.isCombiningMark(next)
            let joinsDigits = (scalar == "." || scalar == ",") && CharacterClass.isDigit(previous) && CharacterClass.isDigit(next)
            guard joinsWords || joinsDigits else { break }
            previous = scalar
            isPlain = false
            end.advance(by: length)
        }
        return (end, isPlain)
    }

    /// Appends the token of a plain word: no elision, possessive or hyphen to look for, and its hash
    /// taken already.
    private func appendPlainWord(
        _ word: PlainWord, in text: UTF8Text, sentence: Int, punctuation: Punctuation, to tokens: inout [Token],
        words: inout WordTable
    ) {
        let bytes = UnsafeBufferPointer(rebasing: text.bytes[word.start.byte..<word.end.byte])
        let entry = word.isNumber
            ? Lexicon.Entry(digits: String(decoding: bytes, as: UTF8.self))
            : lexicon.entry(for: bytes, hash: word.hash, in: &words)
        tokens.append(Token(
            entry: entry, range: TextRange(start: word.start.scalar, end: word.end.scalar), sentence: sentence,
            punctuationBefore: punctuation, elision: nil, isNumber: word.isNumber
        ))
    }

    /// Splits one word into its hyphen-separated parts and appends a token for each.
    private func appendWord(
        _ text: UTF8Text, from start: UTF8Text.Position, to end: UTF8Text.Position, isPlain: Bool, sentence: Int,
        punctuation: Punctuation, to tokens: inout [Token], words: inout WordTable
    ) {
        let firstIndex = tokens.count
        var partStart = start
        var position = start
        // Hyphens are `-` or start with the byte 0xE2: most words have none, and are not walked.
        if isPlain || !text.bytes[start.byte..<end.byte].contains(where: { $0 == 0x2D || $0 == 0xE2 }) { position = end }
        while position.byte < end.byte {
            let (scalar, length) = text.scalar(at: position.byte)
            if CharacterClass.isHyphen(scalar) {
                appendToken(text, from: partStart, to: position, isPlain: false, sentence: sentence,
                            punctuation: tokens.count == firstIndex ? punctuation : .none, to: &tokens, words: &words)
                position.advance(by: length)
                partStart = position
            } else {
                position.advance(by: length)
            }
        }
        appendToken(text, from: partStart, to: end, isPlain: isPlain, sentence: sentence,
                    punctuation: tokens.count == firstIndex ? punctuation : .none, to: &tokens, words: &words)
        let count = tokens.count - firstIndex
        if count > 1 {
            let joined = tokens[firstIndex...].map(\.folded).joined()
            let key = lexicon.entry(written: joined, in: &words).key
            tokens[firstIndex].compound = Token.Compound(folded: joined, key: key, tokenCount: count)
        }
    }

    /// Appends the token of one part of a word, unless nothing is left of it once an elision or a
    /// possessive is removed. Tokens are built in place: they are large to copy.
    /// - Parameter isPlain: the part is only ASCII letters and digits, so it has no elision or
    ///   possessive to remove.
    private func appendToken(
        _ text: UTF8Text, from partStart: UTF8Text.Position, to end: UTF8Text.Position, isPlain: Bool, sentence: Int,
        punctuation: Punctuation, to tokens: inout [Token], words: inout WordTable
    ) {
        var start = partStart
        var end = end
        var elision: String?
        if language == .fr, !isPlain, let apostrophe = text.firstApostrophe(from: start, to: end) {
            let prefix = TextFolder.fold(utf8: text.bytes, start.byte..<apostrophe.position.byte)
            if FrenchElision.prefixes.contains(prefix) {
                elision = prefix
                start = apostrophe.position
                start.advance(by: apostrophe.length)
            }
        }
        if language == .en, !isPlain, end.scalar - start.scalar > 2, let possessive = text.possessiveEnding(before: end) {
            end = possessive
        }
        guard start.scalar < end.scalar else { return }
        let bytes = start.byte..<end.byte
        let range = TextRange(start: start.scalar, end: end.scalar)
        let isNumber = text.bytes[bytes].allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2C }
        let entry = isNumber
            ? Lexicon.Entry(digits: text.string(bytes))
            : lexicon.entry(for: UnsafeBufferPointer(rebasing: text.bytes[bytes]), in: &words)
        tokens.append(Token(
            entry: entry, range: range, sentence: sentence, punctuationBefore: punctuation,
            elision: elision, isNumber: isNumber
        ))
    }
}
