/// A keyword as written in a scenario file, with where.
struct WrittenKeyword {
    var pattern: String
    var location: SourceLocation
    /// The vocabulary entry it comes from, when it was named through one.
    var vocabulary: String?
}

/// Finds a keyword that credits two criteria of one step: whatever reply says it meets both, which
/// is rarely what the trainer meant (one idea counted twice, or a concept and its misconception at
/// once). Keywords are compared as grading sees them, so `facture` and `factures` are the same.
///
/// Only keywords that meet a criterion on their own count: a keyword inside `all`, `near`, `not`
/// or `negated` is one condition among others. A criterion names in `overlaps` the concepts it
/// shares keywords with on purpose (a concept that sums up several others, say).
struct KeywordOverlapCheck {
    struct CriterionKeywords {
        var concept: String
        var isMisconception: Bool
        var keywords: [WrittenKeyword]
        /// Concepts this one shares keywords with on purpose.
        var overlaps: Set<String> = []

        func mayShare(with other: CriterionKeywords) -> Bool {
            other.concept == concept || overlaps.contains(other.concept) || other.overlaps.contains(concept)
        }
    }

    /// How a keyword is compiled for grading.
    let compile: (String) -> Result<KeywordPattern, PatternError>

    /// - Parameter step: how the step is named in messages (`step 'site'`).
    func diagnostics(for criteria: [CriterionKeywords], step: String) -> [Diagnostic] {
        var firstUse: [[String]: (criterion: CriterionKeywords, keyword: WrittenKeyword)] = [:]
        var diagnostics: [Diagnostic] = []
        for criterion in criteria {
            var reported: Set<String> = []
            for keyword in criterion.keywords {
                guard case .success(let compiled) = compile(keyword.pattern) else { continue }
                let identities = compiled.alternatives.map { $0.map(Self.identity) }
                let earlier = identities.lazy.compactMap { firstUse[$0] }
                    .first { !criterion.mayShare(with: $0.criterion) }
                if let earlier, !reported.contains(earlier.criterion.concept) {
                    reported.insert(earlier.criterion.concept)
                    diagnostics.append(Diagnostic(.keywordInTwoConcepts, message(keyword, criterion, earlier, step: step), at: keyword.location))
                }
                for identity in identities where firstUse[identity] == nil {
                    firstUse[identity] = (criterion, keyword)
                }
            }
        }
        return diagnostics
    }

    /// What grading matches a term by: a word by its stem, whatever form the trainer wrote.
    private static func identity(_ term: PatternTerm) -> String {
        switch term {
        case .word(let key, _, _, _): return "word:" + key
        case .exact(let folded): return "exact:" + folded
        case .prefix(let prefix): return "prefix:" + prefix
        case .number(let value, _): return "number:" + value
        }
    }

    private func message(
        _ keyword: WrittenKeyword, _ criterion: CriterionKeywords,
        _ earlier: (criterion: CriterionKeywords, keyword: WrittenKeyword), step: String
    ) -> String {
        func name(_ criterion: CriterionKeywords) -> String {
            (criterion.isMisconception ? "misconception '" : "concept '") + criterion.concept + "'"
        }
        func source(_ keyword: WrittenKeyword) -> String {
            "'\(keyword.pattern)'" + (keyword.vocabulary.map { " (vocabulary '\($0)')" } ?? "")
        }
        let same = keyword.pattern == earlier.keyword.pattern ? "" : " as \(source(earlier.keyword))"
        return "keyword \(source(keyword)) of \(name(criterion)) already credits \(name(earlier.criterion))\(same) at line \(earlier.keyword.location.line) of \(step): a reply with it meets both (if that is meant, name the other concept in 'overlaps')"
    }
}
