#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cuts bytes that arrive a piece at a time into lines, numbered from 1, without their line feed.
/// A line whole inside one piece is handed over where it lies; only a line that runs across pieces
/// is gathered, so memory is bounded by the longest line, not by the file.
struct LineSplitter {
    /// The start of a line whose end has not arrived yet.
    private var pending: [UInt8] = []
    private var number = 0

    /// Calls `body` with each line the piece completes.
    mutating func split<E: Error>(
        _ piece: UnsafeBufferPointer<UInt8>, _ body: (Int, UnsafeBufferPointer<UInt8>) throws(E) -> Void
    ) throws(E) {
        guard let base = piece.baseAddress else { return }
        var start = 0
        while start < piece.count, let found = memchr(base + start, 0x0A, piece.count - start) {
            let end = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            number += 1
            if pending.isEmpty {
                try body(number, UnsafeBufferPointer(rebasing: piece[start..<end]))
            } else {
                pending.append(contentsOf: piece[start..<end])
                let line = pending
                pending.removeAll(keepingCapacity: true)
                try line.withUnsafeBufferPointer { buffer throws(E) in try body(number, buffer) }
            }
            start = end + 1
        }
        pending.append(contentsOf: piece[start...])
    }

    /// Calls `body` with the last line when the bytes did not end with a line feed.
    mutating func finish<E: Error>(_ body: (Int, UnsafeBufferPointer<UInt8>) throws(E) -> Void) throws(E) {
        guard !pending.isEmpty else { return }
        number += 1
        let line = pending
        pending = []
        try line.withUnsafeBufferPointer { buffer throws(E) in try body(number, buffer) }
    }
}
