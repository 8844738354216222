import FilRougeCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A transcript being written: each entry is written as one line the moment it happens, and a
/// learner's reply is forced to disk before anything else, so that a closed laptop or a killed
/// terminal loses nothing that was typed.
///
/// While it is open, the file is locked (`flock`), so that two conversations never write to the
/// same transcript: a second `play --resume` of a conversation still going on is refused.
public final class TranscriptWriter: TranscriptWriting {
    public let url: URL
    private let descriptor: Int32
    /// Set when a file opened for appending did not end with a line break (a line half-written when
    /// the power went): the 1-based number of that line. The line is left as it is, and readers skip
    /// it; what is appended starts on the next line.
    public private(set) var unfinishedLine: Int?

    /// Creates a new file; an existing file is never overwritten or appended to, except an empty
    /// one: a transcript left with zero bytes (the program was stopped, or the disk was full,
    /// before its header) holds nothing to lose, so it can be given again to start anew.
    public init(creating url: URL) throws {
        if let problem = FolderCreation.create(url.deletingLastPathComponent().path) {
            throw TranscriptWriteError(path: url.path, problem: problem)
        }
        let descriptor = try Self.openNew(url.path)
        do {
            try Self.lock(descriptor, path: url.path)
            // Checked once locked, so that a conversation that has just begun in it is not taken over.
            var status = stat()
            guard fstat(descriptor, &status) == 0, status.st_size == 0 else {
                throw TranscriptWriteError(path: url.path, problem: .alreadyExists)
            }
        } catch {
            close(descriptor)
            throw error
        }
        self.url = url
        self.descriptor = descriptor
    }

    /// Opens a new file, or an existing empty ordinary file; anything else is refused with what it is.
    private static func openNew(_ path: String) throws -> Int32 {
        while true {
            let created = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o644)
            if created >= 0 { return created }
            guard errno == EEXIST else { throw TranscriptWriteError(path: path, problem: FileProblem(errno: errno)) }
            var status = stat()
            guard lstat(path, &status) == 0 else { continue } // removed in between: try creating it again
            switch status.st_mode & S_IFMT {
            case S_IFDIR: throw TranscriptWriteError(path: path, problem: .isAFolder)
            case S_IFLNK: throw TranscriptWriteError(path: path, problem: .symbolicLink)
            case S_IFREG: break
            default: throw TranscriptWriteError(path: path, problem: .notAnOrdinaryFile)
            }
            guard status.st_size == 0 else { throw TranscriptWriteError(path: path, problem: .alreadyExists) }
            // O_NOFOLLOW: lstat saw an ordinary file, so a link put there since is refused.
            let existing = open(path, O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW)
            guard existing >= 0 else { throw TranscriptWriteError(path: path, problem: FileProblem(errno: errno)) }
            return existing
        }
    }

    /// Opens an existing transcript to add to its end, for a resumed conversation. If the file does
    /// not end with a line break, one is written first, so that the file stays JSON Lines: the
    /// half-written line stays one damaged line instead of spoiling the first appended one.
    /// - Parameter expectedSize: the size of the file when it was read to resume it; a file that
    ///   has grown since is refused, since what was added would not be part of the conversation.
    public init(appendingTo url: URL, expectedSize: Int? = nil) throws {
        let descriptor = open(url.path, O_RDWR | O_APPEND | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw TranscriptWriteError(path: url.path, problem: FileProblem(errno: errno))
        }
        // Everything that can fail comes before the properties are set: once they are, a thrown
        // error would run `deinit`, which closes the descriptor a second time.
        do {
            try Self.lock(descriptor, path: url.path)
            var status = stat()
            if let expectedSize, fstat(descriptor, &status) == 0, Int(status.st_size) != expectedSize {
                throw TranscriptWriteError(path: url.path, problem: .other("it changed while it was being read (is the conversation going on elsewhere?); try again once it has ended"))
            }
            let ending = try Self.lastLine(of: descriptor, path: url.path)
            if ending.isUnfinished {
                try Self.writeAll(Array("\n".utf8), to: descriptor, path: url.path)
                try Self.synchronize(descriptor, path: url.path)
                unfinishedLine = ending.number
            }
        } catch {
            close(descriptor)
            throw error
        }
        self.url = url
        self.descriptor = descriptor
    }

    /// A new file in `directory` named after the scenario and the time, with a number added if needed.
    public static func createNew(in directory: URL, scenarioID: String, date: Date) throws -> TranscriptWriter {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let stamp = String(format: "%04d%02d%02d-%02d%02d%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                           parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
        let base = "\(scenarioID)-\(stamp)"
        var attempt = 0
        while true {
            let name = attempt == 0 ? "\(base).jsonl" : "\(base)-\(attempt).jsonl"
            do {
                return try TranscriptWriter(creating: directory.appendingPathComponent(name))
            } catch let error as TranscriptWriteError where error.exists && attempt < 1000 {
                attempt += 1
            }
        }
    }

    deinit {
        close(descriptor)
    }

    /// Writes one entry as a line; `durable` waits until it is on disk. A line the disk took only
    /// part of, or could not force to disk, is taken back, so that the file stays whole lines and
    /// holds nothing the conversation was told is missing; and a file deleted since it was opened
    /// (its folder removed) is reported, since what is written to it would be lost when it closes.
    public func write(_ entry: TranscriptEntry, durable: Bool) throws {
        var status = stat()
        let sizeBefore = fstat(descriptor, &status) == 0 ? status.st_size : nil
        do {
            try Self.writeAll(Array((TranscriptLineWriter.line(for: entry) + "\n").utf8), to: descriptor, path: url.path)
            if durable { try Self.synchronize(descriptor, path: url.path) }
        } catch {
            if let sizeBefore { _ = ftruncate(descriptor, sizeBefore) }
            throw error
        }
        if fstat(descriptor, &status) == 0, status.st_nlink == 0 {
            throw TranscriptWriteError(path: url.path, problem: .deleted)
        }
    }

    /// Forces what was written onto the disk; a failure (a full disk or a disk error found only
    /// now) means the lines may not be there.
    private static func synchronize(_ descriptor: Int32, path: String) throws {
        while fsync(descriptor) != 0 {
            if errno == EINTR { continue }
            throw TranscriptWriteError(path: path, problem: FileProblem(errno: errno))
        }
    }

    /// Writes `bytes` in full, or says why the disk would not take them.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        if let code = DescriptorWriter.writeAll(bytes, to: descriptor) {
            throw TranscriptWriteError(path: path, problem: FileProblem(errno: code))
        }
    }

    /// Takes the file's lock, or says that another conversation holds it.
    private static func lock(_ descriptor: Int32, path: String) throws {
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            let problem = errno == EWOULDBLOCK ? FileProblem.inUse : FileProblem(errno: errno)
            throw TranscriptWriteError(path: path, problem: problem)
        }
    }

    /// How a file ends: whether its last byte is a line break, and the number of its last line.
    private static func lastLine(of descriptor: Int32, path: String) throws -> (isUnfinished: Bool, number: Int) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var offset: off_t = 0
        var lineBreaks = 0
        var last: UInt8?
        while true {
            let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, offset) }
            if count < 0 {
                if errno == EINTR { continue }
                throw TranscriptWriteError(path: path, problem: FileProblem(errno: errno))
            }
            if count == 0 { break }
            lineBreaks += buffer[0..<count].lazy.filter { $0 == UInt8(ascii: "\n") }.count
            last = buffer[count - 1]
            offset += off_t(count)
        }
        guard let last, last != UInt8(ascii: "\n") else { return (false, lineBreaks) }
        return (true, lineBreaks + 1)
    }
}
