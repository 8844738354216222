import Foundation

/// The two files of a LibreOffice thesaurus, read with bounds: the index whole (it is held in
/// memory to look words up), the data a slice at a time (one entry per lookup).
///
/// What the bytes mean is read by `Thesaurus` in FilRougeCore; this type only touches the files.
public struct ThesaurusFiles: Equatable, Sendable {
    public let indexPath: String
    public let dataPath: String

    public init(indexPath: String, dataPath: String) {
        self.indexPath = indexPath
        self.dataPath = dataPath
    }

    /// The largest index read. The installed English index is 3 MB; a larger file is not a
    /// thesaurus index this program should hold in memory.
    public static let maximumIndexBytes = 64 * 1024 * 1024

    /// The bytes of the index file.
    public func indexBytes() throws -> [UInt8] {
        let file = try OpenFile(path: indexPath)
        let size = try file.size()
        guard size <= Self.maximumIndexBytes else {
            throw ThesaurusFileError(path: indexPath, problem: "the file is \(size) bytes, more than the \(Self.maximumIndexBytes / 1024 / 1024) MB an index may be")
        }
        return try file.read(at: 0, length: size)
    }

    /// Opens the data file for reading entries; the reader keeps it open while it lives.
    public func dataReader() throws -> ThesaurusDataReader {
        ThesaurusDataReader(file: try OpenFile(path: dataPath))
    }
}

/// The data file of a thesaurus, open, read a slice at a time.
public final class ThesaurusDataReader: Sendable {
    private let file: OpenFile

    init(file: OpenFile) {
        self.file = file
    }

    /// At most `length` bytes (at most 1 MB) from byte `offset`; fewer at the end of the file, none past it.
    public func read(at offset: Int, length: Int) throws -> [UInt8] {
        try file.read(at: offset, length: min(length, 1024 * 1024))
    }
}

/// A file that could not be read, named by its path.
public struct ThesaurusFileError: Error, CustomStringConvertible, Equatable {
    public let path: String
    public let problem: String

    public var description: String {
        "\(path): \(problem)"
    }
}

/// A file open for reading, closed when released.
final class OpenFile: Sendable {
    let path: String
    private let descriptor: Int32

    init(path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw ThesaurusFileError(path: path, problem: "cannot be opened (\(String(cString: strerror(errno))))")
        }
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    func size() throws -> Int {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw ThesaurusFileError(path: path, problem: "cannot be read (\(String(cString: strerror(errno))))")
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            throw ThesaurusFileError(path: path, problem: "is not a regular file")
        }
        return Int(status.st_size)
    }

    /// Up to `length` bytes from `offset`, fewer only at the end of the file.
    func read(at offset: Int, length: Int) throws -> [UInt8] {
        guard offset >= 0, length >= 0 else {
            throw ThesaurusFileError(path: path, problem: "cannot be read at byte \(offset)")
        }
        var bytes = [UInt8](repeating: 0, count: length)
        var filled = 0
        while filled < length {
            let count = bytes.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress.map { $0 + filled }, length - filled, off_t(offset + filled))
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw ThesaurusFileError(path: path, problem: "cannot be read at byte \(offset) (\(String(cString: strerror(errno))))")
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return bytes
    }
}
