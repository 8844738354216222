/// One reading of a text's negations, after the NegEx design (Chapman et al.) and its French
/// adaptation: it finds each cue, reads how far its scope runs, and marks the tokens it covers.
///
/// The scan walks the tokens once. Most words open nothing and cost one test of their roles; a cue
/// costs a walk over its clause, at most ``NegationDetector/scopeLength`` words each way.
struct NegationScan {
    let tokens: UnsafeMutableBufferPointer<Token>
    let vocabulary: NegationVocabulary
    let french: Bool

    /// The most words a scope covers on either side of its cue.
    var limit: Int { NegationDetector.scopeLength }

    var count: Int { tokens.count }

    func roles(_ index: Int) -> NegationRoles {
        tokens[index].negationRoles
    }

    /// True when the word carries an elided French `n'` (`n'ai`, `n'en`).
    func carriesNe(_ index: Int) -> Bool {
        french && tokens[index].elision != nil && tokens[index].elision == "n"
    }

    /// True when `index` is a word and no punctuation stands between it and the word before.
    func isJoined(_ index: Int) -> Bool {
        index < count && tokens[index].punctuationBefore == .none
    }

    /// Finds every cue of the text and marks the words each covers.
    func run<Recording: NegationRecording>(_ recording: inout Recording) {
        var index = 0
        while index < count {
            // Most words play no part in negations and carry no elided `n'`; a word already covered
            // (a predicate inside a negation) opens nothing of its own.
            guard !roles(index).isDisjoint(with: .opening) || carriesNe(index), tokens[index].negatedBy == nil,
                  let cue = cue(at: index) else {
                index += 1
                continue
            }
            index = apply(cue, recording: &recording)
        }
    }

    /// Marks the words of `cue` and those it covers, reports it, and tells where to look next.
    private func apply<Recording: NegationRecording>(_ cue: NegationCueWords, recording: inout Recording) -> Int {
        guard cue.kind != .pseudo else {
            recording.record(.pseudo, lead: cue.lead, tail: cue.tail, endedBy: nil)
            return cue.last + 1
        }
        let head = cue.lead.lowerBound
        let start = cue.last + 1
        let (end, endedBy) = scopeEnd(from: start)
        // A negated negative word (`n'hésite pas`, `don't forget`) is all the negation covers: what
        // follows is affirmed.
        if let reversed = reversingWord(of: cue, before: min(end, start + 3)) {
            markCue(cue, head: head)
            for index in cue.interior.lowerBound..<max(cue.interior.lowerBound, reversed + 1) where !cue.contains(index) {
                cover(index, by: head)
            }
            recording.record(.pseudo, lead: cue.lead, tail: cue.tail, endedBy: nil)
            return max(start, reversed + 1)
        }
        var words = cue
        // A cue with no idea after it before its clause ends follows the idea it negates (*je ne
        // pense pas*, *not really*); one that runs into another negation does not stand alone.
        let clauseEnds = end >= count || tokens[end].punctuationBefore != .none || !opensNegation(end)
        let standsAlone = clauseEnds && carriesNoIdea(start..<end, allowingVerb: cue.isEnglishNot)
        if words.kind == .preceding, standsAlone { words.kind = .following }
        var forwardStart = start
        // `pas du tout`, `don't think so`: words after a following cue that carry no idea are part of it.
        if words.kind == .following, start < end, carriesNoIdea(start..<end, allowingVerb: false) {
            if words.tail.isEmpty {
                words.lead = words.lead.lowerBound..<end
            } else {
                words.tail = words.tail.lowerBound..<end
            }
            forwardStart = end
        }
        markCue(words, head: head)
        for index in words.interior { cover(index, by: head) }
        for index in forwardStart..<end { cover(index, by: head) }
        if words.kind != .preceding {
            // The verb a following cue negates: one `ne … pas` frames, or the one after an English
            // `not`. A predicate's verb (*n'a aucun intérêt*, *n'est pas nécessaire*) is the predicate's.
            var verbs = words.interior
            if cue.carriesVerb { verbs = cue.lead.lowerBound..<verbs.upperBound }
            let ownsVerb = words.kind == .following
                && (!carriesNoIdea(verbs, allowingVerb: false) || !carriesNoIdea(start..<end, allowingVerb: false))
            reachBack(
                from: head, clauseEnd: max(end, words.last + 1), objectOnly: words.objectOnly, standsAlone: standsAlone,
                ownsVerb: ownsVerb, head: head
            )
        }
        if words.kind == .preceding, negatesBenefit(words) {
            // *TikTok ne t'apportera aucun client*: the subject is what is turned down.
            reachBack(from: head, clauseEnd: max(end, words.last + 1), objectOnly: false, standsAlone: false, ownsVerb: false, head: head)
        }
        if standsForAnsweredIdea(head), let fragment = answeredFragment(before: head) {
            // *Des réseaux sociaux ? Aucun ne te sera utile.*
            for index in fragment { cover(index, by: head) }
        }
        if french, words.kind != .predicate, !words.tail.isEmpty { markInserts(of: words) }
        recording.record(words.kind, lead: words.lead, tail: words.tail, endedBy: endedBy)
        return max(words.last + 1, forwardStart)
    }

