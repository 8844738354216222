import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the text files the trainer's commands produce: diagrams, which may replace an older copy,
/// and new scenario files, which must never replace anything a person wrote.
public enum TextFileWriter {
    /// Writes `text` to a new file at `path`. Fails with `alreadyExists` when anything is there; the
    /// check and the creation are one system call, so nothing can slip in between.
    public static func createNew(path: String, text: String) throws {
        try write(text, to: path, flags: O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC)
    }

    /// Writes `text` to `path`, replacing the file there if there is one.
    public static func replace(path: String, text: String) throws {
        try write(text, to: path, flags: O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC)
    }

    private static func write(_ text: String, to path: String, flags: Int32) throws {
        let descriptor = open(path, flags, 0o644)
        guard descriptor >= 0 else {
            throw TextFileError(path: path, code: errno)
        }
        defer { close(descriptor) }
        if let code = DescriptorWriter.writeAll(Array(text.utf8), to: descriptor) {
            throw TextFileError(path: path, code: code)
        }
    }
}

/// A file that could not be written, with the system's reason.
public struct TextFileError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    /// The file was to be new, and something is already at its path.
    public var alreadyExists: Bool

    init(path: String, code: Int32) {
        self.path = path
        self.reason = String(cString: strerror(code))
        self.alreadyExists = code == EEXIST
    }

    public var description: String {
        "cannot write \(path): \(reason)"
    }
}
