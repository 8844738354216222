/// How a step turns its criterion results into a score, a band and the band's reason: by weight
/// (the share of the rubric's weight met, against thresholds) or by ideas (how many distinct ideas
/// a reply states, as a marker counts them), with developments, misconceptions and words too
/// generic to count alone. One place for both, so that a reply and a reply merged with its
/// follow-up are banded alike.
public struct GradingRule: Equatable, Sendable {
    public var thresholds: BandThresholds
    /// Each development criterion's concept, with the ideas it develops.
    public var developments: [String: [String]]
    /// The keywords too generic to credit a reply alone, folded as the reader folds words.
    public var generic: Set<String>

    public init(criteria: [Criterion], thresholds: BandThresholds, generic: [String] = []) {
        self.thresholds = thresholds
        var developments: [String: [String]] = [:]
        for criterion in criteria where criterion.isDevelopment {
            developments[criterion.concept] = criterion.develops
        }
        self.developments = developments
        self.generic = Set(generic.map(Self.fold))
    }

    /// A keyword as compared with the generic list: case, accents and spaces at the ends aside.
    static func fold(_ keyword: String) -> String {
        TextFolder.fold(keyword.trimmingCharacters(in: .whitespaces))
    }

    /// Scores and bands criterion results. The score is the weight met over the total weight, a
    /// misconception's weight taken off; development criteria weigh nothing.
    public func grade(_ results: [CriterionResult]) -> ReplyEvaluation {
        var total = 0.0
        var met = 0.0
        for result in results {
            if result.weight > 0 { total += result.weight }
            if result.status == .met { met += result.weight }
        }
        let score = total > 0 ? min(1, max(0, met / total)) : 0
        let (band, reason) = judge(results, score: score)
        return ReplyEvaluation(score: score, band: band, criteria: results, reason: reason)
    }

    /// Whether a piece of evidence is a keyword too generic to count alone.
    public func isGeneric(_ evidence: Evidence) -> Bool {
        // Most rubrics list no generic word: no folding then.
        !generic.isEmpty && generic.contains(Self.fold(evidence.keyword))
    }

    /// Whether a met criterion was met by at least one keyword that is not generic (a criterion
    /// met without evidence, as by an expression of negations only, is specific).
    private func isSpecific(_ result: CriterionResult) -> Bool {
        result.evidence.isEmpty || result.evidence.contains { !isGeneric($0) }
    }

    private func judge(_ results: [CriterionResult], score: Double) -> (Band, BandReason) {
        var ideas: [String] = []
        var negated: [String] = []
        var misconceptions: [String] = []
        var requiredMissing: [String] = []
        var metDevelopments: [CriterionResult] = []
        var specific = false
        for result in results {
            let isDevelopment = developments[result.concept] != nil
            if result.status == .met, !specific, result.weight >= 0 {
                specific = isSpecific(result)
            }
            if isDevelopment {
                if result.status == .met { metDevelopments.append(result) }
            } else if result.isMisconception {
                if result.status == .met { misconceptions.append(result.concept) }
            } else {
                switch result.status {
                case .met: ideas.append(result.concept)
                case .negated: negated.append(result.concept)
                case .missed: break
                }
                if result.required, result.status != .met { requiredMissing.append(result.concept) }
            }
        }
        // Matches that are all generic words credit nothing: the reply may be about another
        // step's subject, or repeat the question.
        let generic = !ideas.isEmpty && !specific
        if generic { ideas = [] }
        guard !ideas.isEmpty else {
            // No idea counts: say why, the likeliest learner's mistake first.
            if !misconceptions.isEmpty { return (.missed, BandReason(rule: .misconceptionAlone, loweredBy: misconceptions)) }
            if generic {
                return (.missed, BandReason(rule: .onlyGeneric, concepts: results.filter { $0.status == .met && $0.weight > 0 }.map(\.concept)))
            }
            if !negated.isEmpty { return (.missed, BandReason(rule: .onlyNegated, concepts: negated)) }
            return (.missed, BandReason(rule: .noIdea))
        }

        guard let ideaBands = thresholds.ideas else {
            var reason = BandReason(rule: .score, concepts: ideas, loweredBy: misconceptions)
            let band = thresholds.band(for: score, requiredMissed: !requiredMissing.isEmpty)
            if !requiredMissing.isEmpty, thresholds.band(for: score) == .good {
                reason.requiredMissing = requiredMissing
                reason.before = .good
            }
            return (band, reason)
        }

        var band = ideaBands.band(forIdeas: ideas.count)
        var reason = BandReason(rule: .ideas, concepts: ideas)
        if band != .good {
            let developed = metDevelopments.filter { development in
                isSpecific(development) && (developments[development.concept] ?? []).contains(where: ideas.contains)
            }
            if !developed.isEmpty {
                band = .good
                let developedIdeas = ideas.filter { idea in
                    developed.contains { (developments[$0.concept] ?? []).contains(idea) }
                }
                reason = BandReason(rule: .developed, concepts: developedIdeas, developments: developed.map(\.concept))
            }
        }
        let unlowered = band
        if band == .good, !requiredMissing.isEmpty {
            band = .partial
            reason.requiredMissing = requiredMissing
        }
        if !misconceptions.isEmpty {
            band = band == .good ? .partial : .missed
            reason.loweredBy = misconceptions
        }
        if band != unlowered { reason.before = unlowered }
        return (band, reason)
    }
}
