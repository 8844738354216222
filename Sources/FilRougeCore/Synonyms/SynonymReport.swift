/// For each criterion of some steps, and each of its keywords, the thesaurus's synonyms the
/// criterion does not already cover: what `filrouge synonyms` prints.
public struct SynonymReport: Encodable, Equatable, Sendable {
    public var scenario: String
    /// The thesaurus's data file, as found.
    public var thesaurus: String
    public var steps: [Step]

    public struct Step: Encodable, Equatable, Sendable {
        public var id: String
        public var criteria: [Criterion]
    }

    public struct Criterion: Encodable, Equatable, Sendable {
        public var concept: String
        public var label: String
        public var isMisconception: Bool
        /// The keywords that have an entry, in rubric order.
        public var keywords: [Keyword]
        /// The keywords the thesaurus has no entry for (prefixes such as `impliqu*`, most phrases).
        public var withoutEntry: [String]

        enum CodingKeys: String, CodingKey {
            case concept, label, keywords
            case isMisconception = "misconception"
            case withoutEntry = "without_entry"
        }
    }

    public struct Keyword: Encodable, Equatable, Sendable {
        /// As the rubric writes it.
        public var keyword: String
        /// The headwords it was found as (`video` → `vidéo`).
        public var headwords: [String]
        /// The synonyms not covered, by meaning; meanings left with none are left out.
        public var meanings: [Meaning]
        /// How many of the thesaurus's synonyms the criterion already covers.
        public var coveredCount: Int

        enum CodingKeys: String, CodingKey {
            case keyword, headwords, meanings
            case coveredCount = "covered"
        }
    }

    public struct Meaning: Encodable, Equatable, Sendable {
        /// The thesaurus's part of speech (`Verbe`, `noun`), empty when it gives none.
        public var partOfSpeech: String
        public var synonyms: [Synonym]

        enum CodingKeys: String, CodingKey {
            case synonyms
            case partOfSpeech = "part_of_speech"
        }
    }

    public struct Synonym: Encodable, Equatable, Sendable {
        public var text: String
        /// The thesaurus's note on it (`generic term`), if any.
        public var note: String?
        /// The other criteria of the step it would meet alone.
        public var alsoMeets: [String]

        enum CodingKeys: String, CodingKey {
            case text, note
            case alsoMeets = "also_meets"
        }
    }
}
