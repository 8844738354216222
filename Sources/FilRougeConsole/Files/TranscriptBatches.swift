import FilRougeCore
import Foundation

/// Reads many transcript files into `ConversationRecord`s, several at a time on the machine's
/// cores, in batches: decoding is nearly all of a digest's work, and files are independent, so each
/// core takes a share; and only one batch of records is held at once, whatever the size of the
/// cohort. A batch holds at most `filesPerBatch` files and, past its first file, at most
/// `bytesPerBatch` bytes of them, so that many large files cost the memory of a few.
/// `filrouge bench --digest` times it on every core and on one.
public enum TranscriptBatches {
    /// One file, read or not.
    public struct Loaded: Sendable {
        public var path: String
        public var record: Result<ConversationRecord, FileReadError>
        /// Set when the last line was cut inside a character (`TranscriptFileReader.Read.warning`).
        public var warning: String? = nil
    }

    public static let filesPerBatch = 64
    public static let bytesPerBatch = 64 * 1024 * 1024

    /// Reads `paths` in order, handing each batch of files to `body` in that order.
    /// - Parameters:
    ///   - names: how messages call each file, one per path (`transcript 3` under `--anonymize`);
    ///     by default its path.
    ///   - concurrently: false reads one file at a time (for measuring); so does a process
    ///     allowed only one core.
    public static func read(_ paths: [String], names: [String]? = nil, concurrently: Bool = true, _ body: ([Loaded]) throws -> Void) rethrows {
        let names = names ?? paths
        var start = 0
        while start < paths.count {
            let batch = nextBatch(paths, from: start)
            let batchNames = Array(names[start..<(start + batch.count)])
            start += batch.count
            if concurrently, batch.count > 1, UsableCores.count > 1 {
                let slots = Slots(count: batch.count)
                DispatchQueue.concurrentPerform(iterations: batch.count) { index in
                    slots.set(index, load(batch[index], name: batchNames[index]))
                }
                try body(slots.values(paths: batch, names: batchNames))
            } else {
                try body(zip(batch, batchNames).map { load($0, name: $1) })
            }
        }
    }

    /// The files from `start` that make the next batch: at least one.
    static func nextBatch(_ paths: [String], from start: Int) -> [String] {
        var batch = [paths[start]]
        var bytes = size(of: paths[start])
        for path in paths[(start + 1)...].prefix(filesPerBatch - 1) {
            bytes += size(of: path)
            if bytes > bytesPerBatch { break }
            batch.append(path)
        }
        return batch
    }

    /// The file's size as the system tells it, without reading it; 0 when it cannot be had (the
    /// reader then says why).
    private static func size(of path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : 0
    }

    /// Reads and decodes one file; an empty file is refused here, as no transcript.
    /// - Parameter name: how messages call the file; by default its path.
    public static func load(_ path: String, name: String? = nil) -> Loaded {
        let name = name ?? path
        do throws(FileReadError) {
            let read = try TranscriptFileReader.read(path: path, name: name)
            if read.byteCount == 0 { throw FileReadError(name: name, problem: .empty(kind: .transcript)) }
            return Loaded(path: path, record: .success(ConversationRecord(read.contents)), warning: read.warning)
        } catch {
            return Loaded(path: path, record: .failure(error))
        }
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

        func values(paths: [String], names: [String]) -> [Loaded] {
            lock.lock()
            defer { lock.unlock() }
            return loaded.enumerated().map { index, value in
                value ?? Loaded(path: paths[index], record: .failure(FileReadError(name: names[index], problem: .unreadable("not read"))))
            }
        }
    }
}
