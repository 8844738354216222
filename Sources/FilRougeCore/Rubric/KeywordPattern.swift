/// A keyword of a rubric, compiled into the token sequences that evidence it.
///
/// `site web` is the sequence *site*, *web*; `factur*` is any word starting with *factur*; `e-mail`
/// is both *e*, *mail* and the single word *email*, since learners write it every way.
public struct KeywordPattern: Equatable, Sendable {
    /// The keyword as the trainer wrote it.
    public var source: String
    /// Each alternative is a sequence of terms matched on consecutive tokens.
    public var alternatives: [[PatternTerm]]

    /// Compiles `source` with the analyzer replies are read with.
    public static func compile(_ source: String, analyzer: TextAnalyzer) -> Result<KeywordPattern, PatternError> {
        let scalars = Array(source.unicodeScalars)
        for (offset, scalar) in scalars.enumerated() where scalar == "*" {
            let before = offset > 0 ? scalars[offset - 1] : " "
            let after = offset + 1 < scalars.count ? scalars[offset + 1] : " "
            if !CharacterClass.isWordCharacter(before) || CharacterClass.isWordCharacter(after) || after == "*" {
                return .failure(.misplacedStar)
            }
        }
        let tokens = analyzer.tokens(of: source)
        guard !tokens.isEmpty else { return .failure(.noWord) }

        var alternatives: [[PatternTerm]] = [[]]
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if let compound = token.compound, index + compound.tokenCount <= tokens.count {
                let parts = tokens[index..<(index + compound.tokenCount)]
                let separate = parts.map { term(for: $0, in: scalars) }
                let lastIsPrefix = separate.last.map { if case .prefix = $0 { true } else { false } } ?? false
                let joined: PatternTerm = lastIsPrefix ? .prefix(compound.folded) : .word(key: compound.key)
                alternatives = alternatives.flatMap { [$0 + separate, $0 + [joined]] }
                index += compound.tokenCount
            } else {
                let next = term(for: token, in: scalars)
                alternatives = alternatives.map { $0 + [next] }
                index += 1
            }
        }
        return .success(KeywordPattern(source: source, alternatives: alternatives))
    }

    private static func term(for token: Token, in scalars: [Unicode.Scalar]) -> PatternTerm {
        let end = token.range.end
        if end < scalars.count, scalars[end] == "*" {
            return .prefix(token.folded)
        }
        return .word(key: token.key)
    }

    /// The shortest prefix term of the pattern, for warning about prefixes that match too much.
    public var shortestPrefix: String? {
        alternatives.joined().compactMap { term -> String? in
            if case .prefix(let prefix) = term { return prefix }
            return nil
        }.min { $0.count < $1.count }
    }
}

/// One position of a keyword pattern.
public enum PatternTerm: Equatable, Hashable, Sendable {
    /// A token whose key is this key.
    case word(key: String)
    /// A token whose folded form starts with this text.
    case prefix(String)

    func matches(_ token: Token) -> Bool {
        switch self {
        case .word(let key): return token.key == key
        case .prefix(let prefix): return token.folded.hasPrefix(prefix)
        }
    }
}

/// Why a keyword cannot be compiled.
public enum PatternError: Error, Equatable, Sendable {
    case noWord
    case misplacedStar

    public var message: String {
        switch self {
        case .noWord: return "has no word to match"
        case .misplacedStar: return "has a '*' that does not end a word ('*' marks a prefix, as in 'factur*')"
        }
    }
}
