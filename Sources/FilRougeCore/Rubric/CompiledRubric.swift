import Synchronization

/// A step's rubric compiled once into an index from words to the keywords they can start, so that
/// grading a reply looks up each of its words instead of trying every keyword: the cost of a reply
/// grows with its length, not with the size of the vocabulary.
public struct CompiledRubric: Sendable {
    public let criteria: [Criterion]
    public let rule: GradingRule
    public var thresholds: BandThresholds { rule.thresholds }
    let patterns: [KeywordPattern]
    let expressions: [CompiledExpression]
    private var byKey: [String: [Candidate]] = [:]
    private var byExact: [String: [Candidate]] = [:]
    private var byNumber: [String: [Candidate]] = [:]
    /// Prefix keywords of three bytes or more, by their first three bytes.
    private var byPrefixStart: [UInt32: [Candidate]] = [:]
    /// Prefix keywords of one or two bytes (rare, and warned about), by those bytes.
    private var byShortPrefix: [UInt32: [Candidate]] = [:]
    /// Typo-tolerant first words by their first byte, for misspelt replies.
    private var fuzzyByFirstByte: [UInt8: [FuzzyCandidate]] = [:]
    /// The gates of every term of every alternative, alternative after alternative.
    private var termGates: [TermGate] = []
    /// The keywords each word already seen can start: learners reuse their words, and finding the
    /// candidates of a word (prefixes, misspellings) costs more than remembering them.
    private let seenWords = WordCandidates()

    /// One alternative of one keyword.
    struct Candidate: Equatable, Sendable {
        var pattern: Int
        var alternative: Int
        /// Where the gates of the alternative's terms are in `termGates`, one per term. Most
        /// alternatives have one term, and once a word has met it a match needs no look at the pattern.
        var gates: Range<Int>
        /// True when the alternative is one word to be met by a hyphenated word read as one.
        var asCompound: Bool = false
        /// How the word met the alternative's first term, when that was checked already.
        var first: PatternTerm.Meeting?
    }

    struct FuzzyCandidate: Sendable {
        var candidate: Candidate
        var length: Int
        var letters: LetterSet
    }

    /// Keywords that do not compile are left out; the loader reports them.
    /// - Parameter generic: keywords too generic to credit a reply alone (see `GradingRule`).
    public init(criteria: [Criterion], thresholds: BandThresholds, generic: [String] = [], analyzer: TextAnalyzer) {
        self.criteria = criteria
        rule = GradingRule(criteria: criteria, thresholds: thresholds, generic: generic)
        var patterns: [KeywordPattern] = []
        var expressions: [CompiledExpression] = []
        for criterion in criteria {
            expressions.append(CompiledExpression.compile(criterion.expression, analyzer: analyzer, into: &patterns))
        }
        self.patterns = patterns
        self.expressions = expressions
        for (patternIndex, pattern) in patterns.enumerated() {
            for (alternativeIndex, terms) in pattern.alternatives.enumerated() {
                guard let first = terms.first else { continue }
                let candidate = Candidate(
                    pattern: patternIndex, alternative: alternativeIndex, gates: termGates.count..<(termGates.count + terms.count)
                )
                termGates += terms.map(TermGate.init)
                switch first {
                case .word(let key, let folded, let fuzzy, let lemmaKeys):
                    for key in [key] + lemmaKeys { byKey[key, default: []].append(candidate) }
                    if fuzzy, Typo.allowedEdits(forLength: folded.utf8.count) > 0, let byte = folded.utf8.first {
                        fuzzyByFirstByte[byte, default: []].append(FuzzyCandidate(candidate: candidate, length: folded.utf8.count, letters: LetterSet(folded)))
                    }
                case .exact(let folded):
                    byExact[folded, default: []].append(candidate)
                case .prefix(let prefix):
                    if prefix.utf8.count >= 3 {
                        byPrefixStart[Self.prefixKey(prefix.utf8.prefix(3)), default: []].append(candidate)
                    } else {
                        byShortPrefix[Self.prefixKey(prefix.utf8[...]), default: []].append(candidate)
                    }
                case .number(let value, _):
                    byNumber[value, default: []].append(candidate)
                }
            }
        }
    }

