/// A step's rubric compiled once into an index from words to the keywords they can start, so that
/// grading a reply looks up each of its words instead of trying every keyword everywhere.
public struct CompiledRubric: Sendable {
    public let criteria: [Criterion]
    public let thresholds: BandThresholds
    private var byFirstWord: [String: [Entry]] = [:]
    private var byFirstPrefix: [Entry] = []

    /// One alternative of one keyword of one criterion.
    struct Entry: Sendable {
        var criterion: Int
        var keyword: String
        var terms: [PatternTerm]
    }

    /// Keywords that do not compile are left out; the loader reports them.
    public init(criteria: [Criterion], thresholds: BandThresholds, analyzer: TextAnalyzer) {
        self.criteria = criteria
        self.thresholds = thresholds
        for (index, criterion) in criteria.enumerated() {
            for keyword in criterion.patterns {
                guard case .success(let pattern) = KeywordPattern.compile(keyword, analyzer: analyzer) else { continue }
                for terms in pattern.alternatives {
                    guard let first = terms.first else { continue }
                    let entry = Entry(criterion: index, keyword: keyword, terms: terms)
                    switch first {
                    case .word(let key): byFirstWord[key, default: []].append(entry)
                    case .prefix: byFirstPrefix.append(entry)
                    }
                }
            }
        }
    }

    /// Grades already analysed tokens.
    /// - Parameter attempt: which reply of the step these tokens are (1, or 2 for a follow-up).
    public func evaluate(_ tokens: [Token], attempt: Int = 1) -> ReplyEvaluation {
        var evidence = Array(repeating: [Evidence](), count: criteria.count)
        for start in tokens.indices {
            for (entry, matched, kind) in matches(in: tokens, at: start) {
                let found = Evidence(
                    attempt: attempt,
                    ranges: matched.map { tokens[$0].range },
                    text: matched.map { tokens[$0].text }.joined(separator: " "),
                    keyword: entry.keyword,
                    match: kind
                )
                if !evidence[entry.criterion].contains(where: { $0.ranges == found.ranges }) {
                    evidence[entry.criterion].append(found)
                }
            }
        }
        let results = criteria.enumerated().map { index, criterion in
            CriterionResult(
                concept: criterion.concept, label: criterion.label, weight: criterion.weight,
                required: criterion.required, status: evidence[index].isEmpty ? .missed : .met,
                evidence: evidence[index]
            )
        }
        return Self.grade(results, thresholds: thresholds)
    }

    /// Every keyword alternative that matches from the token at `start`, with the tokens it covers.
    private func matches(in tokens: [Token], at start: Int) -> [(Entry, [Int], MatchKind)] {
        let token = tokens[start]
        var found: [(Entry, [Int], MatchKind)] = []
        let candidates = (byFirstWord[token.key] ?? []) + byFirstPrefix.filter { $0.terms[0].matches(token) }
        for entry in candidates {
            let end = start + entry.terms.count
            guard end <= tokens.count,
                  zip(entry.terms, tokens[start..<end]).allSatisfy({ $0.matches($1) }) else { continue }
            let kind: MatchKind
            if entry.terms.count > 1 {
                kind = .phrase
            } else if case .prefix = entry.terms[0] {
                kind = .prefix
            } else {
                kind = .word
            }
            found.append((entry, Array(start..<end), kind))
        }
        // A hyphenated word also matches a one-word keyword written without the hyphen (`email`).
        if let compound = token.compound, start + compound.tokenCount <= tokens.count {
            for entry in byFirstWord[compound.key] ?? [] where entry.terms.count == 1 {
                found.append((entry, Array(start..<(start + compound.tokenCount)), .compound))
            }
        }
        return found
    }

    /// Scores and bands criterion results (also used when a follow-up's results are merged in).
    public static func grade(_ results: [CriterionResult], thresholds: BandThresholds) -> ReplyEvaluation {
        let total = results.reduce(0) { $0 + $1.weight }
        let met = results.filter { $0.status == .met }.reduce(0) { $0 + $1.weight }
        let score = total > 0 ? min(1, max(0, met / total)) : 0
        let requiredMissed = results.contains { $0.required && $0.status != .met }
        return ReplyEvaluation(score: score, band: thresholds.band(for: score, requiredMissed: requiredMissed), criteria: results)
    }
}
