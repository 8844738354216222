/// Finds negations and the words they cover, so that *je n'ai pas besoin d'un site web* does not earn
/// credit for *site web*, while *non seulement un site web* or *not only a website* still does.
///
/// A negation opens at a cue (`ne … pas`, `n'… jamais`, `pas`, `sans`, `ni`, `non`; `not`, `n't`, `no`,
/// `never`, `without`, `nor`…) and covers the words after it until punctuation, a word of contrast
/// (`mais`, `but`, `however`…), or a few words. Set phrases that only look negative are not negations:
/// `non seulement`, `pas mal`, `sans doute`, `ne … que` (only), `n'importe`; `not only`, `no doubt`,
/// `not bad`, `no matter`. After a word that is itself negative (`négliger`, `hésiter`, `ignore`,
/// `hesitate`…), what follows is affirmed again: *n'hésite pas à créer un site* recommends a site.
public struct NegationDetector: Sendable {
    public let language: Language

    /// How many words after its cue a negation covers at most.
    public static let scopeLength = 6

    public init(language: Language) {
        self.language = language
    }

    /// Marks the cues and the negated words of `tokens`.
    public func mark(_ tokens: inout [Token]) {
        let words = language == .fr ? Self.french : Self.english
        var index = 0
        while index < tokens.count {
            // Most words play no part in negations and carry no elided `n'`: nothing to look for.
            guard !tokens[index].negationRoles.isEmpty || tokens[index].elision != nil else {
                index += 1
                continue
            }
            // A set phrase (`pas à pas`, `not only`) is passed over whole.
            if let length = setPhraseLength(at: index, in: tokens, words: words) {
                index += length
                continue
            }
            guard let cue = cue(at: index, in: tokens, words: words) else {
                index += 1
                continue
            }
            tokens[cue.first].isNegationCue = true
            if let second = cue.second { tokens[second].isNegationCue = true }
            // The scope starts after the first part (`ne` covers its verb) and runs past the last.
            var scopeIndex = cue.first + (cue.coversFirst ? 0 : 1)
            let lastPart = cue.last
            var wordsAfter = 0
            while scopeIndex < tokens.count {
                if scopeIndex > cue.first, tokens[scopeIndex].followsPunctuation { break }
                if scopeIndex > lastPart {
                    if tokens[scopeIndex].negationRoles.contains(.contrast) { break }
                    wordsAfter += 1
                    if wordsAfter > Self.scopeLength { break }
                }
                // The cue words themselves are not negated, except a verb carrying an elided `n'`.
                let isVerbWithCue = cue.coversFirst && scopeIndex == cue.first
                if isVerbWithCue || !cue.contains(scopeIndex) {
                    tokens[scopeIndex].negatedBy = cue.first
                    if tokens[scopeIndex].negationRoles.contains(.reversing) {
                        scopeIndex += 1
                        break
                    }
                }
                scopeIndex += 1
            }
            index = max(lastPart + 1, cue.first + 1)
        }
    }

    /// The words that make one negation: a cue alone (`pas`, `not`), or `ne` and its second part.
    private struct Cue {
        var first: Int
        var second: Int?
        /// True when the first word is negated too: a verb carrying an elided `n'`.
        var coversFirst: Bool

        var last: Int {
            second ?? first
        }

        func contains(_ index: Int) -> Bool {
            index == first || index == second
        }
    }

    /// The tokens that make a negation starting at `index`, if one starts there.
    private func cue(at index: Int, in tokens: [Token], words: Words) -> Cue? {
        let roles = tokens[index].negationRoles
        let elidedNe = language == .fr && tokens[index].elision == "n"
        if elidedNe || roles.contains(.particle) {
            // `n'` elided onto its verb: the verb itself is negated. `ne` alone: what follows is.
            if elidedNe, tokens[index].folded == "importe" { return nil }
            var lookahead = index + 1
            while lookahead < tokens.count, lookahead <= index + 4, !tokens[lookahead].followsPunctuation {
                // `ne … que` means "only".
                if tokens[lookahead].folded == "que" || tokens[lookahead].elision == "qu" { return nil }
                if tokens[lookahead].negationRoles.contains(.secondPart) {
                    if setPhraseLength(at: lookahead, in: tokens, words: words) != nil { return nil }
                    return Cue(first: index, second: lookahead, coversFirst: elidedNe)
                }
                lookahead += 1
            }
            return Cue(first: index, coversFirst: elidedNe)
        }
        guard roles.contains(.cue) else { return nil }
        // `un pas`, `les premiers pas`, `petit pas`: the noun, not the negation.
        if index > 0, !tokens[index].followsPunctuation, words.nounMarkers[tokens[index].folded]?.contains(tokens[index - 1].folded) == true {
            return nil
        }
        return Cue(first: index, coversFirst: false)
    }

