/// Keyword suggestions as one JSON document (see docs/calibration.md).
public enum KeywordSuggestionJSON {
    public static func render(_ suggester: KeywordSuggester) -> String {
        ReportJSON.text(of: Document(suggester: suggester), fallback: "{}")
    }

    private struct Document: Encodable {
        let suggester: KeywordSuggester

        enum CodingKeys: String, CodingKey {
            case format, scenario, marks, criteria
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(CalibrationJSON.format, forKey: .format)
            try container.encode(suggester.scenarioID, forKey: .scenario)
            try container.encode(suggester.marksFile, forKey: .marks)
            try container.encode(suggester.criteria.map(Criterion.init), forKey: .criteria)
        }
    }

    private struct Criterion: Encodable {
        let step: String
        let concept: String
        let add: [Addition]
        let tooBroad: [Broad]

        init(_ suggestions: CriterionSuggestions) {
            step = suggestions.step
            concept = suggestions.concept
            add = suggestions.additions.map(Addition.init)
            tooBroad = suggestions.tooBroad.map(Broad.init)
        }

        enum CodingKeys: String, CodingKey {
            case step, concept, add
            case tooBroad = "too_broad"
        }
    }

    private struct Addition: Encodable {
        let keywords: [String]
        let bandsResolved: Int
        let bandsBroken: Int
        let conceptsResolved: Int?
        let conceptsBroken: Int?
        let lines: [Int]

        init(_ suggestion: KeywordSuggestion) {
            keywords = suggestion.keywords
            bandsResolved = suggestion.bandsResolved
            bandsBroken = suggestion.bandsBroken
            conceptsResolved = suggestion.conceptsResolved
            conceptsBroken = suggestion.conceptsBroken
            lines = suggestion.lines
        }

        enum CodingKeys: String, CodingKey {
            case keywords, lines
            case bandsResolved = "bands_resolved"
            case bandsBroken = "bands_broken"
            case conceptsResolved = "concepts_resolved"
            case conceptsBroken = "concepts_broken"
        }

        /// Null figures are written as `null`, so that every object has the same keys.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(keywords, forKey: .keywords)
            try container.encode(bandsResolved, forKey: .bandsResolved)
            try container.encode(bandsBroken, forKey: .bandsBroken)
            try container.encode(conceptsResolved, forKey: .conceptsResolved)
            try container.encode(conceptsBroken, forKey: .conceptsBroken)
            try container.encode(lines, forKey: .lines)
        }
    }

    private struct Broad: Encodable {
        let keyword: String
        let lines: [Int]
        let bandGainIfRemoved: Int?

        init(_ broad: BroadKeyword) {
            keyword = broad.keyword
            lines = broad.lines
            bandGainIfRemoved = broad.bandGainIfRemoved
        }

        enum CodingKeys: String, CodingKey {
            case keyword, lines
            case bandGainIfRemoved = "band_gain_if_removed"
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(keyword, forKey: .keyword)
            try container.encode(lines, forKey: .lines)
            try container.encode(bandGainIfRemoved, forKey: .bandGainIfRemoved)
        }
    }
}
