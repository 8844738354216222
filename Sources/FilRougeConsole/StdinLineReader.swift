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
/// Never returns `.interrupted`: without readline, Ctrl-C keeps its default meaning.
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
            if let line = buffer.nextLine() {
                return .line(line)
            }
            if reachedEnd {
                return buffer.takeRemainder().map(LineInput.line) ?? .endOfInput
            }
            readMore()
        }
    }

    /// Reads one chunk; end of file and read errors both end the input, since there is
    /// nothing a conversation could do with a half-broken standard input.
    private mutating func readMore() {
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

    /// Flushes what `print` buffered first, so the prompt appears after it, and drops
    /// readline's invisible-sequence markers, which mean nothing to a plain terminal.
    private func writePrompt(_ prompt: String) {
        fflush(nil)
        var remaining = Array(ReadlinePrompt.removingMarkers(prompt).utf8)[...]
        while !remaining.isEmpty {
            let written = remaining.withUnsafeBytes { write(promptFileDescriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR {
                continue
            }
            guard written > 0 else { return }
            remaining = remaining.dropFirst(written)
        }
    }
}
