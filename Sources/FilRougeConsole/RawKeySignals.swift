#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The signals that matter while a replay holds the terminal in raw mode.
///
/// - SIGINT, SIGTERM, SIGHUP: the terminal's own mode is put back, then the signal is delivered
///   again with its usual effect, so that Ctrl-C or a `kill` never leaves the shell without echo.
/// - SIGWINCH (window resized) and SIGCONT (resumed after Ctrl-Z, when the shell has put its own
///   mode back): noted, and the key loop is woken to draw the page again (and, after SIGCONT, to
///   go back to raw mode).
///
/// Handlers do only async-signal-safe work: `tcsetattr`, `write`, `signal`, `raise` and setting
/// `sig_atomic_t` flags. The wake-up goes through a pipe the key loop polls beside the terminal.
enum RawKeySignals {
    private static let ending = [SIGINT, SIGTERM, SIGHUP]
    private static let noted = [SIGWINCH, SIGCONT]

    /// Catches the signals; `saved` is the terminal mode the ending signals put back.
    static func install(descriptor: Int32, saved: termios) -> [sigaction] {
        RawKeyState.prepare(descriptor: descriptor, saved: saved)
        var previous: [sigaction] = []
        for (signals, handler) in [(ending, restoreAndRedeliver), (noted, noteKeyLoopSignal)] {
            var action = sigaction()
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = handler
            #else
            action.__sigaction_u.__sa_handler = handler
            #endif
            for signal in signals {
                var old = sigaction()
                sigaction(signal, &action, &old)
                previous.append(old)
            }
        }
        return previous
    }

    /// Puts back the handlers `install` found, in the same order.
    static func restore(_ previous: [sigaction]) {
        for (signal, old) in zip(ending + noted, previous) {
            var disposition = old
            sigaction(signal, &disposition, nil)
        }
        RawKeyState.hasSavedMode = 0
    }

    static var wakeUpDescriptor: Int32 { RawKeyState.wakeUpRead }

    /// Whether the window was resized since the last call; clears the note.
    static func takeResize() -> Bool { take(&RawKeyState.resized) }

    /// Whether the program was resumed since the last call; clears the note.
    static func takeContinue() -> Bool { take(&RawKeyState.continued) }

    static func drainWakeUps() {
        guard RawKeyState.wakeUpRead >= 0 else { return }
        var scratch = [UInt8](repeating: 0, count: 64)
        while read(RawKeyState.wakeUpRead, &scratch, scratch.count) > 0 {}
    }

    private static func take(_ flag: inout sig_atomic_t) -> Bool {
        defer { flag = 0 }
        return flag != 0
    }
}

/// Puts the terminal back as it was, then lets the signal do what it would have done.
private let restoreAndRedeliver: @convention(c) (Int32) -> Void = { number in
    if RawKeyState.hasSavedMode != 0 {
        _ = tcsetattr(RawKeyState.descriptor, TCSAFLUSH, &RawKeyState.savedMode)
        var newline = UInt8(ascii: "\n")
        _ = write(STDOUT_FILENO, &newline, 1)
    }
    _ = signal(number, SIG_DFL)
    _ = raise(number)
}

private let noteKeyLoopSignal: @convention(c) (Int32) -> Void = { number in
    let savedErrno = errno
    if number == SIGWINCH { RawKeyState.resized = 1 } else { RawKeyState.continued = 1 }
    var byte: UInt8 = 0
    _ = write(RawKeyState.wakeUpWrite, &byte, 1)
    errno = savedErrno
}

/// What the handlers share with the key loop; see `ReadlineSignals` for why these are
/// `nonisolated(unsafe)` globals touched once before any handler can run.
private enum RawKeyState {
    nonisolated(unsafe) static var descriptor: Int32 = STDIN_FILENO
    nonisolated(unsafe) static var savedMode = termios()
    nonisolated(unsafe) static var hasSavedMode: sig_atomic_t = 0
    nonisolated(unsafe) static var resized: sig_atomic_t = 0
    nonisolated(unsafe) static var continued: sig_atomic_t = 0
    nonisolated(unsafe) static var wakeUpRead: Int32 = -1
    nonisolated(unsafe) static var wakeUpWrite: Int32 = -1

    static func prepare(descriptor: Int32, saved: termios) {
        self.descriptor = descriptor
        savedMode = saved
        hasSavedMode = 1
        resized = 0
        continued = 0
        guard wakeUpRead < 0 else { return }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, fcntl(end, F_GETFD) | FD_CLOEXEC)
        }
        wakeUpRead = ends[0]
        wakeUpWrite = ends[1]
    }
}
