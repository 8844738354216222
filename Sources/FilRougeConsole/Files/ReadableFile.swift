#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file opened for reading, and checked before a byte of it is read: that it is there, an
/// ordinary file (a pipe or `/dev/zero` would block or never end), and no larger than its kind
/// allows. Every reader of files goes through it, so a 1 GB file costs nothing to refuse, and
/// reading is done a piece at a time, never the whole file at once.
struct ReadableFile: ~Copyable {
    private let descriptor: Int32
    let name: String
    let kind: FileKind
    /// The size when the file was opened.
    let size: Int

    /// How much is read at a time.
    static let chunkSize = 64 * 1024

    /// - Parameter name: how to call the file in messages.
    init(path: String, name: String, kind: FileKind) throws(FileReadError) {
        self.name = name
        self.kind = kind
        // Non-blocking, so that opening a pipe nobody writes to does not wait for a writer; an
        // ordinary file reads the same either way.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            let code = errno
            throw FileReadError(name: name, problem: code == ENOENT ? .missing : .unreadable(Self.words(code)))
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = errno
            close(descriptor)
            throw FileReadError(name: name, problem: .unreadable(Self.words(code)))
        }
        let problem: FileReadError.Problem? = switch status.st_mode & S_IFMT {
        case S_IFREG: Int(status.st_size) > kind.maximumSize ? .tooLarge(size: Int(status.st_size), kind: kind) : nil
        case S_IFDIR: .folder(kind: kind)
        default: .notAnOrdinaryFile
        }
        if let problem {
            close(descriptor)
            throw FileReadError(name: name, problem: problem)
        }
        self.descriptor = descriptor
        self.size = Int(status.st_size)
    }

    deinit {
        close(descriptor)
    }

    /// Hands the file's bytes to `body` a piece at a time, in order, until the end.
    /// - Throws: when reading fails, or when the file has grown past its kind's limit since it was
    ///   opened; or what `body` throws.
    func forEachChunk(_ body: (UnsafeBufferPointer<UInt8>) throws(FileReadError) -> Void) throws(FileReadError) {
        try forEachChunkWhile { chunk throws(FileReadError) in
            try body(chunk)
            return true
        }
    }

    /// Hands the file's bytes to `body` a piece at a time, in order, while `body` returns true: a
    /// reader that needs only the beginning of a file (a transcript's header) stops there.
    func forEachChunkWhile(_ body: (UnsafeBufferPointer<UInt8>) throws(FileReadError) -> Bool) throws(FileReadError) {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: Self.chunkSize)
        defer { buffer.deallocate() }
        var total = 0
        while true {
            let count = read(descriptor, buffer.baseAddress, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw FileReadError(name: name, problem: .unreadable(Self.words(errno)))
            }
            if count == 0 { return }
            total += count
            if total > kind.maximumSize { throw FileReadError(name: name, problem: .tooLarge(size: total, kind: kind)) }
            guard try body(UnsafeBufferPointer(rebasing: buffer[..<count])) else { return }
        }
    }

    /// The whole file's bytes: for the small files whose text is needed whole (scenarios, marks).
    func readAll() throws(FileReadError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size)
        try forEachChunk { chunk throws(FileReadError) in bytes.append(contentsOf: chunk) }
        return bytes
    }

    /// The system's words for an error (`Permission denied`).
    static func words(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
