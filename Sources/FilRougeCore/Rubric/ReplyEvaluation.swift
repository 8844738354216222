/// How one reply (or a reply and its follow-up, together) was graded against a step's rubric.
public struct ReplyEvaluation: Codable, Equatable, Sendable {
    /// Sum of the weights met over the sum of all weights, from 0 to 1.
    public var score: Double
    public var band: Band
    /// One result per criterion, in rubric order.
    public var criteria: [CriterionResult]

    public init(score: Double, band: Band, criteria: [CriterionResult]) {
        self.score = score
        self.band = band
        self.criteria = criteria
    }

    public var metConcepts: [String] {
        criteria.filter { $0.status == .met }.map(\.concept)
    }

    public var missedConcepts: [String] {
        criteria.filter { $0.status != .met }.map(\.concept)
    }
}

/// The outcome of one criterion for a reply.
public struct CriterionResult: Codable, Equatable, Sendable {
    public var concept: String
    public var label: String
    public var weight: Double
    public var required: Bool
    public var status: CriterionStatus
    /// The words that met it; empty when missed.
    public var evidence: [Evidence]

    public init(concept: String, label: String, weight: Double, required: Bool, status: CriterionStatus, evidence: [Evidence]) {
        self.concept = concept
        self.label = label
        self.weight = weight
        self.required = required
        self.status = status
        self.evidence = evidence
    }
}

public enum CriterionStatus: String, Codable, Sendable {
    case met
    case missed
}

/// Words of a reply that met a criterion, and which keyword they matched.
public struct Evidence: Codable, Equatable, Sendable {
    /// Which reply of the step the words are in: 1 for the first, 2 for the reply to the follow-up.
    public var attempt: Int
    /// The matched words in that reply, one range per word, in Unicode scalar offsets.
    public var ranges: [TextRange]
    /// The matched words as written.
    public var text: String
    /// The keyword of the rubric they matched, as the trainer wrote it.
    public var keyword: String
    public var match: MatchKind

    public init(attempt: Int, ranges: [TextRange], text: String, keyword: String, match: MatchKind) {
        self.attempt = attempt
        self.ranges = ranges
        self.text = text
        self.keyword = keyword
        self.match = match
    }
}

/// Why words matched a keyword, for explaining a grade.
public enum MatchKind: String, Codable, Sendable {
    /// The same word.
    case word
    /// A word that starts with the keyword's prefix (`factur*`).
    case prefix
    /// Several words in a row.
    case phrase
    /// A hyphenated word read as one (`e-mail` for `email`).
    case compound
}
