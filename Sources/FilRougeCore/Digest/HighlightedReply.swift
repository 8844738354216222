/// A learner's reply with the words that met (or were negated for) the rubric's criteria marked,
/// so that a digest can show why it was picked.
public struct HighlightedReply: Equatable, Sendable {
    /// 1 for the reply to the question, 2 for the reply to the follow-up.
    public var attempt: Int
    public var text: String
    /// Non-overlapping, in order.
    public var highlights: [Highlight]

    public struct Highlight: Equatable, Sendable {
        /// Unicode scalar offsets in the reply, as in transcripts.
        public var range: Range<Int>
        public var kind: Kind
        /// The concepts these words count for, in rubric order.
        public var concepts: [String]
    }

    public enum Kind: String, Sendable, Comparable {
        /// Words that met a concept.
        case met
        /// Words that expressed a misconception.
        case misconception
        /// Words that would have met a concept but stand inside a negation.
        case negated

        /// Where one word counts twice, the mark shown is the one that decided the grade.
        private var precedence: Int {
            switch self {
            case .met: return 2
            case .misconception: return 1
            case .negated: return 0
            }
        }

        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            lhs.precedence < rhs.precedence
        }
    }

    /// A run of the text, marked or not.
    public struct Segment: Equatable, Sendable {
        public var text: String
        public var highlight: Highlight?
    }

    public init(attempt: Int, text: String, highlights: [Highlight]) {
        self.attempt = attempt
        self.text = text
        self.highlights = highlights
    }

    /// Marks `reply` with the evidence of `evaluation` that points into it. Evidence ranges come
    /// from a file someone may have edited: those outside the reply are ignored.
    public init(reply: Reply, evaluation: ReplyEvaluation) {
        let scalarCount = reply.text.unicodeScalars.count
        let scalars = Array(reply.text.unicodeScalars)
        var spans: [(range: Range<Int>, kind: Kind, concept: String)] = []
        for criterion in evaluation.criteria {
            if criterion.status == .met {
                let kind: Kind = criterion.isMisconception ? .misconception : .met
                for evidence in criterion.evidence where evidence.attempt == reply.attempt {
                    for range in Self.spans(of: evidence, in: scalars) { spans.append((range, kind, criterion.concept)) }
                }
            }
            for evidence in criterion.negatedEvidence where evidence.attempt == reply.attempt {
                for range in Self.spans(of: evidence, in: scalars) { spans.append((range, .negated, criterion.concept)) }
            }
        }
        var highlights: [Highlight] = []
        var offset = 0
        while offset < scalarCount {
            let covering = spans.filter { $0.range.contains(offset) }
            guard let kind = covering.map(\.kind).max() else {
                offset += 1
                continue
            }
            let concepts = Self.unique(covering.filter { $0.kind == kind }.map(\.concept), order: evaluation.criteria.map(\.concept))
            if var last = highlights.last, last.range.upperBound == offset, last.kind == kind, last.concepts == concepts {
                last.range = last.range.lowerBound..<(offset + 1)
                highlights[highlights.count - 1] = last
            } else {
                highlights.append(Highlight(range: offset..<(offset + 1), kind: kind, concepts: concepts))
            }
            offset += 1
        }
        self.init(attempt: reply.attempt, text: reply.text, highlights: highlights)
    }

    /// The text cut into marked and unmarked runs, in order.
    public var segments: [Segment] {
        let scalars = Array(text.unicodeScalars)
        var segments: [Segment] = []
        var offset = 0
        func part(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
        for highlight in highlights where highlight.range.lowerBound >= offset && highlight.range.upperBound <= scalars.count {
            if highlight.range.lowerBound > offset {
                segments.append(Segment(text: part(offset..<highlight.range.lowerBound), highlight: nil))
            }
            segments.append(Segment(text: part(highlight.range), highlight: highlight))
            offset = highlight.range.upperBound
        }
        if offset < scalars.count {
            segments.append(Segment(text: part(offset..<scalars.count), highlight: nil))
        }
        return segments
    }

    /// The evidence's word ranges that lie in the reply, with the gap between two of its words
    /// marked too when nothing but spaces and punctuation stand there (`demander à tes` is one mark,
    /// not three), but not across other words (`near` matches).
    static func spans(of evidence: Evidence, in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        let valid = evidence.ranges
            .filter { $0.start >= 0 && $0.start < $0.end && $0.end <= scalars.count }
            .map { $0.start..<$0.end }
            .sorted { $0.lowerBound < $1.lowerBound }
        var joined: [Range<Int>] = []
        for range in valid {
            if let last = joined.last, last.upperBound <= range.lowerBound,
               scalars[last.upperBound..<range.lowerBound].allSatisfy({ !$0.properties.isAlphabetic && $0.properties.numericType == nil }) {
                joined[joined.count - 1] = last.lowerBound..<range.upperBound
            } else {
                joined.append(range)
            }
        }
        return joined
    }

    private static func unique(_ concepts: [String], order: [String]) -> [String] {
        let present = Set(concepts)
        var seen = Set<String>()
        return order.filter { present.contains($0) && seen.insert($0).inserted }
    }
}
