import FilRougeCore
import Foundation

/// Where a conversation's entries go as they happen. `TranscriptWriter` writes them to disk; the
/// conversation only needs to know whether each entry was written, so that it never shows a grade
/// it could not record.
public protocol TranscriptWriting: AnyObject {
    /// The file the entries go to, to name it to the learner.
    var url: URL { get }
    /// Writes one entry as a line; `durable` returns only once it is on disk. Throws
    /// `TranscriptWriteError` when the entry is not (entirely) written.
    func write(_ entry: TranscriptEntry, durable: Bool) throws
}
