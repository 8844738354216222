/// A digest with no transcript left to count. It carries the notes gathered on the way (each file
/// skipped, and why), so that the user sees which file failed and for what reason, not only that
/// none could be used.
struct NothingToDigest: Error, CustomStringConvertible {
    /// `file: skipped: reason`, one per file or damaged line, in the order they were read.
    let notes: [String]
    let reason: String

    var description: String { reason }
}
