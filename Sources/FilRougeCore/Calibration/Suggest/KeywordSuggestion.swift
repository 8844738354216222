/// Words or short phrases of the marked replies that no keyword of a criterion meets, with what
/// adding one of them as a keyword would do to the agreement with the marks. Words that would
/// change the same replies the same way come together (most often, the words of one reply): the
/// marks cannot tell them apart, the trainer can.
public struct KeywordSuggestion: Equatable, Sendable {
    /// As the learners wrote them, in lower case, the rarest in the marked replies first.
    public var keywords: [String]
    /// Replies whose band would then agree with the marker's, where it did not.
    public var bandsResolved: Int
    /// Replies whose band agreed with the marker's and would no longer.
    public var bandsBroken: Int
    /// Replies in which the marker named the concept and the criterion would now be met; nil
    /// when the marks file names no concepts.
    public var conceptsResolved: Int?
    /// Replies in which the marker did not name the concept and the criterion would now be met;
    /// nil when the marks file names no concepts.
    public var conceptsBroken: Int?
    /// The marks-file lines of the replies it would change, in file order.
    public var lines: [Int]

    /// What the keyword does to the agreement, lines aside.
    var effect: [Int?] {
        [bandsResolved, bandsBroken, conceptsResolved, conceptsBroken]
    }

    /// How many band disagreements the keyword resolves, less those it makes.
    public var bandGain: Int { bandsResolved - bandsBroken }
    /// How many concept disagreements the keyword resolves, less those it makes.
    public var conceptGain: Int { (conceptsResolved ?? 0) - (conceptsBroken ?? 0) }
}

/// A keyword of a criterion that met only in replies where the marker did not credit the concept
/// (or, when the marks name no concepts, only in replies the machine banded above the marker).
public struct BroadKeyword: Equatable, Sendable {
    /// As the rubric writes it.
    public var keyword: String
    /// The marks-file lines of the replies it met in, in file order.
    public var lines: [Int]
    /// What taking the keyword out would do: the band disagreements it resolves, less those it
    /// makes. Nil when the criterion is a `match` expression, where taking one keyword out is not
    /// a matter of a list.
    public var bandGainIfRemoved: Int?
}

/// The suggestions for one criterion of a step.
public struct CriterionSuggestions: Equatable, Sendable {
    public var step: String
    public var concept: String
    public var label: String
    /// Best first: most band disagreements resolved, then most concept disagreements, then the
    /// shortest.
    public var additions: [KeywordSuggestion]
    /// In rubric order.
    public var tooBroad: [BroadKeyword]
}
