/// The first place where a path's conversation does not go as the path says, with what was
/// expected and what happened. A path is not followed further: after one turn goes astray, every
/// later turn would be answering a question the conversation is not asking.
public struct PathDeviation: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// The turn was written for another step than the one the conversation is at.
        case step
        /// The reply got another band.
        case band
        /// The reply met a concept it must not, or missed one it must meet.
        case concepts
        /// After the last turn, the conversation reached another ending, or none.
        case ending
    }

    public var kind: Kind
    /// The turn's number in the path, from 1; nil when the turns all went as written and the
    /// ending is what differs.
    public var turn: Int?
    /// Where the turn (or, for the ending, the path's `ending`) is written.
    public var location: SourceLocation?
    /// What differs, one line each, in the words of `filrouge test`.
    public var problems: [String]
    /// For a reply that went astray: its text, and the concepts met and missed.
    public var reply: String?
    public var met: [String] = []
    public var missed: [String] = []
}
