/// A reply written by the trainer with the outcome it must get; the examples of a scenario are its tests.
public struct ExampleReply: Equatable, Sendable {
    public var reply: String
    public var band: Band
    /// Concepts the reply must meet.
    public var met: [String]
    /// Concepts the reply must not meet.
    public var missed: [String]
    /// Where the example is written, for reporting a failure.
    public var location: SourceLocation?

    public init(reply: String, band: Band, met: [String] = [], missed: [String] = [], location: SourceLocation? = nil) {
        self.reply = reply
        self.band = band
        self.met = met
        self.missed = missed
        self.location = location
    }
}
