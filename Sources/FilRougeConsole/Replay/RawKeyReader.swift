import FilRougeCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a replay's keys from the terminal one at a time, without waiting for Enter and without
/// echoing them: the terminal is put in non-canonical mode with echo off for as long as the
/// reader is open. Signals still work (Ctrl-C, Ctrl-Z), and the terminal's mode is put back on
/// `close()`, when the reader goes away, and before Ctrl-C or a `kill` ends the program.
public final class RawKeyReader: ReplayKeySource {
    private let descriptor: Int32
    private var saved: termios
    private var previousHandlers: [sigaction]
    private var decoder = ReplayKeyDecoder()
    private var isOpen = true

    /// How long to wait for the rest of a cursor key after Escape before taking Escape alone.
    static let escapeWait = 0.05

    /// - Throws: when `descriptor` is not a terminal whose mode can be changed.
    public init(descriptor: Int32 = STDIN_FILENO) throws {
        var mode = termios()
        guard isatty(descriptor) == 1, tcgetattr(descriptor, &mode) == 0 else {
            throw RawKeyReaderError(reason: "standard input is not a terminal")
        }
        self.descriptor = descriptor
        self.saved = mode
        self.previousHandlers = RawKeySignals.install(descriptor: descriptor, saved: mode)
        enterRawMode()
    }

    deinit {
        close()
    }

    /// Puts the terminal and the signal handlers back as they were. Safe to call twice.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        _ = tcsetattr(descriptor, TCSAFLUSH, &saved)
        RawKeySignals.restore(previousHandlers)
    }

    public func nextPress(timeout: Double?) -> KeyPress {
        let deadline = timeout.map { Date().addingTimeInterval($0) }
        while isOpen {
            let wait = decoder.isInsideEscape
                ? Self.escapeWait
                : deadline.map { max(0, $0.timeIntervalSinceNow) }
            switch waitForByte(timeout: wait) {
            case .byte(let byte):
                switch decoder.feed(byte) {
                case .key(let key): return .key(key)
                case .typing(let digits): return .typing(digits)
                case .ignored: continue
                }
            case .timedOut:
                if decoder.isInsideEscape {
                    if case .typing(let digits) = decoder.escapeTimedOut() { return .typing(digits) }
                    continue
                }
                return .timedOut
            case .signal:
                if RawKeySignals.takeContinue() {
                    enterRawMode()
                    _ = RawKeySignals.takeResize()
                    return .redraw
                }
                if RawKeySignals.takeResize() { return .redraw }
            case .closed:
                return .endOfInput
            }
        }
        return .endOfInput
    }

    private enum Wait {
        case byte(UInt8)
        case timedOut
        case signal
        case closed
    }

    private func waitForByte(timeout: Double?) -> Wait {
        var fds = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
        let wakeUp = RawKeySignals.wakeUpDescriptor
        if wakeUp >= 0 { fds.append(pollfd(fd: wakeUp, events: Int16(POLLIN), revents: 0)) }
        let milliseconds = timeout.map { Int32(min($0 * 1000, Double(Int32.max)).rounded(.up)) } ?? -1
        let ready = poll(&fds, nfds_t(fds.count), milliseconds)
        if ready < 0 { return errno == EINTR ? .signal : .closed }
        if ready == 0 { return .timedOut }
        if fds.count > 1, fds[1].revents != 0 {
            RawKeySignals.drainWakeUps()
            return .signal
        }
        var byte: UInt8 = 0
        let count = read(descriptor, &byte, 1)
        if count == 1 { return .byte(byte) }
        if count < 0, errno == EINTR || errno == EAGAIN { return .signal }
        return .closed
    }

    /// One key at a time, no echo; output processing and signal keys stay as they are.
    private func enterRawMode() {
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { characters in
            characters[Int(VMIN)] = 1
            characters[Int(VTIME)] = 0
        }
        // TCSADRAIN keeps the keys typed while the transcripts were being read.
        _ = tcsetattr(descriptor, TCSADRAIN, &raw)
    }
}

public struct RawKeyReaderError: Error, CustomStringConvertible {
    public var reason: String

    public var description: String {
        "cannot read keys: \(reason)"
    }
}