    /// How many words make the phrase starting at `index`, when they make one that only looks
    /// negative (`pas mal`, `pas à pas`, `no doubt`).
    private func setPhraseLength(at index: Int, in tokens: [Token], words: Words) -> Int? {
        guard tokens[index].negationRoles.contains(.phraseStart),
              let rests = words.setPhraseRests[tokens[index].folded] else { return nil }
        // The words are compared one by one with the rest of each phrase: no phrase to build.
        for next in (index + 1)..<min(tokens.count, index + 3) {
            if tokens[next].followsPunctuation { return nil }
            let length = next - index
            let found = rests.contains { rest in
                rest.count == length && rest.indices.allSatisfy { rest[$0] == tokens[index + 1 + $0].folded }
            }
            if found { return length + 1 }
        }
        return nil
    }

    /// The parts `folded` can play in negations of `language`.
    static func roles(of folded: String, language: Language) -> NegationRoles {
        let words = language == .fr ? french : english
        var roles = words.exactRoles[folded] ?? []
        if language == .en, folded.hasSuffix("n't") { roles.insert(.cue) }
        // Most words start like no negative word: one look at their first letters settles it.
        if words.reversingStarts.contains(Words.start(of: folded)), words.reversing.contains(where: folded.hasPrefix) {
            roles.insert(.reversing)
        }
        return roles
    }

    /// The words of negation in one language, arranged for the look-ups grading makes. A class, so
    /// that taking a language's words is one reference, not a copy of five tables.
    final class Words: Sendable {
        /// The roles of the words that play one whole, for one look-up per new word.
        let exactRoles: [String: NegationRoles]
        /// The words after the first of each set phrase, by its first word.
        let setPhraseRests: [String: [[String]]]
        /// Starts of negative words after which the scope ends: negating them affirms what follows.
        let reversing: [String]
        /// The first three letters of the reversing words.
        let reversingStarts: Set<String>
        /// For a cue that is also a noun, the words before it that make it the noun.
        let nounMarkers: [String: Set<String>]

        /// - Parameters:
        ///   - single: cues that negate on their own.
        ///   - secondParts: French second parts after `ne`.
        ///   - setPhrases: phrases of two or three words, starting with a cue, that are not negations.
        ///   - contrast: words of contrast that end a negation's scope.
        ///   - particles: the French `ne`.
        init(
            single: Set<String>, secondParts: Set<String>, setPhrases: Set<String>, contrast: Set<String>,
            reversing: [String], nounMarkers: [String: Set<String>] = [:], particles: Set<String> = []
        ) {
            var rests: [String: [[String]]] = [:]
            for phrase in setPhrases {
                let words = phrase.split(separator: " ").map(String.init)
                guard let first = words.first else { continue }
                rests[first, default: []].append(Array(words.dropFirst()))
            }
            var exact: [String: NegationRoles] = [:]
            for word in particles { exact[word, default: []].insert(.particle) }
            for word in single { exact[word, default: []].insert(.cue) }
            for word in secondParts { exact[word, default: []].insert(.secondPart) }
            for word in contrast { exact[word, default: []].insert(.contrast) }
            for word in rests.keys { exact[word, default: []].insert(.phraseStart) }
            self.exactRoles = exact
            self.setPhraseRests = rests
            self.reversing = reversing
            self.reversingStarts = Set(reversing.map(Self.start(of:)))
            self.nounMarkers = nounMarkers
        }

        /// A word's first three characters, which every reversing start is at least as long as.
        static func start(of word: String) -> String {
            String(word.prefix(3))
        }
    }

    static let french = Words(
        single: ["pas", "sans", "ni", "non", "jamais", "aucun", "aucune", "rien", "nullement"],
        secondParts: ["pas", "plus", "jamais", "rien", "aucun", "aucune", "personne", "guere", "nullement", "point", "ni"],
        setPhrases: [
            "pas mal", "pas seulement", "pas que", "pas uniquement", "pas forcement que",
            "non seulement", "non plus", "sans doute", "sans aucun doute", "sans oublier", "sans compter",
            "rien que", "rien a perdre", "rien a craindre", "pas a pas",
        ],
        contrast: ["mais", "cependant", "pourtant", "toutefois", "neanmoins", "sauf", "contre", "plutot", "avant", "sinon", "tant"],
        reversing: ["neglig", "oubli", "ignor", "hesit", "peur", "craind", "sous-estim", "sousestim", "tard", "attend", "delaiss"],
        nounMarkers: ["pas": [
            "un", "le", "les", "des", "du", "au", "ce", "ces", "mon", "ton", "son", "mes", "tes", "ses", "nos", "vos",
            "leurs", "premier", "premiers", "petit", "petits", "grand", "grands", "faux", "bon", "bons", "meme", "dernier",
        ]],
        particles: ["ne"]
    )

    static let english = Words(
        single: ["not", "no", "never", "without", "nor", "none", "neither", "nothing", "nobody", "cannot"],
        secondParts: [],
        setPhrases: [
            "not only", "not just", "not merely", "not simply", "not bad", "no doubt", "no matter", "no wonder",
            "without doubt", "without a doubt", "nothing but", "never mind", "nothing to lose", "nothing to fear",
        ],
        contrast: ["but", "however", "though", "although", "yet", "instead", "except", "rather", "whereas", "before", "until", "unless", "otherwise"],
        reversing: ["neglect", "ignor", "forget", "forgot", "hesitat", "afraid", "fear", "underestimat", "overlook", "wait", "late", "delay"]
    )
}
