#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes read from a stream, cut into lines as they become complete: the one line splitter of the
/// program, for the learner's replies on standard input, transcript files, and transcript texts
/// read whole.
///
/// Kept apart from the reading so that splitting can be reasoned about on its own.
/// Bytes are consumed by moving `start` forward rather than removing them from the
/// front of the array, and the search for `\n` resumes where the previous one stopped:
/// a 1 MB line arriving in small chunks is scanned once, not once per chunk. Memory is bounded
/// by the longest pending line, not by the stream.
public struct ByteLineBuffer {
    private var bytes: [UInt8] = []

    public init() {}
    /// The first byte not yet returned in a line.
    private var start = 0
    /// Bytes in `start..<scanned` are known to contain no line feed.
    private var scanned = 0

    /// Whether bytes are waiting that do not yet form a complete line.
    public var hasRemainder: Bool { start < bytes.count }

    public mutating func append(_ chunk: some Collection<UInt8>) {
        compactIfWorthwhile()
        bytes.append(contentsOf: chunk)
    }

    /// Calls `body` with the bytes of the next complete line, without its `\n`, if one has
    /// arrived, and returns what it returns; nil when no line is complete yet.
    public mutating func nextLineBytes<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R? {
        guard let newline = nextLineFeed() else {
            scanned = bytes.count
            return nil
        }
        let lineStart = start
        start = newline + 1
        scanned = start
        return try bytes.withUnsafeBufferPointer { buffer throws(E) in
            try body(UnsafeBufferPointer(rebasing: buffer[lineStart..<newline]))
        }
    }

    /// The next complete line, without its `\n` (nor a `\r` just before it), if one has arrived.
    public mutating func nextLine() -> String? {
        nextLineBytes(Self.decode)
    }

    /// Calls `body` with whatever is left after the last line feed (the last line of an input that
    /// does not end with one), and empties the buffer; nil when nothing is left.
    public mutating func takeRemainderBytes<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R? {
        guard hasRemainder else { return nil }
        let remainder = start
        defer {
            bytes.removeAll(keepingCapacity: false)
            start = 0
            scanned = 0
        }
        return try bytes.withUnsafeBufferPointer { buffer throws(E) in try body(UnsafeBufferPointer(rebasing: buffer[remainder...])) }
    }

    /// Whatever is left after the last line feed: the last line of an input that does not end with one.
    public mutating func takeRemainder() -> String? {
        takeRemainderBytes(Self.decode)
    }

    /// Where the next line feed is, from where the last search stopped; `memchr` looks at several
    /// bytes at a time, where a loop looked at each.
    private func nextLineFeed() -> Int? {
        guard scanned < bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, let found = memchr(base + scanned, 0x0A, buffer.count - scanned) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
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
    private static func decode(_ line: UnsafeBufferPointer<UInt8>) -> String {
        var content = line
        if content.last == carriageReturn {
            content = UnsafeBufferPointer(rebasing: content.dropLast())
        }
        return String(decoding: content, as: UTF8.self)
    }

    private static let carriageReturn: UInt8 = 0x0D
    private static let compactionThreshold = 64 * 1024
}
