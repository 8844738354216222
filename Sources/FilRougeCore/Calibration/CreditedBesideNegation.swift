/// An idea the rubric credited in a marked reply that contains a negation, and that the marker did
/// not name: the place to look for a negation the reader missed ("je ne pense pas que tu aies besoin
/// d'un site" credited with the website). Marks name only the ideas a reply affirms, so an idea a
/// reply mentions only inside a negation is never named; every such credit shows up here, beside
/// the credits that are wrong for another reason, which a look at the reply tells apart.
public struct CreditedBesideNegation: Equatable, Sendable, Encodable {
    /// The line of the marks file the row starts on.
    public var line: Int
    public var step: String
    public var concept: String
    /// The reply's negation cues, as written (`ne … pas`, `no`).
    public var cues: [String]
}