    /// Grades already analysed tokens.
    /// - Parameter attempt: which reply of the step these tokens are (1, or 2 for a follow-up).
    public func evaluate(_ tokens: [Token], attempt: Int = 1) -> ReplyEvaluation {
        let occurrences = findOccurrences(in: tokens)
        let results = criteria.indices.map { index in
            result(for: index, outcome: expressions[index].evaluate(occurrences), tokens: tokens, attempt: attempt)
        }
        return rule.grade(results)
    }

    /// At most this many pieces of evidence are kept per criterion: enough to highlight any real
    /// reply, and a bound on what a pasted essay can make the transcript hold.
    public static let evidenceLimit = 50

    // MARK: Finding keywords

    /// Every place a keyword matches, in reply order. The keywords each word can start are looked
    /// up first, for all the words at once.
    func findOccurrences(in tokens: [Token]) -> [Occurrence] {
        let wordCandidates = seenWords.candidates(of: tokens) { token in
            var found: [Candidate] = []
            collectWordCandidates(for: token, into: &found)
            return found
        }
        var next = 0
        var occurrences: [Occurrence] = []
        // Room for as many occurrences as candidates, in one allocation rather than one per doubling.
        if !wordCandidates.isEmpty { occurrences.reserveCapacity(wordCandidates.count) }
        var neighbourCandidates: [Candidate] = []
        for start in tokens.indices {
            // Two alternatives of one keyword can match the same words; they can only start here.
            let firstHere = occurrences.count
            // Most phrases a word starts are refused by the next word, at once: no call to try them.
            let nextWord = start + 1 < tokens.count && !tokens[start + 1].isNegationInsert && tokens[start].numberSpan == nil
                ? tokens[start + 1].entry : nil
            while next < wordCandidates.count, wordCandidates[next].token == start {
                let gates = wordCandidates[next].candidate.gates
                if let nextWord, gates.count > 1, wordCandidates[next].candidate.first != nil,
                   termGates[gates.lowerBound + 1].refuses(nextWord) {
                    next += 1
                    continue
                }
                record(wordCandidates[next].candidate, in: tokens, at: start, since: firstHere, into: &occurrences)
                next += 1
            }
            guard tokens[start].numberSpan != nil || tokens[start].compound != nil else { continue }
            neighbourCandidates.removeAll(keepingCapacity: true)
            collectNeighbourCandidates(for: tokens[start], into: &neighbourCandidates)
            for candidate in neighbourCandidates {
                record(candidate, in: tokens, at: start, since: firstHere, into: &occurrences)
            }
        }
        return occurrences
    }

    /// Adds the occurrence of `candidate` at `start`, if it matches there and was not found already
    /// among the occurrences from `firstHere` on (those that start at `start`).
    private func record(
        _ candidate: Candidate, in tokens: [Token], at start: Int, since firstHere: Int, into occurrences: inout [Occurrence]
    ) {
        guard let occurrence = match(candidate, in: tokens, at: start),
              !occurrences[firstHere...].contains(where: { $0.pattern == occurrence.pattern && $0.span == occurrence.span })
        else { return }
        occurrences.append(occurrence)
    }

    /// The keywords a token can start as part of several words: a number in words, a hyphenated
    /// word. What depends on the neighbouring words is not remembered.
    private func collectNeighbourCandidates(for token: borrowing Token, into candidates: inout [Candidate]) {
        if !byNumber.isEmpty, let span = token.numberSpan, let found = byNumber[span.value] { candidates += found }
        if let compound = token.compound {
            for var candidate in (byKey[compound.key] ?? []) + (byExact[compound.folded] ?? [])
            where patterns[candidate.pattern].alternatives[candidate.alternative].count == 1 {
                candidate.asCompound = true
                candidates.append(candidate)
            }
        }
    }

