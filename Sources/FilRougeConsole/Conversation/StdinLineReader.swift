import FilRougeCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads plain lines from a file descriptor: standard input when it is a pipe or a file,
/// and the reader tests use, fed through pipe(2).
///
/// No line editing, history or completion: that is `ReadlineLineReader`'s business.
/// The prompt is written only when the descriptor is a terminal; in a pipe it would
/// only pollute the output a script or a test compares, so a caller who wants it there
/// writes it itself.
///
/// Never returns `.interrupted`. It returns `.terminated` once a signal caught by
/// `TerminationSignals` asks the program to end (SIGINT, SIGTERM, SIGHUP), even with lines
/// still waiting in its buffer: the request is looked at before each line, and while the
/// reader waits for input, `poll` watches the signals' wake-up pipe beside the descriptor.
public struct StdinLineReader: LineReader {
    private let fileDescriptor: Int32
    private let promptFileDescriptor: Int32
    private var buffer = ByteLineBuffer()
    private var reachedEnd = false

    /// - Parameter fileDescriptor: where lines come from; it is not closed by the reader.
    public init(fileDescriptor: Int32 = STDIN_FILENO) {
        self.init(fileDescriptor: fileDescriptor, promptFileDescriptor: STDOUT_FILENO)
    }

    /// Lets tests see where, and whether, the prompt is written.
    init(fileDescriptor: Int32, promptFileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
        self.promptFileDescriptor = promptFileDescriptor
    }

    /// Whether `readLine(prompt:)` writes its prompt: only when a person is typing.
    public var showsPrompt: Bool { TerminalInfo.isTerminal(fileDescriptor) }

    public mutating func readLine(prompt: String) -> LineInput {
        if showsPrompt {
            writePrompt(prompt)
        }
        while true {
            if let signal = SignalNotes.terminationSignal {
                return .terminated(signal: signal)
            }
            if let line = buffer.nextLine() {
                return .line(line)
            }
            if reachedEnd {
                return buffer.takeRemainder().map(LineInput.line) ?? .endOfInput
            }
            readMore()
        }
    }

    /// Reads one chunk once there is one, or returns early when a signal wakes the reader up;
    /// end of file and read errors both end the input, since there is nothing a conversation
    /// could do with a half-broken standard input.
    private mutating func readMore() {
        guard waitForInput() else { return }
        let chunkSize = 64 * 1024
        let chunk = [UInt8](unsafeUninitializedCapacity: chunkSize) { storage, initialized in
            initialized = 0
            while true {
                let count = read(fileDescriptor, storage.baseAddress, chunkSize)
                if count < 0 && errno == EINTR {
                    continue
                }
                initialized = max(0, count)
                return
            }
        }
        if chunk.isEmpty {
            reachedEnd = true
        } else {
            buffer.append(chunk)
        }
    }

    /// Waits until the descriptor has something to read (or has ended), and returns true; or
    /// returns false when a signal's wake-up came first, for the caller to look at the notes.
    private func waitForInput() -> Bool {
        var descriptors = [
            pollfd(fd: fileDescriptor, events: Int16(POLLIN), revents: 0),
            // Ignored by poll while negative, when no signal handler was ever installed.
            pollfd(fd: SignalNotes.wakeUpRead, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            let ready = poll(&descriptors, nfds_t(descriptors.count), -1)
            if ready < 0 && errno == EINTR {
                if SignalNotes.terminationSignal != nil { return false }
                continue
            }
            // Any other failure of poll: let read(2) meet the problem and report the end.
            guard ready > 0 else { return true }
            if descriptors[1].revents != 0 {
                SignalNotes.drainWakeUps()
                if SignalNotes.terminationSignal != nil { return false }
            }
            if descriptors[0].revents != 0 { return true }
        }
    }

    /// Flushes what `print` buffered first, so the prompt appears after it, and drops
    /// readline's invisible-sequence markers, which mean nothing to a plain terminal.
    private func writePrompt(_ prompt: String) {
        fflush(nil)
        DescriptorWriter.write(ReadlinePrompt.removingMarkers(prompt), to: promptFileDescriptor)
    }
}
