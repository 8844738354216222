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
            let record = try data.withUnsafeBytes { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                // Checked here and read as bytes: making a String of them would check them again.
                guard UTF8Validation.isValid(bytes) else { throw TranscriptReadError("is not UTF-8 text") }
                return ConversationRecord(utf8: bytes)
            }
            return Loaded(path: path, record: .success(record))
        } catch let error as TranscriptReadError {
            return Loaded(path: path, record: .failure(error))
        } catch {
            return Loaded(path: path, record: .failure(TranscriptReadError("\(error)")))
        }
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
