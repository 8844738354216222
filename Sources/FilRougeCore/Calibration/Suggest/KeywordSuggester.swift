/// Proposes keywords from marked replies: per criterion, the words and short phrases of the replies
/// the marker credited with its concept (or, when the marks name no concepts, banded above the
/// machine) that no keyword meets, each tried as a keyword and ranked by the disagreements it
/// would resolve; and the keywords that met only where the marker did not credit the concept.
///
/// A candidate is tried with the real reading of replies (lemmas, typos, negations): a keyword
/// that would be met only inside a negation resolves nothing, and one that would also meet replies
/// the marker did not credit is charged for them.
public struct KeywordSuggester: Sendable {
    /// At most this many additions are kept per criterion: the best ones, for a trainer to read.
    public static let additionsPerCriterion = 5
    /// At most this many words are given as alternatives in one addition.
    public static let alternativesPerAddition = 6

    public var scenarioID: String
    public var marksFile: String
    /// The criteria with something to suggest, in scenario and rubric order.
    public var criteria: [CriterionSuggestions]

    public init(scenario: Scenario, marks: MarksFile, evaluator: RubricEvaluator? = nil) {
        let evaluator = evaluator ?? RubricEvaluator(scenario: scenario)
        scenarioID = scenario.id
        marksFile = marks.file
        var byStep: [String: [MarkedReply]] = [:]
        for mark in marks.marks where scenario.step(mark.step) != nil {
            byStep[mark.step, default: []].append(mark)
        }
        let vocabulary = MarksVocabulary(replies: marks.marks.map(\.reply), analyzer: evaluator.analyzer)
        criteria = scenario.steps.flatMap { step -> [CriterionSuggestions] in
            guard let stepMarks = byStep[step.id], let rule = evaluator.rule(of: step.id) else { return [] }
            let context = StepMarks(step: step, marks: stepMarks, evaluator: evaluator, rule: rule, namesConcepts: marks.namesConcepts)
            return step.rubric.indices.compactMap { context.suggestions(for: $0, vocabulary: vocabulary) }
        }
    }
}

/// One step's marked replies, read and graded once, and what a change of one criterion would do
/// to their bands.
private struct StepMarks {
    let step: Step
    let marks: [MarkedReply]
    let tokens: [[Token]]
    let results: [[CriterionResult]]
    let bands: [Band]
    let rule: GradingRule
    let analyzer: TextAnalyzer
    let namesConcepts: Bool

    init(step: Step, marks: [MarkedReply], evaluator: RubricEvaluator, rule: GradingRule, namesConcepts: Bool) {
        self.step = step
        self.marks = marks
        self.rule = rule
        self.namesConcepts = namesConcepts
        analyzer = evaluator.analyzer
        let tokens = marks.map { evaluator.analyzer.tokens(of: $0.reply) }
        self.tokens = tokens
        let evaluations = tokens.map { evaluator.evaluate(tokens: $0, step: step.id) }
        results = evaluations.map { $0?.criteria ?? [] }
        bands = evaluations.map { $0?.band ?? .missed }
    }

    /// Whether the marker credits criterion `index` in reply `mark`: names its concept, or, without
    /// concepts, bands the reply above (below, for a misconception) the machine.
    private func credits(_ mark: Int, _ index: Int) -> Bool {
        let criterion = step.rubric[index]
        if namesConcepts { return marks[mark].concepts?.contains(criterion.concept) ?? false }
        let human = ConfusionMatrix.index(of: marks[mark].band)
        let machine = ConfusionMatrix.index(of: bands[mark])
        return criterion.isMisconception ? human < machine : human > machine
    }

    func suggestions(for index: Int, vocabulary: MarksVocabulary) -> CriterionSuggestions? {
        guard index < step.rubric.count else { return nil }
        let criterion = step.rubric[index]
        let wanting = marks.indices.filter { credits($0, index) && results[$0].count > index && results[$0][index].status != .met }
        var seen = Set<[String]>()
        var additions: [(suggestion: KeywordSuggestion, frequency: Int)] = []
        for mark in wanting {
            for candidate in CandidateKeywords.candidates(in: tokens[mark], common: vocabulary.commonKeys) where seen.insert(candidate.keys).inserted {
                guard let suggestion = tryAdding(candidate.text, to: index), Self.isWorthAdding(suggestion) else { continue }
                additions.append((suggestion, vocabulary.frequency(of: candidate.keys)))
            }
        }
        additions.sort { lhs, rhs in
            if lhs.suggestion.bandGain != rhs.suggestion.bandGain { return lhs.suggestion.bandGain > rhs.suggestion.bandGain }
            if lhs.suggestion.conceptGain != rhs.suggestion.conceptGain { return lhs.suggestion.conceptGain > rhs.suggestion.conceptGain }
            // Of two words that change the same number of replies, the one the other replies use
            // least says the concept most: `poireautent`, not `gens`.
            if lhs.frequency != rhs.frequency { return lhs.frequency < rhs.frequency }
            let lhsWords = lhs.suggestion.keywords[0].split(separator: " ").count
            let rhsWords = rhs.suggestion.keywords[0].split(separator: " ").count
            if lhsWords != rhsWords { return lhsWords < rhsWords }
            return lhs.suggestion.keywords[0] < rhs.suggestion.keywords[0]
        }
        // Words that change the same replies alike are alternatives of one addition; a phrase that
        // holds one of them adds nothing.
        var kept: [KeywordSuggestion] = []
        for addition in additions.map(\.suggestion) {
            if let group = kept.firstIndex(where: { $0.lines == addition.lines && $0.effect == addition.effect }) {
                let known = kept[group].keywords
                if known.count < KeywordSuggester.alternativesPerAddition, !known.contains(where: { addition.keywords[0].contains($0) }) {
                    kept[group].keywords += addition.keywords
                }
                continue
            }
            guard kept.count < KeywordSuggester.additionsPerCriterion else { continue }
            kept.append(addition)
        }
        let broad = tooBroad(index)
        guard !kept.isEmpty || !broad.isEmpty else { return nil }
        return CriterionSuggestions(step: step.id, concept: criterion.concept, label: criterion.label, additions: kept, tooBroad: broad)
    }