    /// The keywords a word can start, whatever its neighbours.
    private func collectWordCandidates(for token: borrowing Token, into candidates: inout [Candidate]) {
        if let found = byKey[token.key] { candidates += found }
        for lemmaKey in token.lemmaKeys {
            // A keyword word whose keys are several may be found by more than one of them: once is enough.
            for candidate in byKey[lemmaKey] ?? [] where !candidates.contains(candidate) { candidates.append(candidate) }
        }
        if !byExact.isEmpty, let found = byExact[token.folded] { candidates += found }
        if !byNumber.isEmpty, let number = token.number, let found = byNumber[number] { candidates += found }
        // Only a word that is no keyword word may be a misspelling of one (prefixes do not count here:
        // `train*` must not keep *traning* from meeting `training`).
        let isKeywordWord = !candidates.isEmpty
        let bytes = token.folded.utf8
        if bytes.count >= 3, let found = byPrefixStart[Self.prefixKey(bytes.prefix(3))] { candidates += found }
        if !byShortPrefix.isEmpty {
            if let found = byShortPrefix[Self.prefixKey(bytes.prefix(1))] { candidates += found }
            if bytes.count >= 2, let found = byShortPrefix[Self.prefixKey(bytes.prefix(2))] { candidates += found }
        }
        // A word no keyword starts with may be a misspelling of one.
        let negationWord = !token.negationRoles.isDisjoint(with: [.cue, .secondPart, .particle])
        if !isKeywordWord, !token.isNumber, !negationWord, let byte = bytes.first,
           let fuzzy = fuzzyByFirstByte[byte] {
            let length = bytes.count
            let letters = LetterSet(token.folded)
            let spelling = token.spelling
            // A word the dictionary knows is no misspelling of anything.
            for entry in spelling == .known ? [] : fuzzy {
                let limit = Typo.limit(tokenLength: length, keywordLength: entry.length, spelling: spelling)
                // Each edit changes which letters a word has by two at most (and a plural's letter by
                // one more): a cheap refusal.
                guard limit > 0, abs(entry.length - length) <= limit + 1, letters.difference(entry.letters) <= 2 * limit + 1 else { continue }
                candidates.append(entry.candidate)
            }
        }
        // Check each first term once, here, since the result is remembered for the word.
        candidates = candidates.compactMap { candidate in
            var checked = candidate
            guard let first = patterns[candidate.pattern].alternatives[candidate.alternative].first,
                  let meeting = first.meetWord(token) else { return nil }
            checked.first = meeting
            return checked
        }
    }

