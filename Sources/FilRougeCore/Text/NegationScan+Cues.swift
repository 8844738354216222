/// Which words make a cue: a phrase (pseudo-negation, predicate, cue of several words), a French
/// `ne` and its second part, or a cue of one word.
extension NegationScan {
    /// The cue that starts at `index`, if one does.
    func cue(at index: Int) -> NegationCueWords? {
        let roles = roles(index)
        // A verb carrying an elided `n'` opens its `ne … pas` first (*n'oublie pas*), unless it makes
        // a pseudo-negation with it (*n'importe*).
        if roles.contains(.phraseStart), let (phrase, range) = phrase(anchoredAt: index),
           phrase.role == .pseudo || !carriesNe(index), !(phrase.withoutNe && negatesVerb(range)) {
            return cue(of: phrase, lead: range)
        }
        if french, roles.contains(.particle) || carriesNe(index) { return frame(at: index) }
        if roles.contains(.cue) { return single(at: index) }
        if roles.contains(.predicate) { return NegationCueWords(.predicate, lead: index..<(index + 1)) }
        return nil
    }

    /// True when the English `not` of a phrase negates a verb through `do` (*don't just cut your
    /// prices*, *do not simply*), rather than a word or a phrase (*not just a website*).
    private func negatesVerb(_ range: Range<Int>) -> Bool {
        guard !french else { return false }
        for index in range where roles(index).contains(.not) {
            let folded = tokens[index].folded
            if ["dont", "doesnt", "didnt", "don't", "doesn't", "didn't"].contains(folded) { return true }
            if folded == "not", index > 0, ["do", "does", "did"].contains(tokens[index - 1].folded) { return true }
        }
        return false
    }

    /// The cue a phrase makes, its words in `lead` (and `tail` after a `ne`).
    private func cue(of phrase: NegationPhrase, lead: Range<Int>, tail: Range<Int>? = nil) -> NegationCueWords {
        switch phrase.role {
        case .pseudo:
            return NegationCueWords(.pseudo, lead: lead, tail: tail)
        case .predicate:
            return NegationCueWords(.predicate, lead: lead, tail: tail)
        case .objectPredicate:
            var cue = NegationCueWords(.predicate, lead: lead, tail: tail)
            cue.objectOnly = true
            return cue
        case .cue:
            return NegationCueWords(.preceding, lead: lead, tail: tail)
        }
    }

    /// The cue a French `ne` (or an elided `n'`) opens: with its second part (`pas`, `plus`,
    /// `jamais`…) and what completes it, `ne … que` (only), or `ne` alone.
    private func frame(at index: Int) -> NegationCueWords {
        let carrier = carriesNe(index)
        // `ne sert à rien`, `ne vaut pas le coup`: a predicate named by its verb.
        if !carrier {
            var verb = index + 1
            while verb < min(count, index + 4), isJoined(verb), roles(verb).contains(.clitic) { verb += 1 }
            if isJoined(verb), roles(verb).contains(.phraseStart), let (phrase, range) = phrase(anchoredAt: verb),
               range.lowerBound == verb {
                return cue(of: phrase, lead: index..<(index + 1), tail: range)
            }
        }
        var position = index + 1
        while position < min(count, index + 6), isJoined(position) {
            // `ne … que` means "only": *tu n'as qu'à créer un site*.
            if isQue(position) {
                return NegationCueWords(.pseudo, lead: index..<(index + 1), tail: position..<(position + 1))
            }
            if roles(position).contains(.secondPart), !isNoun(position) {
                return frame(at: index, secondPart: position, carrier: carrier)
            }
            position += 1
        }
        return NegationCueWords(.preceding, lead: index..<(index + 1), carriesVerb: carrier)
    }

    /// The cue of a `ne` at `index` whose second part stands at `secondPart`.
    private func frame(at index: Int, secondPart: Int, carrier: Bool) -> NegationCueWords {
        let lead = index..<(index + 1)
        var last = secondPart
        while true {
            // `pas besoin`, `pas mal`, `aucun intérêt`, `rien à perdre`.
            if roles(last).contains(.phraseStart), let (phrase, range) = phrase(anchoredAt: last), range.lowerBound == last, !phrase.withoutNe {
                var cue = cue(of: phrase, lead: lead, tail: secondPart..<range.upperBound)
                cue.carriesVerb = carrier && phrase.role != .pseudo
                return cue
            }
            // Negative words in a row make one second part: `jamais rien`, `plus aucun`.
            guard isJoined(last + 1), roles(last + 1).contains(.secondPart), !roles(last + 1).contains(.coordinator) else {
                break
            }
            last += 1
        }
        let tail = secondPart..<(last + 1)
        // `il n'y a pas que` means "not only"; `je ne pense pas que`, `il ne faut pas que tu` negate
        // the clause they introduce.
        if isJoined(last + 1), isQue(last + 1),
           !(index..<secondPart).contains(where: { roles($0).contains(.belief) }), !clauseFollowsQue(at: last + 1) {
            return NegationCueWords(.pseudo, lead: lead, tail: secondPart..<(last + 2))
        }
        return NegationCueWords(.preceding, lead: lead, tail: tail, carriesVerb: carrier)
    }

    /// The cue a negative word opens on its own (`pas`, `sans`, `jamais`, `not`, `never`), with the
    /// negative words right after it (`sans aucun`, `jamais rien`); nil when it is a noun here.
    private func single(at index: Int) -> NegationCueWords? {
        // `un pas`, `les premiers pas`: the noun, a step.
        if index > 0, isJoined(index), roles(index - 1).contains(.nounMarker) { return nil }
        var last = index
        while isJoined(last + 1), roles(last + 1).contains(.secondPart), !roles(last + 1).contains(.coordinator) {
            last += 1
        }
        // `pas que` means "not only", unless a verb of belief (*je pense pas que*) or a clause
        // (*pas que tu…*) makes it a negation of what follows.
        if french, isJoined(last + 1), isQue(last + 1) {
            let afterBelief = index > 0 && isJoined(index) && roles(index - 1).contains(.belief)
            if !afterBelief, !clauseFollowsQue(at: last + 1) { return NegationCueWords(.pseudo, lead: index..<(last + 2)) }
        }
        var cue = NegationCueWords(.preceding, lead: index..<(last + 1))
        cue.isEnglishNot = roles(index).contains(.not)
        return cue
    }

    /// True for `que` or a word carrying an elided `qu'`.
    private func isQue(_ index: Int) -> Bool {
        french && (tokens[index].folded == "que" || (tokens[index].elision != nil && tokens[index].elision == "qu"))
    }

    /// True when the `que` at `index` introduces a clause: a subject follows it (*que tu*, *qu'il*).
    private func clauseFollowsQue(at index: Int) -> Bool {
        if tokens[index].elision != nil { return roles(index).contains(.clauseStart) }
        return isJoined(index + 1) && startsClause(index + 1)
    }

    /// True for a second part that is a noun here: *je ne fais pas un pas*.
    private func isNoun(_ index: Int) -> Bool {
        index > 0 && isJoined(index) && roles(index - 1).contains(.nounMarker)
    }
}
