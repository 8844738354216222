/// A criterion's ``MatchExpression`` with its keywords replaced by the numbers of their compiled
/// patterns, evaluated over the keyword occurrences found in a reply.
indirect enum CompiledExpression: Sendable {
    /// Any of these patterns (the common case: a list of keywords), compiled one after the other.
    case patterns(Range<Int>)
    case any([CompiledExpression])
    case all([CompiledExpression])
    case not(CompiledExpression)
    case near(CompiledExpression, CompiledExpression, within: Int, ordered: Bool)
    case negated(CompiledExpression)

    /// Compiles `expression`, appending its keywords' patterns to `patterns`.
    static func compile(_ expression: MatchExpression, analyzer: TextAnalyzer, into patterns: inout [KeywordPattern]) -> CompiledExpression {
        switch expression {
        case .keyword(let source):
            return .patterns(compileKeywords([source], analyzer: analyzer, into: &patterns))
        case .any(let parts):
            let keywords = parts.compactMap { if case .keyword(let source) = $0 { source } else { nil } }
            let others = parts.filter { if case .keyword = $0 { false } else { true } }
            var compiled = others.map { compile($0, analyzer: analyzer, into: &patterns) }
            if !keywords.isEmpty {
                compiled.insert(.patterns(compileKeywords(keywords, analyzer: analyzer, into: &patterns)), at: 0)
            }
            return compiled.count == 1 ? compiled[0] : .any(compiled)
        case .all(let parts):
            return .all(parts.map { compile($0, analyzer: analyzer, into: &patterns) })
        case .not(let part):
            return .not(compile(part, analyzer: analyzer, into: &patterns))
        case .near(let first, let second, let within, let ordered):
            return .near(compile(first, analyzer: analyzer, into: &patterns), compile(second, analyzer: analyzer, into: &patterns), within: within, ordered: ordered)
        case .negated(let part):
            return .negated(compile(part, analyzer: analyzer, into: &patterns))
        }
    }

    private static func compileKeywords(_ sources: [String], analyzer: TextAnalyzer, into patterns: inout [KeywordPattern]) -> Range<Int> {
        let first = patterns.count
        for source in sources {
            guard case .success(let pattern) = KeywordPattern.compile(source, analyzer: analyzer) else { continue }
            patterns.append(pattern)
        }
        return first..<patterns.count
    }

    /// Whether the expression holds, with the occurrences that show it and those that would have
    /// but stand inside a negation.
    func evaluate(_ occurrences: [Occurrence]) -> ExpressionOutcome {
        switch self {
        case .patterns(let range):
            // One pass, and no array at all for the many criteria a reply does not touch.
            var positive: [Occurrence] = []
            var negated: [Occurrence] = []
            for occurrence in occurrences where range.contains(occurrence.pattern) {
                if occurrence.negated {
                    negated.append(occurrence)
                } else {
                    positive.append(occurrence)
                }
            }
            return ExpressionOutcome(matched: !positive.isEmpty, positive: positive, negated: negated)
        case .any(let parts):
            // Gathered as the parts are evaluated: no array of outcomes to build and flatten.
            var outcome = ExpressionOutcome(matched: false, positive: [], negated: [])
            for part in parts {
                let inner = part.evaluate(occurrences)
                if inner.matched {
                    outcome.matched = true
                    Self.gather(inner.positive, into: &outcome.positive)
                }
                Self.gather(inner.negated, into: &outcome.negated)
            }
            return outcome
        case .all(let parts):
            var outcome = ExpressionOutcome(matched: true, positive: [], negated: [])
            for part in parts {
                let inner = part.evaluate(occurrences)
                outcome.matched = outcome.matched && inner.matched
                Self.gather(inner.positive, into: &outcome.positive)
                Self.gather(inner.negated, into: &outcome.negated)
            }
            return outcome
        case .not(let part):
            return ExpressionOutcome(matched: !part.evaluate(occurrences).matched, positive: [], negated: [])
        case .negated(let part):
            let inner = part.evaluate(occurrences)
            return ExpressionOutcome(matched: !inner.negated.isEmpty, positive: inner.negated, negated: [])
        case .near(let first, let second, let within, let ordered):
            let lhs = first.evaluate(occurrences).positive
            // In reply order (an `any` of several parts gathers them part after part), so that for
            // each first word only the second words within reach are looked at.
            let rhs = second.evaluate(occurrences).positive.sorted { $0.span.lowerBound < $1.span.lowerBound }
            var pairs: [Occurrence] = []
            let secondStarts = rhs.map(\.span.lowerBound)
            for a in lhs where pairs.count < CompiledRubric.evidenceLimit {
                let aStart = a.span.lowerBound
                var index = Self.firstIndex(in: secondStarts, atLeast: aStart - within)
                while index < rhs.count, secondStarts[index] <= aStart + within {
                    let b = rhs[index]
                    index += 1
                    guard b.sentence == a.sentence, b.span.lowerBound != aStart else { continue }
                    if ordered, b.span.lowerBound < aStart { continue }
                    var pair = a
                    pair.kind = .proximity
                    pair.partnerPattern = b.pattern
                    pair.partnerSpan = b.span
                    pairs.append(pair)
                }
            }
            return ExpressionOutcome(matched: !pairs.isEmpty, positive: pairs, negated: [])
        }
    }
}

extension CompiledExpression {
    /// Appends `occurrences` to `list`: taken whole when the list is empty, and nothing done when
    /// there are none (appending nothing to an empty array still allocates one).
    static func gather(_ occurrences: [Occurrence], into list: inout [Occurrence]) {
        if list.isEmpty {
            list = occurrences
        } else if !occurrences.isEmpty {
            list += occurrences
        }
    }

    /// The first index of a sorted list whose value is at least `value`.
    static func firstIndex(in sorted: [Int], atLeast value: Int) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// What evaluating an expression on a reply found.
struct ExpressionOutcome: Sendable {
    var matched: Bool
    var positive: [Occurrence]
    var negated: [Occurrence]
}
