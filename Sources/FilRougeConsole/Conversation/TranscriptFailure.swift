import FilRougeCore
import Foundation

/// A transcript that could not be written, which stopped the conversation: what went wrong, and
/// where the transcript stops, so that the end of the conversation can say both.
public struct TranscriptFailure: Sendable {
    public var url: URL
    public var problem: FileProblem
    /// The last reply the transcript holds, or nil when it holds none.
    public var lastReply: Reply?
}
