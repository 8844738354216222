/// Matching the phrases of negation on the words of a text, elided words included: `n'importe` is
/// the two words `n` and `importe`, `pas d'intérêt` the three words `pas`, `d`, `interet`.
extension NegationScan {
    /// A word as phrases read it: a token's elided word, or the token's own word.
    private struct WordPlace {
        var token: Int
        var elided: Bool
    }

    /// The longest phrase anchored at `index` that the words around it make, and the tokens it spans.
    func phrase(anchoredAt index: Int) -> (NegationPhrase, Range<Int>)? {
        guard let candidates = phrases(anchoredAt: index) else { return nil }
        let anchor = WordPlace(token: index, elided: false)
        let nextByte = place(after: anchor).map(firstByte(at:)) ?? 0
        let previousByte = place(before: anchor).map(firstByte(at:)) ?? 0
        for candidate in candidates.indices {
            // Most phrases tried are refused by the first letter of a neighbour, without a look at their words.
            let next = candidates[candidate].nextByte
            let previous = candidates[candidate].previousByte
            if (next != 0 && next != nextByte) || (previous != 0 && previous != previousByte) { continue }
            if let range = match(candidates[candidate], anchoredAt: index) { return (candidates[candidate], range) }
        }
        return nil
    }

    /// The phrases whose anchor is the word at `index`: those of any `not` for an English `not`.
    private func phrases(anchoredAt index: Int) -> [NegationPhrase]? {
        if vocabulary.readsNot, roles(index).contains(.not) { return vocabulary.notPhrases }
        guard let first = tokens[index].entry.foldedStart else { return nil }
        let folded = tokens[index].folded
        for group in vocabulary.phrasesByFirstByte[Int(first)] where group.anchor == folded {
            return group.phrases
        }
        return nil
    }

    /// The first byte of the word at `place`.
    private func firstByte(at place: WordPlace) -> UInt8 {
        place.elided ? tokens[place.token].elision?.utf8.first ?? 0 : tokens[place.token].entry.foldedStart ?? 0
    }

    /// The tokens `phrase` spans when its anchor stands at `index`, or nil when the words around
    /// are not the phrase's.
    private func match(_ phrase: NegationPhrase, anchoredAt index: Int) -> Range<Int>? {
        var place = WordPlace(token: index, elided: false)
        for offset in (phrase.anchor + 1)..<phrase.words.count {
            guard let next = self.place(after: place), matches(phrase.words[offset], at: next) else { return nil }
            place = next
        }
        let last = place.token
        place = WordPlace(token: index, elided: false)
        for offset in stride(from: phrase.anchor - 1, through: 0, by: -1) {
            guard let previous = self.place(before: place), matches(phrase.words[offset], at: previous) else { return nil }
            place = previous
        }
        return place.token..<(last + 1)
    }

    /// The word after `place`, unless punctuation stands between.
    private func place(after place: WordPlace) -> WordPlace? {
        if place.elided { return WordPlace(token: place.token, elided: false) }
        let next = place.token + 1
        guard isJoined(next) else { return nil }
        return WordPlace(token: next, elided: tokens[next].elision != nil)
    }

    /// The word before `place`, unless punctuation stands between.
    private func place(before place: WordPlace) -> WordPlace? {
        if !place.elided, tokens[place.token].elision != nil { return WordPlace(token: place.token, elided: true) }
        guard place.token > 0, isJoined(place.token) else { return nil }
        return WordPlace(token: place.token - 1, elided: false)
    }

    private func matches(_ word: NegationPhrase.Word, at place: WordPlace) -> Bool {
        switch word {
        case .text(let text):
            return place.elided ? tokens[place.token].elision == text : tokens[place.token].folded == text
        case .not:
            return !place.elided && roles(place.token).contains(.not)
        }
    }
}
