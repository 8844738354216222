import Foundation

// How grades and results read themselves from transcript lines (inside `evaluation`,
// `step_completed` and `end`), by the coding keys they are written with.

extension ReplyEvaluation: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var score: Double?, band: Band?, criteria: [CriterionResult]?, reason: BandReason??

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .score: try reader.read(&score)
            case .band: try reader.read(&band)
            case .criteria: try reader.read(&criteria)
            case .reason: try reader.readOptional(&reason)
            }
        }

        func value() throws -> ReplyEvaluation {
            ReplyEvaluation(
                score: try required(score, .score), band: try required(band, .band), criteria: try required(criteria, .criteria),
                reason: reason ?? nil
            )
        }
    }
}

extension CriterionResult: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var concept: String?, label: String?, weight: Double?, required: Bool?, status: CriterionStatus?
        var evidence: [Evidence]?, negatedEvidence: [Evidence]?

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .concept: try reader.read(&concept)
            case .label: try reader.read(&label)
            case .weight: try reader.read(&weight)
            case .required: try reader.read(&required)
            case .status: try reader.read(&status)
            case .evidence: try reader.read(&evidence)
            case .negatedEvidence: try reader.read(&negatedEvidence)
            }
        }

        func value() throws -> CriterionResult {
            CriterionResult(
                concept: try required(concept, .concept), label: try required(label, .label), weight: try required(weight, .weight),
                required: try required(self.required, .required), status: try required(status, .status),
                evidence: try required(evidence, .evidence), negatedEvidence: try required(negatedEvidence, .negatedEvidence)
            )
        }
    }
}

extension Evidence: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var attempt: Int?, ranges: [TextRange]?, text: String?, keyword: String?, match: MatchKind?, detail: String??, edits: Int?

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .attempt: try reader.read(&attempt)
            case .ranges: try reader.read(&ranges)
            case .text: try reader.read(&text)
            case .keyword: try reader.read(&keyword)
            case .match: try reader.read(&match)
            case .detail: try reader.readOptional(&detail)
            case .edits: try reader.read(&edits)
            }
        }

        func value() throws -> Evidence {
            Evidence(
                attempt: try required(attempt, .attempt), ranges: try required(ranges, .ranges), text: try required(text, .text),
                keyword: try required(keyword, .keyword), match: try required(match, .match), detail: detail ?? nil,
                edits: try required(edits, .edits)
            )
        }
    }
}

extension TextRange: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var start: Int?, end: Int?

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .start: try reader.read(&start)
            case .end: try reader.read(&end)
            }
        }

        func value() throws -> TextRange {
            TextRange(start: try required(start, .start), end: try required(end, .end))
        }
    }
}

extension BandReason: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var rule: Rule?, concepts: [String]?, developments: [String]?, requiredMissing: [String]?, loweredBy: [String]?
        var before: Band??

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .rule: try reader.read(&rule)
            case .concepts: try reader.read(&concepts)
            case .developments: try reader.read(&developments)
            case .requiredMissing: try reader.read(&requiredMissing)
            case .loweredBy: try reader.read(&loweredBy)
            case .before: try reader.readOptional(&before)
            }
        }

        func value() throws -> BandReason {
            BandReason(
                rule: try required(rule, .rule), concepts: try required(concepts, .concepts),
                developments: try required(developments, .developments), requiredMissing: try required(requiredMissing, .requiredMissing),
                loweredBy: try required(loweredBy, .loweredBy), before: before ?? nil
            )
        }
    }
}

extension StepResult: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var step: String?, score: Double?, band: Band?, attempts: Int?, criteria: [ConceptOutcome]?, reason: BandReason??

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .step: try reader.read(&step)
            case .score: try reader.read(&score)
            case .band: try reader.read(&band)
            case .attempts: try reader.read(&attempts)
            case .criteria: try reader.read(&criteria)
            case .reason: try reader.readOptional(&reason)
            }
        }

        func value() throws -> StepResult {
            StepResult(
                step: try required(step, .step), score: try required(score, .score), band: try required(band, .band),
                attempts: try required(attempts, .attempts), criteria: try required(criteria, .criteria), reason: reason ?? nil
            )
        }
    }
}

extension StepResult.ConceptOutcome: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var concept: String?, label: String?, status: CriterionStatus?, misconception: Bool?

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .concept: try reader.read(&concept)
            case .label: try reader.read(&label)
            case .status: try reader.read(&status)
            case .misconception: try reader.read(&misconception)
            }
        }

        func value() throws -> StepResult.ConceptOutcome {
            StepResult.ConceptOutcome(
                concept: try required(concept, .concept), label: try required(label, .label), status: try required(status, .status),
                misconception: try required(misconception, .misconception)
            )
        }
    }
}

extension ConversationSummary: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var steps: [StepResult]?, score: Double?, band: Band?

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .steps: try reader.read(&steps)
            case .score: try reader.read(&score)
            case .band: try reader.read(&band)
            }
        }

        func value() throws -> ConversationSummary {
            ConversationSummary(steps: try required(steps, .steps), score: try required(score, .score), band: try required(band, .band))
        }
    }
}

extension ReplyEvaluation.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension CriterionResult.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension Evidence.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension TextRange.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension BandReason.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension StepResult.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension StepResult.ConceptOutcome.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension ConversationSummary.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}
