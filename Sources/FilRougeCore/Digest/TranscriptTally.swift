import Foundation

/// How many transcripts a digest read and left out, and why: the document states it, so that a
/// group knows what the figures cover.
public struct TranscriptTally: Equatable, Sendable {
    /// Transcripts digested: each is one learner.
    public var read: Int
    /// Transcripts left out, by reason; reasons with none are absent.
    public var skipped: [SkipReason.Category: Int]
    /// Lines that could not be read in the transcripts digested (skipped, the rest of each file kept).
    public var damagedLines: Int
    /// How many digested transcripts had such lines.
    public var damagedTranscripts: Int
    /// When the first and the last digested conversation started; nil when none was read.
    public var firstStarted: Date?
    public var lastStarted: Date?

    public init(
        read: Int = 0, skipped: [SkipReason.Category: Int] = [:], damagedLines: Int = 0, damagedTranscripts: Int = 0,
        firstStarted: Date? = nil, lastStarted: Date? = nil
    ) {
        self.read = read
        self.skipped = skipped
        self.damagedLines = damagedLines
        self.damagedTranscripts = damagedTranscripts
        self.firstStarted = firstStarted
        self.lastStarted = lastStarted
    }

    public var skippedCount: Int {
        skipped.values.reduce(0, +)
    }
}
