/// How a step turns its criterion results into a score, a band and the band's reason: by weight
/// (the share of the rubric's weight met, against thresholds) or by ideas (how many distinct ideas
/// a reply states, as a marker counts them), with developments, misconceptions and words too
/// generic to count alone. One place for both, so that a reply and a reply merged with its
/// follow-up are banded alike.
///
/// Results come in rubric order, so what each criterion is (an idea, a misconception, a
/// development and the ideas it develops) is worked out once, by position: grading a reply looks
/// up no concept by name.
public struct GradingRule: Equatable, Sendable {
    public var thresholds: BandThresholds
    /// Each development criterion's concept, with the ideas it develops.
    public let developments: [String: [String]]
    /// By rubric position, the positions of the ideas a development criterion develops; nil for an
    /// idea or a misconception.
    private let developedIdeas: [[Int]?]
    /// The keywords too generic to credit a reply alone, as the rubric writes them: evidence names
    /// its keyword so, and is compared without folding anything.
    private let genericKeywords: Set<String>

    /// - Parameter generic: keywords too generic to count alone, compared with the criteria's
    ///   keywords without case, accents or spaces at the ends.
    public init(criteria: [Criterion], thresholds: BandThresholds, generic: [String] = []) {
        self.thresholds = thresholds
        var developments: [String: [String]] = [:]
        var developedIdeas: [[Int]?] = []
        for criterion in criteria {
            guard criterion.isDevelopment else {
                developedIdeas.append(nil)
                continue
            }
            developments[criterion.concept] = criterion.develops
            developedIdeas.append(criterion.develops.compactMap { idea in criteria.firstIndex { $0.concept == idea } })
        }
        self.developments = developments
        self.developedIdeas = developedIdeas
        let folded = Set(generic.map(Self.fold))
        genericKeywords = folded.isEmpty ? [] : Set(criteria.flatMap(\.keywords).filter { folded.contains(Self.fold($0)) })
    }

    /// A keyword as compared with the generic list: case, accents and spaces at the ends aside.
    static func fold(_ keyword: String) -> String {
        TextFolder.fold(keyword.trimmingCharacters(in: .whitespaces))
    }

    /// Scores and bands criterion results. With thresholds, the score is the weight met over the
    /// total weight, a misconception's weight taken off (development criteria weigh nothing); with
    /// bands by ideas, it is the band's share of a good reply.
    public func grade(_ results: [CriterionResult]) -> ReplyEvaluation {
        var total = 0.0
        var met = 0.0
        for index in results.indices {
            let weight = results[index].weight
            if weight > 0 { total += weight }
            if results[index].status == .met { met += weight }
        }
        let share = total > 0 ? min(1, max(0, met / total)) : 0
        let (band, reason) = judge(results, score: share)
        // Banded by ideas, a reply's score is its band's share of a good reply: the share of the
        // weight would call a good reply of two ideas out of six 33%.
        let score = thresholds.ideas == nil ? share : Self.share(of: band)
        return ReplyEvaluation(score: score, band: band, criteria: results, reason: reason)
    }

    /// A band as a share of a good reply: 1, 0.5 or 0.
    public static func share(of band: Band) -> Double {
        switch band {
        case .good: return 1
        case .partial: return 0.5
        case .missed: return 0
        }
    }

    /// Whether a piece of evidence is a keyword too generic to count alone.
    public func isGeneric(_ evidence: Evidence) -> Bool {
        !genericKeywords.isEmpty && genericKeywords.contains(evidence.keyword)
    }

    /// Whether a met criterion was met by at least one keyword that is not generic (a criterion
    /// met without evidence, as by an expression of negations only, is specific).
    private func isSpecific(_ result: borrowing CriterionResult) -> Bool {
        genericKeywords.isEmpty || result.evidence.isEmpty || result.evidence.contains { !isGeneric($0) }
    }

    /// What a criterion is, by its position in the rubric.
    private func developed(at index: Int) -> [Int]? {
        index < developedIdeas.count ? developedIdeas[index] : nil
    }

    private func judge(_ results: [CriterionResult], score: Double) -> (Band, BandReason) {
        var ideas: [Int] = []
        var negated: [Int] = []
        var misconceptions: [Int] = []
        var requiredMissing: [Int] = []
        var developments: [Int] = []
        var specific = false
        // Read in place: a copy of a result would retain its texts and evidence.
        for index in results.indices {
            let status = results[index].status
            let weight = results[index].weight
            if status == .met, !specific, weight >= 0 {
                specific = isSpecific(results[index])
            }
            if developed(at: index) != nil {
                if status == .met { developments.append(index) }
            } else if weight < 0 {
                if status == .met { misconceptions.append(index) }
            } else {
                switch status {
                case .met: ideas.append(index)
                case .negated: negated.append(index)
                case .missed: break
                }
                if status != .met, results[index].required { requiredMissing.append(index) }
            }
        }
        func concepts(_ indices: [Int]) -> [String] {
            indices.map { results[$0].concept }
        }
        // Matches that are all generic words credit nothing: the reply may be about another
        // step's subject, or repeat the question.
        let onlyGeneric = !ideas.isEmpty && !specific
        guard !ideas.isEmpty, !onlyGeneric else {
            // No idea counts: say why, the likeliest learner's mistake first.
            if !misconceptions.isEmpty { return (.missed, BandReason(rule: .misconceptionAlone, loweredBy: concepts(misconceptions))) }
            if onlyGeneric { return (.missed, BandReason(rule: .onlyGeneric, concepts: concepts(ideas))) }
            if !negated.isEmpty { return (.missed, BandReason(rule: .onlyNegated, concepts: concepts(negated))) }
            return (.missed, BandReason(rule: .noIdea))
        }

        guard let ideaBands = thresholds.ideas else {
            var reason = BandReason(rule: .score, concepts: concepts(ideas), loweredBy: concepts(misconceptions))
            let band = thresholds.band(for: score, requiredMissed: !requiredMissing.isEmpty)
            if !requiredMissing.isEmpty, thresholds.band(for: score) == .good {
                reason.requiredMissing = concepts(requiredMissing)
                reason.before = .good
            }
            return (band, reason)
        }

        var band = ideaBands.band(forIdeas: ideas.count)
        var reason = BandReason(rule: .ideas, concepts: concepts(ideas))
        if band != .good {
            let developing = developments.filter { index in
                isSpecific(results[index]) && (developed(at: index) ?? []).contains(where: ideas.contains)
            }
            if !developing.isEmpty {
                band = .good
                let developedIdeas = ideas.filter { idea in developing.contains { (developed(at: $0) ?? []).contains(idea) } }
                reason = BandReason(rule: .developed, concepts: concepts(developedIdeas), developments: concepts(developing))
            }
        }
        let unlowered = band
        if band == .good, !requiredMissing.isEmpty {
            band = .partial
            reason.requiredMissing = concepts(requiredMissing)
        }
        if !misconceptions.isEmpty {
            band = band == .good ? .partial : .missed
            reason.loweredBy = concepts(misconceptions)
        }
        if band != unlowered { reason.before = unlowered }
        return (band, reason)
    }
}
