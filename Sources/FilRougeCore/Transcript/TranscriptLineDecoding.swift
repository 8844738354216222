import Foundation

// How the values inside a transcript line read themselves for `TranscriptLineDecoder` (the line
// itself is `TranscriptLineFields`): the same keys, the same types and the same optional members as
// their synthesized `Codable` conformances, which stay the definition. Members are read in the
// order they are written, in one pass; a member not asked for is skipped, checked all the same;
// anything else is refused, and the line left to `JSONDecoder`. `TranscriptLineDecoderTests` and
// `TranscriptLineReaderTests` check that both read every kind of line alike.
//
// A type whose `Codable` conformance changes must change here too; a field added to a type with a
// memberwise initializer will not compile until it is.

extension TranscriptHeader.ScenarioReference: TranscriptLineDecodable {
    init(reading reader: inout JSONLineReader) throws {
        var hash: String?, id: String?, language: Language?, title: String?, version: String?
        try reader.readFields { reader, key in
            switch key {
            case "hash": try reader.read(into: &hash)
            case "id": try reader.read(into: &id)
            case "language": try reader.read(into: &language)
            case "title": try reader.read(into: &title)
            case "version": try reader.read(into: &version)
            default: try reader.skipValue()
            }
        }
        guard let hash, let id, let language, let title, let version else { throw JSONLineReader.Refused() }
        self.hash = hash
        self.id = id
        self.language = language
        self.title = title
        self.version = version
    }
}

extension ReplyEvaluation: TranscriptLineDecodable {
    init(reading reader: inout JSONLineReader) throws {
        var band: Band?, criteria: [CriterionResult]?, score: Double?, reason: BandReason?
        try reader.readFields { reader, key in
            switch key {
            case "band": try reader.read(into: &band)
            case "band_reason": try reader.read(into: &reason)
            case "criteria": try reader.read(into: &criteria)
            case "score": try reader.read(into: &score)
            default: try reader.skipValue()
            }
        }
        guard let band, let criteria, let score else { throw JSONLineReader.Refused() }
        self.init(score: score, band: band, criteria: criteria, reason: reason)
    }
}

extension BandReason: TranscriptLineDecodable {
    init(reading reader: inout JSONLineReader) throws {
        var before: Band??, concepts: [String]?, developments: [String]?, loweredBy: [String]?
        var requiredMissing: [String]?, rule: Rule?
        try reader.readFields { reader, key in
            switch key {
            case "before": try reader.readOptional(into: &before)
            case "concepts": try reader.read(into: &concepts)
            case "developments": try reader.read(into: &developments)
            case "lowered_by": try reader.read(into: &loweredBy)
            case "required_missing": try reader.read(into: &requiredMissing)
            case "rule": try reader.read(into: &rule)
            default: try reader.skipValue()
            }
        }
        guard let concepts, let developments, let loweredBy, let requiredMissing, let rule else { throw JSONLineReader.Refused() }
        self.init(
            rule: rule, concepts: concepts, developments: developments, requiredMissing: requiredMissing, loweredBy: loweredBy,
            before: before ?? nil
        )
    }
}

extension BandReason.Rule: TranscriptLineDecodable {}

extension CriterionResult: TranscriptLineDecodable {
    init(reading reader: inout JSONLineReader) throws {
        var concept: String?, evidence: [Evidence]?, label: String?, negatedEvidence: [Evidence]?
        var required: Bool?, status: CriterionStatus?, weight: Double?
        try reader.readFields { reader, key in
            switch key {
            case "concept": try reader.read(into: &concept)
            case "evidence": try reader.read(into: &evidence)
            case "label": try reader.read(into: &label)
            case "negated_evidence": try reader.read(into: &negatedEvidence)
            case "required": try reader.read(into: &required)
            case "status": try reader.read(into: &status)
            case "weight": try reader.read(into: &weight)
            default: try reader.skipValue()
            }
        }
        guard let concept, let evidence, let label, let negatedEvidence, let required, let status, let weight else {
            throw JSONLineReader.Refused()
        }
        self.init(
            concept: concept, label: label, weight: weight, required: required, status: status, evidence: evidence,
            negatedEvidence: negatedEvidence
        )
    }
}

