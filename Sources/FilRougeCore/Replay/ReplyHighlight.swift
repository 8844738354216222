/// A reply cut into pieces, each marked with why it is highlighted (if it is): the words that met
/// a criterion, those that would have but stand in a negation, and those that express a
/// misconception, found from the character ranges the evaluation kept.
///
/// The reply is cut before it is made safe for the terminal: the ranges count the reply's scalars
/// as written, and removing control characters first would shift them.
public struct ReplyHighlight: Equatable, Sendable {
    public var segments: [Segment]

    public struct Segment: Equatable, Sendable {
        public var text: String
        /// Nil for words that matched nothing.
        public var kind: Kind?

        public init(text: String, kind: Kind?) {
            self.text = text
            self.kind = kind
        }
    }

    /// Why words are highlighted; when ranges overlap the later case wins (a misconception is the
    /// most important thing to see).
    public enum Kind: Int, Comparable, Sendable {
        case met
        case negated
        case misconception

        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            lhs.rawValue < rhs.rawValue
        }
    }

    /// The highlights of `reply`, the `attempt`th reply of its step, from `evaluation`. Ranges that
    /// fall outside the reply (a transcript edited by hand) are left out.
    public init(reply: String, attempt: Int, evaluation: ReplyEvaluation?) {
        let scalars = Array(reply.unicodeScalars)
        var kinds = [Kind?](repeating: nil, count: scalars.count)
        func mark(_ evidence: [Evidence], as kind: Kind) {
            for piece in evidence where piece.attempt == attempt {
                let ranges = piece.ranges
                    .filter { $0.start >= 0 && $0.start < $0.end && $0.end <= scalars.count }
                    .sorted { $0.start < $1.start }
                var spans = ranges.map { $0.start..<$0.end }
                // The words of one match read as one highlight: `demander à tes`, not three.
                for (before, after) in zip(ranges, ranges.dropFirst()) where before.end < after.start
                    && scalars[before.end..<after.start].allSatisfy({ $0 == " " || $0 == "\u{00A0}" }) {
                    spans.append(before.end..<after.start)
                }
                for span in spans {
                    for index in span where kinds[index].map({ $0 < kind }) ?? true {
                        kinds[index] = kind
                    }
                }
            }
        }
        for criterion in evaluation?.criteria ?? [] {
            mark(criterion.evidence, as: criterion.isMisconception ? .misconception : .met)
            mark(criterion.negatedEvidence, as: .negated)
        }
        var segments: [Segment] = []
        var index = 0
        while index < scalars.count {
            let kind = kinds[index]
            var end = index
            var text = String.UnicodeScalarView()
            while end < scalars.count, kinds[end] == kind {
                text.append(scalars[end])
                end += 1
            }
            segments.append(Segment(text: String(text), kind: kind))
            index = end
        }
        self.segments = segments
    }

    /// The reply as it was, without marks.
    public var plainText: String {
        segments.map(\.text).joined()
    }
}
