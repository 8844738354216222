/// A reply written by the trainer with the outcome it must get; the examples of a scenario are its tests.
public struct ExampleReply: Equatable, Sendable {
    public var reply: String
    public var band: Band
    /// Concepts the reply must meet.
    public var met: [String]
    /// Concepts the reply must not meet.
    public var missed: [String]
    /// A reply to the step's follow-up question, graded with `reply` as the engine grades the two.
    public var followUp: FollowUpExample?
    /// Where the example is written, for reporting a failure.
    public var location: SourceLocation?

    public init(reply: String, band: Band, met: [String] = [], missed: [String] = [], followUp: FollowUpExample? = nil, location: SourceLocation? = nil) {
        self.reply = reply
        self.band = band
        self.met = met
        self.missed = missed
        self.followUp = followUp
        self.location = location
    }
}

/// The second half of an example that answers the follow-up question: the reply to it, and the band
/// the two replies must get together. The example's `met` and `missed` then apply to the two together,
/// the outcome the conversation keeps.
public struct FollowUpExample: Equatable, Sendable {
    public var reply: String
    public var bandTogether: Band

    public init(reply: String, bandTogether: Band) {
        self.reply = reply
        self.bandTogether = bandTogether
    }
}