    /// A keyword is proposed when it resolves more band disagreements than it makes, or, changing
    /// no band, resolves concept disagreements only; and, when the marks name concepts, when it
    /// would make the criterion right more often than wrong.
    private static func isWorthAdding(_ suggestion: KeywordSuggestion) -> Bool {
        if suggestion.conceptsResolved != nil, suggestion.conceptGain <= 0 { return false }
        return suggestion.bandGain > 0 || (suggestion.bandGain == 0 && suggestion.bandsBroken == 0 && suggestion.conceptGain > 0)
    }

    /// What adding `keyword` to criterion `index` would do.
    private func tryAdding(_ keyword: String, to index: Int) -> KeywordSuggestion? {
        let probe = CompiledRubric(criteria: [Criterion(concept: "probe", patterns: [keyword])], thresholds: .standard, analyzer: analyzer)
        var suggestion = KeywordSuggestion(
            keywords: [keyword], bandsResolved: 0, bandsBroken: 0,
            conceptsResolved: namesConcepts ? 0 : nil, conceptsBroken: namesConcepts ? 0 : nil, lines: []
        )
        for mark in marks.indices where results[mark].count > index {
            guard let found = probe.evaluate(tokens[mark]).criteria.first, found.status != .missed else { continue }
            var changed = results[mark]
            let before = changed[index].status
            if found.status == .met {
                changed[index].status = .met
                changed[index].evidence += found.evidence
                changed[index].negatedEvidence = []
            } else if before == .missed {
                changed[index].status = .negated
                changed[index].negatedEvidence += found.negatedEvidence
            }
            let band = rule.grade(changed).band
            var touched = false
            if bands[mark] != marks[mark].band, band == marks[mark].band { suggestion.bandsResolved += 1; touched = true }
            if bands[mark] == marks[mark].band, band != marks[mark].band { suggestion.bandsBroken += 1; touched = true }
            if namesConcepts, before != .met, changed[index].status == .met {
                if credits(mark, index) { suggestion.conceptsResolved? += 1 } else { suggestion.conceptsBroken? += 1 }
                touched = true
            }
            if touched { suggestion.lines.append(marks[mark].line) }
        }
        return suggestion.lines.isEmpty ? nil : suggestion
    }

    /// The keywords of criterion `index` that met only in replies the marker did not credit.
    private func tooBroad(_ index: Int) -> [BroadKeyword] {
        var metIn: [String: [Int]] = [:]
        var order: [String] = []
        for mark in marks.indices where results[mark].count > index && results[mark][index].status == .met {
            for keyword in Set(results[mark][index].evidence.map(\.keyword)) {
                if metIn[keyword] == nil { order.append(keyword) }
                metIn[keyword, default: []].append(mark)
            }
        }
        let listed = step.rubric[index].keywords
        order.sort { (listed.firstIndex(of: $0) ?? Int.max, $0) < (listed.firstIndex(of: $1) ?? Int.max, $1) }
        let isList = Self.isKeywordList(step.rubric[index].expression)
        return order.compactMap { keyword in
            guard let replies = metIn[keyword], !replies.contains(where: { credits($0, index) }) else { return nil }
            return BroadKeyword(keyword: keyword, lines: replies.map { marks[$0].line }, bandGainIfRemoved: isList ? gainIfRemoved(keyword, from: index) : nil)
        }
    }

    /// The band disagreements taking `keyword` out of criterion `index` resolves, less those it makes.
    private func gainIfRemoved(_ keyword: String, from index: Int) -> Int {
        var gain = 0
        for mark in marks.indices where results[mark].count > index && results[mark][index].status == .met {
            var changed = results[mark]
            let remaining = changed[index].evidence.filter { $0.keyword != keyword }
            guard remaining.count < changed[index].evidence.count else { continue }
            changed[index].evidence = remaining
            if remaining.isEmpty { changed[index].status = .missed }
            let band = rule.grade(changed).band
            if bands[mark] != marks[mark].band, band == marks[mark].band { gain += 1 }
            if bands[mark] == marks[mark].band, band != marks[mark].band { gain -= 1 }
        }
        return gain
    }

    /// True when an expression is a plain list of keywords, any of which will do.
    private static func isKeywordList(_ expression: MatchExpression) -> Bool {
        switch expression {
        case .keyword: return true
        case .any(let parts): return parts.allSatisfy(isKeywordList)
        default: return false
        }
    }
}