    /// True when the cue negates a verb of benefit: the one `ne … pas` frames, or the one right after
    /// an English `not` (*won't bring*, *doesn't help*).
    private func negatesBenefit(_ cue: NegationCueWords) -> Bool {
        let verbs = cue.isEnglishNot ? cue.last + 1..<min(count, cue.last + 2) : cue.interior
        return verbs.contains { index in
            let folded = tokens[index].folded
            return vocabulary.benefitVerbs.contains { folded.hasPrefix($0) }
        }
    }

    /// True when the word at `head` is a negative pronoun opening its sentence (`Aucun ne…`,
    /// `None of them…`): it stands for what the sentence before named.
    private func standsForAnsweredIdea(_ head: Int) -> Bool {
        guard head > 0, tokens[head].punctuationBefore.endsClause,
              vocabulary.negativePronouns.contains(tokens[head].folded) else { return false }
        // In French the pronoun is the subject of a `ne`: *aucun site* names a new idea.
        return !french || (head + 1 < count && (roles(head + 1).contains(.particle) || carriesNe(head + 1)))
    }

    /// Marks the negative words of the cue as cues (`pas` of `pas besoin`, not `besoin`; not
    /// `inutile`): a keyword with one of them says a negation and counts inside one (`pas besoin de
    /// grand-chose`), while a keyword that only names a negative idea (`give up`, `inutile`) does not.
    /// A verb carrying an elided `n'` is a cue word, and negated too.
    ///
    /// The other words of a cue that has a negative word are negated by it as keywords see them: `besoin` in *pas
    /// besoin* is no need, `sert` in *ça ne sert à rien* no use, so a keyword `besoin*` is not met
    /// by *pas besoin d'un plan*. A cue with no negative word (`inutile`) keeps its words, which a
    /// misconception may name.
    private func markCue(_ cue: NegationCueWords, head: Int) {
        var negative = false
        for index in cue.lead where isNegativeWord(index) { tokens[index].isNegationCue = true; negative = true }
        for index in cue.tail where isNegativeWord(index) { tokens[index].isNegationCue = true; negative = true }
        if negative, cue.kind != .pseudo {
            for index in Array(cue.lead) + Array(cue.tail) where !tokens[index].isNegationCue {
                tokens[index].isNegatedCueWord = true
            }
        }
        if cue.carriesVerb { tokens[cue.lead.lowerBound].negatedBy = head }
    }

    /// True for a word that says a negation by itself (`pas`, `ne`, `n'`, `aucun`, `not`, `don't`).
    private func isNegativeWord(_ index: Int) -> Bool {
        !roles(index).isDisjoint(with: [.cue, .particle, .secondPart, .not]) || carriesNe(index)
    }

    /// Puts a word in the scope of the cue starting at `head`, unless a cue or an earlier scope has it.
    func cover(_ index: Int, by head: Int) {
        guard tokens[index].negatedBy == nil, !tokens[index].isNegationCue else { return }
        tokens[index].negatedBy = head
    }

    /// The first negative word among the cue's own verb, the words it frames and the first words
    /// after it, when there is one (`hésite`, `peur`, `tard`, `forget`).
    private func reversingWord(of cue: NegationCueWords, before end: Int) -> Int? {
        // `ni`, `nor` and `neither` join the members of a list: *nor expensive software* names one
        // more thing turned down, it does not say the software is cheap.
        if cue.lead.count == 1, cue.tail.isEmpty, roles(cue.lead.lowerBound).contains(.coordinator) { return nil }
        let first = cue.carriesVerb ? cue.lead.lowerBound : cue.interior.lowerBound
        for index in first..<max(first, end) where isReversing(index) {
            if cue.contains(index), index != cue.lead.lowerBound || !cue.carriesVerb { continue }
            // A hyphenated negative word (`sous-estime`) is read whole, and ends where its parts do.
            return index + max(0, (tokens[index].compound?.tokenCount ?? 1) - 1)
        }
        return nil
    }

    /// True when the word at `index` is a negative word, alone or as the first part of a
    /// hyphenated one (`sous-estime`, whose parts `sous` and `estime` are not negative).
    private func isReversing(_ index: Int) -> Bool {
        if roles(index).contains(.reversing) { return true }
        guard let compound = tokens[index].compound else { return false }
        return vocabulary.roles(of: compound.folded).contains(.reversing)
    }

    /// Marks the words a French negation puts between a verb and what it governs: the words after
    /// the verb it frames, and its second part (`surtout pas` of *ne baisse surtout pas tes prix*).
    private func markInserts(of cue: NegationCueWords) {
        var verbFound = cue.carriesVerb
        for index in cue.interior {
            if verbFound {
                tokens[index].isNegationInsert = true
            } else if !roles(index).contains(.clitic) {
                verbFound = true
            }
        }
        guard verbFound else { return }
        for index in cue.tail { tokens[index].isNegationInsert = true }
    }
}
