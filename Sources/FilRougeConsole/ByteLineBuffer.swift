/// Bytes read from a stream, cut into lines as they become complete.
///
/// Kept apart from the reading so that splitting can be reasoned about on its own.
/// Bytes are consumed by moving `start` forward rather than removing them from the
/// front of the array, and the search for `\n` resumes where the previous one stopped:
/// a 1 MB line arriving in small chunks is scanned once, not once per chunk.
struct ByteLineBuffer {
    private var bytes: [UInt8] = []
    /// The first byte not yet returned in a line.
    private var start = 0
    /// Bytes in `start..<scanned` are known to contain no line feed.
    private var scanned = 0

    /// Whether bytes are waiting that do not yet form a complete line.
    var hasRemainder: Bool { start < bytes.count }

    mutating func append(_ chunk: some Collection<UInt8>) {
        compactIfWorthwhile()
        bytes.append(contentsOf: chunk)
    }

    /// The next complete line, without its `\n` (nor a `\r` just before it), if one has arrived.
    mutating func nextLine() -> String? {
        guard let newline = bytes[scanned...].firstIndex(of: ByteLineBuffer.lineFeed) else {
            scanned = bytes.count
            return nil
        }
        let line = Self.decode(bytes[start..<newline])
        start = newline + 1
        scanned = start
        return line
    }

    /// Whatever is left after the last line feed: the last line of an input that does not end with one.
    mutating func takeRemainder() -> String? {
        guard hasRemainder else { return nil }
        let line = Self.decode(bytes[start...])
        bytes.removeAll(keepingCapacity: false)
        start = 0
        scanned = 0
        return line
    }

    /// Drops consumed bytes once they make up most of the storage, so memory stays bounded
    /// by the longest pending line while each byte is moved at most a constant number of times.
    private mutating func compactIfWorthwhile() {
        guard start > 0, start >= ByteLineBuffer.compactionThreshold || start == bytes.count,
              start * 2 >= bytes.count
        else { return }
        bytes.removeFirst(start)
        scanned -= start
        start = 0
    }

    /// Invalid UTF-8 becomes U+FFFD rather than losing the whole line: a learner's reply
    /// typed in a Latin-1 terminal still reaches the grader, merely with replacement characters.
    private static func decode(_ line: ArraySlice<UInt8>) -> String {
        var content = line
        if content.last == carriageReturn {
            content = content.dropLast()
        }
        return String(decoding: content, as: UTF8.self)
    }

    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D
    private static let compactionThreshold = 64 * 1024
}
