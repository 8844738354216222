/// How one reply (or a reply and its follow-up, together) was graded against a step's rubric.
public struct ReplyEvaluation: Encodable, Equatable, Sendable {
    /// Sum of the weights met over the sum of all weights, from 0 to 1; with bands by ideas, the
    /// band's share of a good reply (1, 0.5 or 0).
    public var score: Double
    public var band: Band
    /// One result per criterion, in rubric order.
    public var criteria: [CriterionResult]
    /// Why the band is what it is; nil in transcripts written before bands gave their reasons.
    public var reason: BandReason?

    public init(score: Double, band: Band, criteria: [CriterionResult], reason: BandReason? = nil) {
        self.score = score
        self.band = band
        self.criteria = criteria
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case score, band, criteria
        case reason = "band_reason"
    }

    /// The concepts met, misconceptions included.
    public var metConcepts: [String] {
        // A loop rather than filter and map: filtering would copy each whole result first.
        var concepts: [String] = []
        for criterion in criteria where criterion.status == .met {
            concepts.append(criterion.concept)
        }
        return concepts
    }

    /// The concepts not met (missed or negated), misconceptions excluded.
    public var missedConcepts: [String] {
        var concepts: [String] = []
        for criterion in criteria where criterion.status != .met && criterion.weight > 0 {
            concepts.append(criterion.concept)
        }
        return concepts
    }
}

/// The outcome of one criterion for a reply.
public struct CriterionResult: Encodable, Equatable, Sendable {
    public var concept: String
    public var label: String
    public var weight: Double
    public var required: Bool
    public var status: CriterionStatus
    /// The words that met it; empty unless met.
    public var evidence: [Evidence]
    /// Words that would have met it but stand inside a negation.
    public var negatedEvidence: [Evidence]

    public init(
        concept: String, label: String, weight: Double, required: Bool, status: CriterionStatus,
        evidence: [Evidence], negatedEvidence: [Evidence] = []
    ) {
        self.concept = concept
        self.label = label
        self.weight = weight
        self.required = required
        self.status = status
        self.evidence = evidence
        self.negatedEvidence = negatedEvidence
    }

    /// True for a misconception (a negative weight): meeting it lowers the score.
    public var isMisconception: Bool {
        weight < 0
    }

    /// True for a development criterion, the only kind that weighs nothing: it is no idea of its
    /// own, only the concrete side of others.
    public var isDevelopment: Bool {
        weight == 0
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case concept, label, weight, required, status, evidence
        case negatedEvidence = "negated_evidence"
    }
}

public enum CriterionStatus: String, Encodable, CaseIterable, Sendable {
    case met
    case missed
    /// Its only evidence lies inside a negation (*je n'ai pas besoin d'un site web*).
    case negated
}

/// Words of a reply that met a criterion, and which keyword they matched.
public struct Evidence: Encodable, Equatable, Sendable {
    /// Which reply of the step the words are in: 1 for the first, 2 for the reply to the follow-up.
    public var attempt: Int
    /// The matched words in that reply, one range per word, in Unicode scalar offsets.
    public var ranges: [TextRange]
    /// The matched words as written.
    public var text: String
    /// The keyword of the rubric they matched, as the trainer wrote it.
    public var keyword: String
    public var match: MatchKind
    /// How each word met the keyword, when it was more than the same word: `linkdin ≈ linkedin (1
    /// edit)`, `factures ~ facturation (same stem factur)`.
    public var detail: String?
    /// How many typing errors the match forgave, in all its words.
    public var edits: Int

    public init(attempt: Int, ranges: [TextRange], text: String, keyword: String, match: MatchKind, detail: String? = nil, edits: Int = 0) {
        self.attempt = attempt
        self.ranges = ranges
        self.text = text
        self.keyword = keyword
        self.match = match
        self.detail = detail
        self.edits = edits
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case attempt, ranges, text, keyword, match, detail, edits
    }
}

/// Why words matched a keyword, for explaining a grade.
public enum MatchKind: String, Encodable, CaseIterable, Sendable {
    /// The same word.
    case word
    /// Another form of the word, with the same stem (`factures` for `facturation`).
    case stem
    /// A word that starts with the keyword's prefix (`factur*`).
    case prefix
    /// Several words in a row.
    case phrase
    /// A hyphenated word read as one (`e-mail` for `email`).
    case compound
    /// A misspelling of the keyword (`linkdin` for `linkedin`).
    case typo
    /// A keyword marked exact (`=RGPD`).
    case exact
    /// A number, in digits or in words (`cinquante` for `50`).
    case number
    /// Two words near each other (`near`).
    case proximity
}
