#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes bytes to a file descriptor in full: the one write loop of the program, which the
/// transcript, the text files and the screen all go through.
///
/// `write(2)` may take only part of what it is given, and a signal caught without `SA_RESTART`
/// (see `TerminationSignals`) makes it fail with `EINTR`; neither is a failure, and the rest is
/// written after it. Any other failure is given back as its `errno`, for each writer to say in its
/// own terms: a `FileProblem` for a transcript, a `TextFileError` for a text file.
///
/// Standard output can fail under a running conversation: when the terminal is closed, writes
/// to it fail with `EIO`. `FileHandle.write(_:)` stops the program on any write error, which
/// would cut the conversation short before its transcript is finished; what was meant for a
/// screen nobody sees any more can be dropped instead (`write(_:to:)`).
///
/// A write to a pipe nobody reads any more fails with `EPIPE` when SIGPIPE is ignored (a parent
/// may start the program so); the failure is then noted as SIGPIPE would have been, so that a
/// conversation ends as it does when the signal comes, instead of going on unseen.
public enum DescriptorWriter {
    /// Writes all of `bytes`; nil once they are all written, else the `errno` of the failure.
    /// A write that takes nothing without an error (which files and pipes never do) counts as an
    /// input/output error, so that the loop cannot spin.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                return errno
            }
            guard result > 0 else { return EIO }
            written += result
        }
        return nil
    }

    /// Writes all of `text`'s UTF-8 bytes, giving up quietly when the descriptor fails: false if
    /// it failed before the end.
    @discardableResult
    public static func write(_ text: String, to fileDescriptor: Int32) -> Bool {
        guard let code = writeAll(Array(text.utf8), to: fileDescriptor) else { return true }
        if code == EPIPE { SignalNotes.noteOutputClosed() }
        return false
    }
}

/// The system call, under a name the enum's own `write` does not hide.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
