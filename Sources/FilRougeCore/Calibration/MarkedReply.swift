/// A learner's reply to one step with the band a human marker gave it, read from a marks file.
public struct MarkedReply: Equatable, Sendable {
    /// The line of the marks file the row starts on, to find it again.
    public var line: Int
    public var step: String
    public var reply: String
    /// The human's band.
    public var band: Band
    /// The concepts the human judged present, as written (without repeats); nil when the marks file
    /// has no `concepts` column, so that "none named" and "not asked" stay apart.
    public var concepts: [String]?

    public init(line: Int, step: String, reply: String, band: Band, concepts: [String]? = nil) {
        self.line = line
        self.step = step
        self.reply = reply
        self.band = band
        self.concepts = concepts
    }
}
