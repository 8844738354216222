/// Where clauses start and end, as far as words and punctuation tell without a parser: a scope runs
/// to the end of its clause, through every member of a list, and stops where another clause starts.
extension NegationScan {
    /// Where the scope of a cue whose words end before `start` ends (excluded), and the word of
    /// contrast that ended it, if one did.
    ///
    /// The scope ends at punctuation that ends a clause (`;`, `:`, `.`, `?`, `!`), at a word of
    /// contrast (`mais`, `but`), at a comma unless a list goes on after it, at a coordinator that
    /// starts a clause (`et je`, `and you`), at the next negation (not at a pseudo-negation), or
    /// after ``limit`` words.
    ///
    /// What a coordinator joins is a member of a list when it is short: past
    /// ``coordinatedMemberLength`` words after `et`, `ou`, `and`, `or`, the words are taken for a
    /// clause of their own (*le cabinet n'a pas suivi l'évolution et les clients veulent de la
    /// réactivité*).
    func scopeEnd(from start: Int) -> (end: Int, endedBy: Int?) {
        var index = start
        let bound = min(count, start + limit)
        var inList = false
        var wordsAfterCoordinator: Int?
        // The word after an aside: its comma closes the aside, it does not end the scope.
        var afterAside: Int?
        // A negated imperative (*Ne lis pas tout*, *Impose pas*): another imperative after a comma
        // or a coordinator starts the advice that replaces it (*, choisis une priorité*).
        let imperativeCue = (max(0, start - 3)..<start).contains { roles($0).contains(.imperative) }
        while index < bound {
            let punctuation = index == afterAside ? .none : tokens[index].punctuationBefore
            if punctuation.endsClause { return (index, nil) }
            let roles = roles(index)
            if roles.contains(.contrast) { return (terminationStart(index, after: start), index) }
            if imperativeCue, punctuation == .comma || roles.contains(.coordinator) {
                let next = punctuation == .comma ? index : index + 1
                if next < count, self.roles(next).contains(.imperative) { return (index, nil) }
            }
            if punctuation == .comma {
                if continuesList(afterCommaAt: index, inList: inList) {
                    inList = true
                } else if let resume = endOfAside(afterCommaAt: index, scopeStart: start) {
                    index = resume
                    afterAside = resume
                    continue
                } else {
                    return (index, nil)
                }
            }
            if roles.contains(.coordinator) {
                if isJoined(index + 1), startsClause(index + 1) { return (index, nil) }
                wordsAfterCoordinator = 0
            } else if let words = wordsAfterCoordinator {
                if words == Self.coordinatedMemberLength { return (index, nil) }
                wordsAfterCoordinator = words + 1
            }
            if opensNegation(index) {
                // A pseudo-negation inside the scope is passed over: *je n'ai pas non plus de site*.
                guard roles.contains(.phraseStart), let (phrase, range) = phrase(anchoredAt: index), phrase.role == .pseudo,
                      range.lowerBound >= start else { return (index, nil) }
                index = range.upperBound
                continue
            }
            index += 1
        }
        return (min(index, count), nil)
    }

    /// Where the clause goes on after an aside set between commas right after a negation (*tu n'as
    /// pas besoin, pour l'instant, d'un site*; *I wouldn't, for now, pay for a website*), or nil when
    /// the comma at `index` does not open one.
    ///
    /// An aside interrupts a clause that has said little yet: at most ``wordsBeforeAside`` words
    /// stand between the cue and the comma. It is a few words (``asideLength`` at most) closed by a
    /// second comma, and the clause then goes on with no clause of its own starting (*, à mon avis,
    /// refaire le site*, not *, tes clients, ils partent*).
    func endOfAside(afterCommaAt index: Int, scopeStart: Int) -> Int? {
        // An aside is no clause: one that opens with a subject (*, those firms do a poor job,*) is one.
        guard index - scopeStart <= Self.wordsBeforeAside, !(scopeStart..<index).contains(where: startsClause),
              !roles(index).contains(.contrast), !startsClause(index), !opensNounPhrase(index) else { return nil }
        var position = index + 1
        while position < min(count, index + Self.asideLength + 1) {
            let punctuation = tokens[position].punctuationBefore
            if punctuation.endsClause || roles(position).contains(.contrast) || opensNegation(position) { return nil }
            if punctuation == .comma {
                let resumes = !startsClause(position) && !roles(position).contains(.contrast)
                    && !roles(position).contains(.coordinator) && !opensNegation(position) && !opensNounPhrase(position)
                return resumes ? position : nil
            }
            position += 1
        }
        return nil
    }

