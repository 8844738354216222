/// A comparison of groups as one JSON document for other programs: keys sorted, figures
/// unrounded, each figure a share object per group, keyed by the group's name (names are
/// distinct; `groups` gives their order). The structure is described in
/// docs/facilitators-guide.md; `format` changes only when a key changes meaning or goes.
public enum DigestComparisonJSON {
    public static let format = 1

    public static func render(_ comparison: DigestComparison) -> String {
        ReportJSON.text(of: Document(comparison), fallback: "{}") + "\n"
    }

    private typealias Share = DigestJSON.Share

    /// Each group's share, by the group's name.
    private static func byGroup(_ proportions: [Proportion], names: [String]) -> [String: Share] {
        Dictionary(zip(names, proportions.map(Share.init)), uniquingKeysWith: { first, _ in first })
    }

    private struct Document: Encodable {
        let format = DigestComparisonJSON.format
        let scenario: TranscriptHeader.ScenarioReference
        let groups: [Group]
        let steps: [Step]
        let endings: [Ending]

        init(_ comparison: DigestComparison) {
            let names = comparison.groups.map(\.name)
            scenario = comparison.scenario
            groups = comparison.groups.map { Group(name: $0.name, learners: $0.digest.learners, transcripts: DigestJSON.Transcripts(tally: $0.digest.transcripts)) }
            steps = comparison.steps.map { Step($0, names: names) }
            endings = comparison.endings.map { Ending(kind: $0.kind.rawValue, id: $0.kind == .ending ? $0.id : nil, title: $0.kind == .ending ? $0.title : nil, learners: byGroup($0.groups, names: names)) }
        }

        enum CodingKeys: String, CodingKey { case format, scenario, groups, steps, endings }
    }

    private struct Group: Encodable {
        let name: String
        let learners: Int
        let transcripts: DigestJSON.Transcripts
    }

    private struct Step: Encodable {
        let number: Int
        let id: String
        let question: String
        let answered: [String: Share]
        let bands: [String: [String: Share]]
        let criteria: [Criterion]

        init(_ step: ComparedStep, names: [String]) {
            number = step.number
            id = step.id
            question = step.question
            answered = byGroup(step.answered, names: names)
            bands = Dictionary(uniqueKeysWithValues: step.bands.map { ($0.band.rawValue, byGroup($0.groups, names: names)) })
            criteria = step.criteria.map {
                Criterion(concept: $0.concept, label: $0.label, misconception: $0.misconception, required: $0.required, met: byGroup($0.met, names: names))
            }
        }
    }

    private struct Criterion: Encodable {
        let concept: String
        let label: String
        let misconception: Bool
        let required: Bool
        let met: [String: Share]
    }

    private struct Ending: Encodable {
        let kind: String
        /// The ending's id; null for `quit` and `interrupted`.
        let id: String?
        /// What the florilège calls the ending; null for `quit` and `interrupted`.
        let title: String?
        let learners: [String: Share]

        enum CodingKeys: String, CodingKey { case kind, id, title, learners }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(learners, forKey: .learners)
        }
    }
}
