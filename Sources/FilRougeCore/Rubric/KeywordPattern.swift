/// A keyword of a rubric, compiled into the token sequences that evidence it.
///
/// `site web` is the sequence *site*, *web*; `factur*` is any word starting with *factur*; `e-mail`
/// is both *e*, *mail* and the single word *email*, since learners write it every way; `=RGPD`
/// matches that exact word only, without stemming or typos; `50` and `cinquante` match either.
public struct KeywordPattern: Equatable, Sendable {
    /// The keyword as the trainer wrote it.
    public var source: String
    /// Each alternative is a sequence of terms matched on consecutive tokens.
    public var alternatives: [[PatternTerm]]
    /// True when the keyword itself says a negation (`n'a pas évolué`, `never too late`): its
    /// matches count even inside a negation, since the negation is what the trainer asked for.
    public var includesNegation: Bool = false

    /// Compiles `source` with the analyzer replies are read with.
    public static func compile(_ source: String, analyzer: TextAnalyzer) -> Result<KeywordPattern, PatternError> {
        // Spaces and tabs around the keyword do not count (Foundation's trimming is slow enough to
        // show when a large scenario is loaded).
        var trimmed = Substring(source)
        while let first = trimmed.first, first.isWhitespace, !first.isNewline { trimmed.removeFirst() }
        while let last = trimmed.last, last.isWhitespace, !last.isNewline { trimmed.removeLast() }
        let exact = trimmed.hasPrefix("=")
        let body = String(exact ? trimmed.dropFirst() : trimmed)
        let scalars = Array(body.unicodeScalars)
        for (offset, scalar) in scalars.enumerated() where scalar == "*" {
            let before = offset > 0 ? scalars[offset - 1] : " "
            let after = offset + 1 < scalars.count ? scalars[offset + 1] : " "
            if !CharacterClass.isWordCharacter(before) || CharacterClass.isWordCharacter(after) || after == "*" {
                return .failure(.misplacedStar)
            }
        }
        let tokens = analyzer.tokens(of: body)
        guard !tokens.isEmpty else { return .failure(.noWord) }
        guard tokens.count <= maximumWords else { return .failure(.tooManyWords) }

        var alternatives: [[PatternTerm]] = [[]]
        var hyphenatedWords = 0
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if let span = token.numberSpan, !exact {
                Self.append(.number(span.value, tokenCount: span.tokenCount), to: &alternatives)
                index += span.tokenCount
            } else if let compound = token.compound, index + compound.tokenCount <= tokens.count {
                hyphenatedWords += 1
                guard hyphenatedWords <= maximumHyphenatedWords else { return .failure(.tooManyHyphenatedWords) }
                let parts = tokens[index..<(index + compound.tokenCount)]
                let separate = parts.map { term(for: $0, in: scalars, exact: exact) }
                let joined: PatternTerm
                if case .prefix = separate.last {
                    joined = .prefix(compound.folded)
                } else if exact {
                    joined = .exact(compound.folded)
                } else {
                    joined = .word(key: compound.key, folded: compound.folded, fuzzy: true)
                }
                alternatives = alternatives.flatMap { [$0 + separate, $0 + [joined]] }
                index += compound.tokenCount
            } else {
                Self.append(term(for: token, in: scalars, exact: exact), to: &alternatives)
                index += 1
            }
        }
        return .success(KeywordPattern(source: source, alternatives: alternatives, includesNegation: tokens.contains(where: \.isNegationCue)))
    }

    /// The most words a keyword may have: a keyword names an idea in a few words, and a longer one
    /// is a paste gone wrong that no reply would ever say word for word.
    public static let maximumWords = 100

    /// The most hyphenated words a keyword may have. Each is matched both joined and apart, which
    /// doubles the sequences the keyword stands for: eight make 256, and 24 made 16 million, which
    /// took gigabytes to compile. No keyword an idea is said with needs more than a few.
    public static let maximumHyphenatedWords = 8

    /// The keyword as a message quotes it: whole when it is short, its first characters and `…`
    /// otherwise, so that a keyword of a megabyte is not copied into its own error.
    public static func excerpt(of source: String, characters: Int = 60) -> String {
        guard source.unicodeScalars.count > characters else { return source }
        return String(String.UnicodeScalarView(source.unicodeScalars.prefix(characters))) + "…"
    }

    /// Adds `term` to the end of every alternative in place: building each anew with `+` copied
    /// the whole sequence at every word, and a phrase of thousands of words took seconds.
    private static func append(_ term: PatternTerm, to alternatives: inout [[PatternTerm]]) {
        for index in alternatives.indices { alternatives[index].append(term) }
    }

    private static func term(for token: Token, in scalars: [Unicode.Scalar], exact: Bool) -> PatternTerm {
        let end = token.range.end
        if end < scalars.count, scalars[end] == "*" {
            return .prefix(token.folded)
        }
        if exact { return .exact(token.folded) }
        if let number = token.number { return .number(number, tokenCount: 1) }
        return .word(key: token.key, folded: token.folded, fuzzy: !token.isNegationCue, lemmaKeys: token.keywordLemmaKeys)
    }

    /// The shortest prefix term of the pattern, for warning about prefixes that match too much.
    public var shortestPrefix: String? {
        alternatives.joined().compactMap { term -> String? in
            if case .prefix(let prefix) = term { return prefix }
            return nil
        }.min { $0.count < $1.count }
    }
}

/// Why a keyword cannot be compiled.
public enum PatternError: Error, Equatable, Sendable {
    case noWord
    case misplacedStar
    case tooManyWords
    case tooManyHyphenatedWords

    public var message: String {
        switch self {
        case .tooManyWords:
            return "has more than \(KeywordPattern.maximumWords) words; a keyword is the few words that say an idea"
        case .tooManyHyphenatedWords:
            return "has more than \(KeywordPattern.maximumHyphenatedWords) hyphenated words, each matched both joined and apart ('e-mail' and 'email'); write the few words that say an idea"
        case .noWord: return "has no word to match"
        case .misplacedStar: return "has a '*' that does not end a word ('*' marks a prefix, as in 'factur*')"
        }
    }
}
