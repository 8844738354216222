import FilRougeCore
import Foundation

/// Reads transcript files into `ConversationRecord`s, several at a time on the machine's cores, in
/// batches: decoding is nearly all of a digest's work, and files are independent, so each core
/// takes a share; and only one batch of records is held at once, whatever the size of the cohort.
/// `filrouge bench --digest` times it on every core and on one.
public enum TranscriptReader {
    /// One file, read or not.
    public struct Loaded: Sendable {
        public var path: String
        public var record: Result<ConversationRecord, TranscriptReadError>
        /// Set when the last line was cut inside a character (what a full disk leaves): where the
        /// bad bytes are (`path:line: …`), read as U+FFFD as the other readers do, so that the cut
        /// costs that line, not the file.
        public var warning: String? = nil
    }

    /// A transcript is a few hundred kilobytes at most; anything larger is not one.
    public static let maximumSize = 64 * 1024 * 1024

    /// Reads `paths` in order, handing each batch of files to `body` in that order.
    /// - Parameter concurrently: false reads one file at a time (for measuring); so does a process
    ///   allowed only one core.
    public static func read(
        _ paths: [String], batchSize: Int = 64, concurrently: Bool = true, _ body: ([Loaded]) throws -> Void
    ) rethrows {
        var start = 0
        while start < paths.count {
            let batch = Array(paths[start..<min(paths.count, start + max(1, batchSize))])
            start += batch.count
            if concurrently, batch.count > 1, UsableCores.count > 1 {
                let slots = Slots(count: batch.count)
                DispatchQueue.concurrentPerform(iterations: batch.count) { index in
                    slots.set(index, load(batch[index]))
                }
                try body(slots.values(paths: batch))
            } else {
                try body(batch.map(load))
            }
        }
    }

    /// Reads and decodes one file.
    public static func load(_ path: String) -> Loaded {
        do {
            let data = try bytes(of: path)
            if data.isEmpty { throw TranscriptReadError("is empty: not a transcript") }
            return try data.withUnsafeBytes { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                // Checked here and read as bytes: making a String of them would check them again.
                if UTF8Validation.isValid(bytes) {
                    return Loaded(path: path, record: .success(ConversationRecord(utf8: bytes)))
                }
                // A last line cut inside a character (what a full disk leaves) costs that line,
                // read with U+FFFD as the other readers do, and reported as damaged.
                guard let cutLine = cutLastLine(bytes) else { throw TranscriptReadError("is not UTF-8 text") }
                let record = ConversationRecord(text: String(decoding: bytes, as: UTF8.self))
                let warning = "\(path):\(cutLine): bytes that are not UTF-8, read as \u{FFFD}"
                return Loaded(path: path, record: .success(record), warning: warning)
            }
        } catch let error as TranscriptReadError {
            return Loaded(path: path, record: .failure(error))
        } catch {
            return Loaded(path: path, record: .failure(TranscriptReadError("\(error)")))
        }
    }

    /// The number (from 1) of the last line when it follows whole lines, has no line break after
    /// it, and every byte before it is UTF-8: a line cut short, the only place a transcript's
    /// bytes are let be bad. A file of one such line is no transcript: it is not UTF-8 text.
    static func cutLastLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let last = bytes.last, last != UInt8(ascii: "\n"),
              let lastBreak = bytes.lastIndex(of: UInt8(ascii: "\n")) else { return nil }
        let before = UnsafeBufferPointer(rebasing: bytes[...lastBreak])
        guard UTF8Validation.isValid(before) else { return nil }
        return before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }

    static func bytes(of path: String) throws -> Data {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw TranscriptReadError("cannot be read: \(error.localizedDescription)")
        }
        if data.count > maximumSize {
            throw TranscriptReadError("is \(data.count) bytes; transcripts are limited to \(maximumSize) bytes")
        }
        return data
    }

    /// Where the threads put what they read, each in its own slot.
    private final class Slots: @unchecked Sendable {
        private var loaded: [Loaded?]
        private let lock = NSLock()

        init(count: Int) {
            loaded = Array(repeating: nil, count: count)
        }

        func set(_ index: Int, _ value: Loaded) {
            lock.lock()
            loaded[index] = value
            lock.unlock()
        }

        func values(paths: [String]) -> [Loaded] {
            lock.lock()
            defer { lock.unlock() }
            return loaded.enumerated().map { index, value in
                value ?? Loaded(path: paths[index], record: .failure(TranscriptReadError("was not read")))
            }
        }
    }
}
