/// Builds a `SynonymReport`: looks each keyword of the chosen criteria up in a thesaurus and keeps
/// the synonyms their criterion does not cover (see `SynonymCoverage`).
public struct SynonymFinder {
    public let scenario: Scenario
    /// The entries a keyword stands for (`Thesaurus.entries(for:)`); throws when the thesaurus is damaged.
    public let lookUp: (String) throws -> [ThesaurusEntry]
    private let coverage: SynonymCoverage

    public init(scenario: Scenario, lookUp: @escaping (String) throws -> [ThesaurusEntry]) {
        self.scenario = scenario
        self.lookUp = lookUp
        coverage = SynonymCoverage(scenario: scenario)
    }

    /// The report for the steps `stepIDs` (every step when empty), and of each only the criterion
    /// `concept` when given (steps without it are left out). Unknown ids are the caller's to refuse.
    public func report(steps stepIDs: [String] = [], concept: String? = nil, thesaurus: String) throws -> SynonymReport {
        let steps = stepIDs.isEmpty ? scenario.steps : stepIDs.compactMap { scenario.step($0) }
        var reported: [SynonymReport.Step] = []
        for step in steps {
            let criteria = step.rubric.filter { concept == nil || $0.concept == concept }
            guard !criteria.isEmpty else { continue }
            reported.append(SynonymReport.Step(id: step.id, criteria: try criteria.map { try synonyms(of: $0, in: step) }))
        }
        return SynonymReport(scenario: scenario.id, thesaurus: thesaurus, steps: reported)
    }

    /// The synonyms of one criterion's keywords. A synonym is given once per criterion, under the
    /// first keyword and meaning that lead to it, and never when it is one of the keywords itself
    /// (or the headword it was found as). Antonyms and broader terms are no synonyms (see
    /// `ThesaurusTerm.isSynonym`).
    private func synonyms(of criterion: Criterion, in step: Step) throws -> SynonymReport.Criterion {
        var seenKeywords = Set<String>()
        var keywords: [SynonymReport.Keyword] = []
        var withoutEntry: [String] = []
        let ownKeywords = Set(criterion.keywords.compactMap(SynonymKeyword.lookupText).map(TextFolder.fold))
        var seenSynonyms = ownKeywords
        for keyword in criterion.keywords {
            guard let text = SynonymKeyword.lookupText(of: keyword), seenKeywords.insert(TextFolder.fold(text)).inserted else { continue }
            let entries = try lookUp(text)
            guard !entries.isEmpty else {
                withoutEntry.append(keyword)
                continue
            }
            for entry in entries { seenSynonyms.insert(TextFolder.fold(entry.headword)) }
            var meanings: [SynonymReport.Meaning] = []
            var covered = 0
            for meaning in entries.flatMap(\.meanings) {
                var synonyms: [SynonymReport.Synonym] = []
                for term in meaning.terms where term.isSynonym {
                    guard seenSynonyms.insert(TextFolder.fold(term.text)).inserted,
                          let assessment = coverage.assess(term.text, step: step.id, criterion: criterion.concept) else { continue }
                    if assessment.isCovered {
                        covered += 1
                    } else {
                        synonyms.append(SynonymReport.Synonym(text: term.text, note: term.note, alsoMeets: assessment.otherConcepts))
                    }
                }
                if !synonyms.isEmpty {
                    meanings.append(SynonymReport.Meaning(partOfSpeech: meaning.partOfSpeech, synonyms: synonyms))
                }
            }
            keywords.append(SynonymReport.Keyword(keyword: keyword, headwords: entries.map(\.headword), meanings: meanings, coveredCount: covered))
        }
        return SynonymReport.Criterion(
            concept: criterion.concept, label: criterion.label, isMisconception: criterion.isMisconception,
            keywords: keywords, withoutEntry: withoutEntry
        )
    }
}

extension SynonymFinder {
    /// What is wrong with a choice of step and criterion, in words for the command line (with the
    /// id most likely meant), nil when both exist: the criterion must be one of the chosen step's,
    /// or of any step's when none is chosen.
    public func problem(step stepID: String?, concept: String?) -> String? {
        let stepIDs = scenario.steps.map(\.id)
        if let stepID, scenario.step(stepID) == nil {
            return "no step '\(stepID)' in \(scenario.id)"
                + (Suggestion.closest(to: stepID, in: stepIDs).map { "; did you mean '\($0)'?" } ?? "; its steps are: \(stepIDs.joined(separator: ", "))")
        }
        guard let concept else { return nil }
        let steps = stepID.flatMap { scenario.step($0) }.map { [$0] } ?? scenario.steps
        var concepts: [String] = []
        for step in steps {
            for criterion in step.rubric where !concepts.contains(criterion.concept) { concepts.append(criterion.concept) }
        }
        guard !concepts.contains(concept) else { return nil }
        let place = stepID.map { "step '\($0)'" } ?? "any step of \(scenario.id)"
        return "no criterion '\(concept)' in \(place)"
            + (Suggestion.closest(to: concept, in: concepts).map { "; did you mean '\($0)'?" } ?? "; its criteria are: \(concepts.joined(separator: ", "))")
    }
}