    /// True when a noun phrase starts at `index` with a determiner (`un site`, `the website`): after
    /// an aside, that is the subject of a new clause (*je ne sais pas, franchement, un site serait
    /// utile*), not what the interrupted negation governs (*pas besoin, pour l'instant, d'un site*).
    private func opensNounPhrase(_ index: Int) -> Bool {
        guard tokens[index].elision == nil else { return false }
        return (french ? Self.frenchDeterminers : Self.englishDeterminers).contains(tokens[index].folded)
    }

    static let frenchDeterminers: Set<String> = [
        "un", "une", "le", "la", "les", "ce", "cet", "cette", "ces", "mon", "ton", "son", "ma", "ta", "sa", "mes", "tes",
        "ses", "notre", "votre", "nos", "vos", "leur", "leurs",
    ]
    static let englishDeterminers: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their",
    ]

    /// How many words may stand between a negation and an aside that interrupts its clause.
    static let wordsBeforeAside = 3

    /// How many words an aside between commas has at most.
    static let asideLength = 7

    /// How many words a member of a list has at most after its coordinator (`ou une page Facebook
    /// pro`).
    static let coordinatedMemberLength = 4

    /// How many words a member of a list has at most between commas. Fewer than after a coordinator:
    /// a short clause after a comma (*, crée un site web ou*) is easily taken for a member.
    static let listMemberLength = 3

    /// Where a termination found at `index` starts: at its first word when it has two (`par contre`).
    private func terminationStart(_ index: Int, after start: Int) -> Int {
        guard index > start, isJoined(index), let lead = vocabulary.terminationLeads[tokens[index].folded],
              tokens[index - 1].folded == lead else { return index }
        return index - 1
    }

    /// True when the words after a comma at `index` are one more member of a list (`X, Y ou Z`,
    /// `X, Y and Z`), not another clause (`, il faut…`, `, you should…`, `, crée plutôt un site`).
    ///
    /// A member is a few words (``listMemberLength`` at most) that a coordinator closes further on,
    /// each member between commas as short. A comma right before a coordinator closes a list only when the list
    /// has begun (`X, Y, and Z`): on its own, `, and` joins two clauses (*no website, and lower
    /// your prices*).
    func continuesList(afterCommaAt index: Int, inList: Bool) -> Bool {
        let first = roles(index)
        if first.contains(.contrast) || startsClause(index) || opensNegation(index) { return false }
        if first.contains(.coordinator) { return inList && !(isJoined(index + 1) && startsClause(index + 1)) }
        var position = index
        var memberLength = 0
        while position < min(count, index + 12) {
            let roles = roles(position)
            if position > index {
                let punctuation = tokens[position].punctuationBefore
                if punctuation.endsClause || roles.contains(.contrast) || startsClause(position) { return false }
                let closesMember = punctuation == .none || (punctuation == .comma && roles.contains(.coordinator))
                if roles.contains(.coordinator), closesMember {
                    return memberLength <= Self.listMemberLength && !(isJoined(position + 1) && startsClause(position + 1))
                }
                if punctuation == .comma { memberLength = 0 }
            }
            memberLength += 1
            if memberLength > Self.listMemberLength { return false }
            // A hyphenated word (`bouche-à-oreille`) is one word of its member.
            position += max(1, tokens[position].compound?.tokenCount ?? 1)
        }
        return false
    }

    /// True when a clause starts at `index`: a subject pronoun or a linking word, or a word
    /// carrying an elided `c'`, `j'`, `qu'`, `n'`…
    func startsClause(_ index: Int) -> Bool {
        if roles(index).contains(.clauseStart) { return true }
        guard french, let elision = tokens[index].elision else { return false }
        return elision != "l" && elision != "d" && elision != "jusqu"
    }

    /// True when a negation may start at `index` (`pas`, `ne`, `n'`, `not`…).
    func opensNegation(_ index: Int) -> Bool {
        !roles(index).isDisjoint(with: [.cue, .particle]) || carriesNe(index)
    }

    /// True when the words of `range` name no idea: pronouns, `c'est`, adverbs like `vraiment` or
    /// `really`. With `allowingVerb`, one word right at the start may be the verb an English `not`
    /// negates (*I wouldn't bother*, *I don't need it*).
    func carriesNoIdea(_ range: Range<Int>, allowingVerb: Bool) -> Bool {
        for index in range where roles(index).isDisjoint(with: [.filler, .belief, .resumptive, .clitic]) {
            if allowingVerb, index == range.lowerBound { continue }
            return false
        }
        return true
    }

    /// Covers what a following cue or a predicate starting at `first` says its idea of: the words
    /// before it in its clause; and, when nothing but pronouns stands before it and no idea after it,
    /// the idea set apart by a comma (*Un site web, c'est inutile*) or the question or fragment it
    /// answers (*Un site ? Je ne pense pas.*).
    ///
    /// A cue that negates a verb of its own (*ne baisse pas*, *I wouldn't bother*) reaches back only
    /// when a pronoun in its clause stands for the idea (*je ne le ferais pas*, *I wouldn't
    /// recommend it*): *garde tes prix, ne baisse pas* does not negate the prices, nor *tes clients
    /// ne répondent pas* the clients.
    func reachBack(from first: Int, clauseEnd: Int, objectOnly: Bool, standsAlone: Bool, ownsVerb: Bool, head: Int) {
        var clauseStart = first
        while clauseStart > 0, first - clauseStart < limit, tokens[clauseStart].punctuationBefore <= .other {
            // A subordinate clause starts at `qu'` (*qu'il ne faut pas*), or right after `qui`.
            if french, clauseStart < first, tokens[clauseStart].elision != nil, tokens[clauseStart].elision == "qu" {
                break
            }
            let previous = clauseStart - 1
            let before = roles(previous)
            if before.contains(.contrast) || before.contains(.subordinator) || tokens[previous].isNegationCue { break }
            if before.contains(.coordinator), startsClause(clauseStart) { break }
            clauseStart = previous
        }
        if ownsVerb, !namesIdeaAgain(clauseStart..<clauseEnd) { return }
        let onlyFillers = carriesNoIdea(clauseStart..<first, allowingVerb: false)
        if !onlyFillers {
            // `pas besoin` says nothing of its subject: *ton client n'a pas besoin d'un site*.
            if !objectOnly { for index in clauseStart..<first { cover(index, by: head) } }
            return
        }
        guard clauseStart > 0, standsAlone else { return }
        let punctuation = tokens[clauseStart].punctuationBefore
        if punctuation == .comma {
            coverDislocated(before: clauseStart, head: head)
        } else if punctuation.endsClause, let fragment = answeredFragment(before: clauseStart) {
            for index in fragment { cover(index, by: head) }
        }
    }

    /// True when a pronoun in `range` stands for an idea named before: `le`, `en`, `y`, `ça`, the
    /// `c'` of *c'est*, `it`, `that`.
    private func namesIdeaAgain(_ range: Range<Int>) -> Bool {
        range.contains { index in
            !roles(index).isDisjoint(with: [.clitic, .resumptive])
                || (french && tokens[index].elision != nil && tokens[index].elision == "c")
        }
    }

    /// Covers the words set apart by a comma before `clauseStart`, and the members of a list they
    /// close (*Un site, une page Facebook ou une newsletter, c'est inutile*): a few words with no
    /// clause of their own, not a clause (*demande-lui de poster une fois par semaine, pas plus*).
    private func coverDislocated(before clauseStart: Int, head: Int) {
        var end = clauseStart
        while end > 0, clauseStart - end < limit {
            var start = end - 1
            while start > 0, tokens[start].punctuationBefore <= .other, !roles(start - 1).contains(.contrast),
                  !tokens[start - 1].isNegationCue {
                start -= 1
            }
            guard isFragment(start..<end) else { return }
            for index in start..<end { cover(index, by: head) }
            guard tokens[start].punctuationBefore == .comma, continuesList(afterCommaAt: start, inList: true) else {
                return
            }
            end = start
        }
    }

    /// The sentence before `sentenceStart` when a cue standing alone answers it: a question, what
    /// a colon introduces, or a fragment of a few words with no clause of its own (*Un site web.*).
    func answeredFragment(before sentenceStart: Int) -> Range<Int>? {
        var start = sentenceStart - 1
        while start > 0, sentenceStart - start < limit, !tokens[start].punctuationBefore.endsClause {
            start -= 1
        }
        let ending = tokens[sentenceStart].punctuationBefore
        if ending == .question || ending == .colon { return start..<sentenceStart }
        return isFragment(start..<sentenceStart) ? start..<sentenceStart : nil
    }

    /// True when `range` names an idea without a clause of its own: a few words (six at most), no
    /// subject pronoun, linking word or negation.
    private func isFragment(_ range: Range<Int>) -> Bool {
        range.count <= 6 && !range.contains { startsClause($0) || opensNegation($0) }
    }
}