    /// A number for the first bytes of a word.
    private static func prefixKey(_ bytes: Substring.UTF8View.SubSequence) -> UInt32 {
        bytes.reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// The occurrence of a keyword alternative starting at `start`, or nil when it does not match there.
    private func match(_ candidate: Candidate, in tokens: [Token], at start: Int) -> Occurrence? {
        let kind: MatchKind
        let end: Int
        if candidate.asCompound {
            guard let compound = tokens[start].compound else { return nil }
            end = min(tokens.count, start + compound.tokenCount)
            kind = .compound
        } else if candidate.gates.count == 1, let first = candidate.first, tokens[start].numberSpan == nil {
            // One word, met already when the word was first seen: the commonest match by far.
            end = start + 1
            kind = Self.kind(ofOneTerm: first)
        } else {
            guard let (termsEnd, first) = matchTerms(candidate, in: tokens, at: start) else { return nil }
            end = termsEnd
            kind = candidate.gates.count == 1 ? Self.kind(ofOneTerm: first) : .phrase
        }
        let span = start..<end
        return Occurrence(
            pattern: candidate.pattern, alternative: candidate.alternative, span: span,
            sentence: tokens[start].sentence, kind: kind,
            negated: !patterns[candidate.pattern].includesNegation && span.contains { index in
                // A negation whose cue is another word of the match is what the keyword says (`site
                // inutile`); a verb carrying its own `n'` is negated all the same (*n'écoute pas*).
                if tokens[index].isNegatedCueWord { return true }
                guard let cue = tokens[index].negatedBy else { return false }
                return cue == index || !span.contains(cue)
            }
        )
    }

    /// Where the terms of a candidate's alternative, met one after the other from `start`, end, and
    /// how its first term was met; nil when they are not met.
    private func matchTerms(_ candidate: Candidate, in tokens: [Token], at start: Int) -> (end: Int, first: PatternTerm.Meeting?)? {
        var position = start
        var first: PatternTerm.Meeting?
        for (offset, gate) in candidate.gates.enumerated() {
            if offset == 0, let known = candidate.first, tokens[start].numberSpan?.tokenCount == nil {
                first = known
                position += 1
                continue
            }
            // *ne baisse surtout pas tes prix* says `baisse tes prix`, negated: a phrase reads across
            // the words a French negation puts after its verb, unless the keyword says the negation.
            if offset > 0, !patterns[candidate.pattern].includesNegation {
                while position < tokens.count, tokens[position].isNegationInsert { position += 1 }
            }
            guard position < tokens.count, !termGates[gate].refuses(tokens[position].entry),
                  let (meeting, span) = patterns[candidate.pattern].alternatives[candidate.alternative][offset].meet(tokens, at: position)
            else { return nil }
            // A phrase does not run across sentences.
            if position > start, tokens[position].sentence != tokens[start].sentence { return nil }
            if first == nil { first = meeting }
            position += span
        }
        return (position, first)
    }

    /// The kind of match of a one-term alternative met as `meeting` (nil for no meeting recorded).
    private static func kind(ofOneTerm meeting: PatternTerm.Meeting?) -> MatchKind {
        if case .same(let same)? = meeting { return same }
        return .typo
    }

    /// The written words of some tokens, separated by spaces.
    private static func words(_ indices: some Collection<Int>, of tokens: [Token]) -> String {
        guard let first = indices.first else { return "" }
        var text = tokens[first].text
        for index in indices.dropFirst() {
            text += " "
            text += tokens[index].text
        }
        return text
    }

    /// What more than "the same word" explains a match (stems, misspellings, numbers in words), and
    /// how many typing errors it forgave.
    private func explain(_ occurrence: Occurrence, in tokens: [Token]) -> (detail: String?, edits: Int) {
        if let partner = occurrence.partnerSpan {
            return ("\(abs(partner.lowerBound - occurrence.span.lowerBound)) words apart", 0)
        }
        guard occurrence.kind != .compound else { return (nil, 0) }
        let terms = patterns[occurrence.pattern].alternatives[occurrence.alternative]
        // One word met as written (or by its prefix) has nothing more to explain, whatever meets it
        // again below would find: the commonest evidence by far.
        if terms.count == 1, occurrence.kind == .word || occurrence.kind == .exact || occurrence.kind == .prefix {
            return (nil, 0)
        }
        var notes: [String] = []
        var totalEdits = 0
        var position = occurrence.span.lowerBound
        let readsAcrossNegations = !patterns[occurrence.pattern].includesNegation
        for (offset, term) in terms.enumerated() {
            if offset > 0, readsAcrossNegations {
                while position < tokens.count, tokens[position].isNegationInsert { position += 1 }
            }
            guard position < tokens.count, let (meeting, span) = term.meet(tokens, at: position) else { break }
            let token = tokens[position]
            switch (term, meeting) {
            case (.word(let key, let folded, _, _), .same(.stem)):
                notes.append(token.key == key
                    ? "\(token.folded) ~ \(folded) (same stem \(key))"
                    : "\(token.folded) ~ \(folded) (same lemma)")
            case (.word(_, let folded, _, _), .typo(let edits)):
                notes.append("\(token.folded) ≈ \(folded) (\(edits) edit\(edits == 1 ? "" : "s"))")
                totalEdits += edits
            case (.number(let value, _), _) where !token.isNumber:
                notes.append("\(span > 1 ? tokens[position..<(position + span)].map(\.folded).joined(separator: " ") : token.folded) = \(value)")
            default:
                break
            }
            position += span
        }
        return (notes.isEmpty ? nil : notes.joined(separator: "; "), totalEdits)
    }

    // MARK: Results

    /// The ranges and the written words of the tokens an occurrence covers, in order.
    private static func covered(by occurrence: Occurrence, in tokens: [Token]) -> (ranges: [TextRange], text: String) {
        guard occurrence.partnerSpan != nil else {
            return (occurrence.span.map { tokens[$0].range }, words(occurrence.span, of: tokens))
        }
        let covered = occurrence.coveredTokens
        return (covered.map { tokens[$0].range }, words(covered, of: tokens))
    }

    private func result(for index: Int, outcome: ExpressionOutcome, tokens: [Token], attempt: Int) -> CriterionResult {
        func evidence(_ occurrences: [Occurrence]) -> [Evidence] {
            guard !occurrences.isEmpty else { return [] }
            var evidence: [Evidence] = []
            evidence.reserveCapacity(min(occurrences.count, Self.evidenceLimit))
            for occurrence in occurrences where evidence.count < Self.evidenceLimit {
                // Words met twice (by two alternatives of a keyword, by two `near` pairs) are shown
                // once. Tokens never share a range, so their ranges tell them apart; and there are at
                // most `evidenceLimit` pieces, most replies have one or two, so a list costs less to
                // search than a set costs to hash.
                let (ranges, text) = Self.covered(by: occurrence, in: tokens)
                guard !evidence.contains(where: { $0.ranges == ranges }) else { continue }
                let explanation = explain(occurrence, in: tokens)
                evidence.append(Evidence(
                    attempt: attempt,
                    ranges: ranges,
                    text: text,
                    keyword: occurrence.partnerPattern.map { "\(patterns[occurrence.pattern].source) … \(patterns[$0].source)" }
                        ?? patterns[occurrence.pattern].source,
                    match: occurrence.kind,
                    detail: explanation.detail,
                    edits: explanation.edits
                ))
            }
            return evidence
        }
        let status: CriterionStatus = outcome.matched ? .met : (outcome.negated.isEmpty ? .missed : .negated)
        // The criterion is read in place: copying it would copy its expression, feedback and hint too.
        return CriterionResult(
            concept: criteria[index].concept, label: criteria[index].label, weight: criteria[index].weight,
            required: criteria[index].required,
            status: status, evidence: outcome.matched ? evidence(outcome.positive) : [],
            negatedEvidence: outcome.matched ? [] : evidence(outcome.negated)
        )
    }
}

/// A place in a reply where a keyword matched.
struct Occurrence: Sendable {
    var pattern: Int
    var alternative: Int
    /// The tokens it covers.
    var span: Range<Int>
    var sentence: Int
    var kind: MatchKind
    /// True when a covered token lies inside a negation.
    var negated: Bool
    /// For `near` evidence, the second keyword's pattern and tokens.
    var partnerPattern: Int?
    var partnerSpan: Range<Int>?

    /// Every token index the occurrence covers, in order.
    var coveredTokens: [Int] {
        guard let partnerSpan else { return Array(span) }
        return (Array(span) + Array(partnerSpan)).sorted()
    }
}

/// Which of the letters a-z a word contains, to refuse at once words too different to be misspellings
/// of each other.
struct LetterSet: Sendable {
    let bits: UInt32

    init(_ word: String) {
        var bits: UInt32 = 0
        for byte in word.utf8 where byte >= 0x61 && byte <= 0x7A {
            bits |= 1 << UInt32(byte - 0x61)
        }
        self.bits = bits
    }

    /// How many letters one word has and the other has not.
    func difference(_ other: LetterSet) -> Int {
        (bits ^ other.bits).nonzeroBitCount
    }
}