extension Evidence: TranscriptLineDecodable {
    init(reading reader: inout JSONLineReader) throws {
        var attempt: Int?, detail: String??, edits: Int?, keyword: String?, match: MatchKind?, ranges: [TextRange]?, text: String?
        try reader.readFields { reader, key in
            switch key {
            case "attempt": try reader.read(into: &attempt)
            case "detail": try reader.readOptional(into: &detail)
            case "edits": try reader.read(into: &edits)
            case "keyword": try reader.read(into: &keyword)
            case "match": try reader.read(into: &match)
            case "ranges": try reader.read(into: &ranges)
            case "text": try reader.read(into: &text)
            default: try reader.skipValue()
            }
        }
        guard let attempt, let edits, let keyword, let match, let ranges, let text else { throw JSONLineReader.Refused() }
        self.init(attempt: attempt, ranges: ranges, text: text, keyword: keyword, match: match, detail: detail ?? nil, edits: edits)
    }
}

extension TextRange: TranscriptLineDecodable {
    init(reading reader: inout JSONLineReader) throws {
        var end: Int?, start: Int?
        try reader.readFields { reader, key in
            switch key {
            case "end": try reader.read(into: &end)
            case "start": try reader.read(into: &start)
            default: try reader.skipValue()
            }
        }
        guard let end, let start else { throw JSONLineReader.Refused() }
        self.init(start: start, end: end)
    }
}

extension StepResult: TranscriptLineDecodable {
    init(reading reader: inout JSONLineReader) throws {
        var attempts: Int?, band: Band?, criteria: [ConceptOutcome]?, reason: BandReason?, score: Double?, step: String?
        try reader.readFields { reader, key in
            switch key {
            case "attempts": try reader.read(into: &attempts)
            case "band": try reader.read(into: &band)
            case "band_reason": try reader.read(into: &reason)
            case "criteria": try reader.read(into: &criteria)
            case "score": try reader.read(into: &score)
            case "step": try reader.read(into: &step)
            default: try reader.skipValue()
            }
        }
        guard let attempts, let band, let criteria, let score, let step else { throw JSONLineReader.Refused() }
        self.init(step: step, score: score, band: band, attempts: attempts, criteria: criteria, reason: reason)
    }
}

extension StepResult.ConceptOutcome: TranscriptLineDecodable {
    init(reading reader: inout JSONLineReader) throws {
        var concept: String?, label: String?, misconception: Bool?, status: CriterionStatus?
        try reader.readFields { reader, key in
            switch key {
            case "concept": try reader.read(into: &concept)
            case "label": try reader.read(into: &label)
            case "misconception": try reader.read(into: &misconception)
            case "status": try reader.read(into: &status)
            default: try reader.skipValue()
            }
        }
        guard let concept, let label, let misconception, let status else { throw JSONLineReader.Refused() }
        self.init(concept: concept, label: label, status: status, misconception: misconception)
    }
}

extension ConversationSummary: TranscriptLineDecodable {
    init(reading reader: inout JSONLineReader) throws {
        var band: Band?, score: Double?, steps: [StepResult]?
        try reader.readFields { reader, key in
            switch key {
            case "band": try reader.read(into: &band)
            case "score": try reader.read(into: &score)
            case "steps": try reader.read(into: &steps)
            default: try reader.skipValue()
            }
        }
        guard let band, let score, let steps else { throw JSONLineReader.Refused() }
        self.init(steps: steps, score: score, band: band)
    }
}

extension Band: TranscriptLineDecodable {}
extension Language: TranscriptLineDecodable {}
extension CriterionStatus: TranscriptLineDecodable {}
extension MatchKind: TranscriptLineDecodable {}
extension FriendLine.Kind: TranscriptLineDecodable {}
