#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes text to a file descriptor in full, going on after a signal interrupts the write and
/// giving up quietly when the descriptor fails.
///
/// Standard output can fail under a running conversation: when the terminal is closed, writes
/// to it fail with `EIO`. `FileHandle.write(_:)` stops the program on any write error, which
/// would cut the conversation short before its transcript is finished; what was meant for a
/// screen nobody sees any more can be dropped instead. A signal caught without `SA_RESTART`
/// (see `TerminationSignals`) makes a write return early, and the rest is written after it.
///
/// A write to a pipe nobody reads any more fails with `EPIPE` when SIGPIPE is ignored (a parent
/// may start the program so); the failure is then noted as SIGPIPE would have been, so that a
/// conversation ends as it does when the signal comes, instead of going on unseen.
public enum DescriptorWriter {
    /// Writes all of `text`'s UTF-8 bytes; false if the descriptor failed before the end.
    @discardableResult
    public static func write(_ text: String, to fileDescriptor: Int32) -> Bool {
        var remaining = Array(text.utf8)[...]
        while !remaining.isEmpty {
            let written = remaining.withUnsafeBytes { systemWrite(fileDescriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR {
                continue
            }
            guard written > 0 else {
                if written < 0 && errno == EPIPE { SignalNotes.noteOutputClosed() }
                return false
            }
            remaining = remaining.dropFirst(written)
        }
        return true
    }
}

/// The system call, under a name the enum's own `write` does not hide.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
