/// One learner's conversation in a replay: the name to show for them, what they said, and, when
/// asked for, their replies graded again.
public struct ReplayLearner: Equatable, Sendable {
    /// The name shown beside their replies: theirs, their file's, or `Learner 2` when anonymized.
    public var label: String
    public var record: ConversationRecord
    /// Parallel to `record.turns`.
    public var regrade: TranscriptRegrade?

    public init(label: String, record: ConversationRecord, regrade: TranscriptRegrade? = nil) {
        self.label = label
        self.record = record
        self.regrade = regrade
    }
}
