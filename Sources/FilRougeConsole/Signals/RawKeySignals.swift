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
/// `sig_atomic_t` flags. The notes and the wake-up pipe are those of `SignalNotes`, which the
/// conversation's read loops use too.
enum RawKeySignals {
    private static let ending = [SIGINT, SIGTERM, SIGHUP]
    private static let noted = [SIGWINCH, SIGCONT]

    /// Catches the signals; `saved` is the terminal mode the ending signals put back.
    static func install(descriptor: Int32, saved: termios) -> [sigaction] {
        SignalNotes.prepare()
        RawKeyState.prepare(descriptor: descriptor, saved: saved)
        SignalNotes.resized = 0
        SignalNotes.continued = 0
        return ending.map { SignalNotes.install(restoreAndRedeliver, for: $0) }
            + noted.map { SignalNotes.install(noteSignal, for: $0) }
    }

    /// Puts back the handlers `install` found, in the same order.
    static func restore(_ previous: [sigaction]) {
        for (signal, old) in zip(ending + noted, previous) {
            SignalNotes.restore(old, for: signal)
        }
        RawKeyState.hasSavedMode = 0
    }

    static var wakeUpDescriptor: Int32 { SignalNotes.wakeUpRead }

    /// Whether the window was resized since the last call; clears the note.
    static func takeResize() -> Bool { take(&SignalNotes.resized) }

    /// Whether the program was resumed since the last call; clears the note.
    static func takeContinue() -> Bool { take(&SignalNotes.continued) }

    static func drainWakeUps() {
        SignalNotes.drainWakeUps()
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

/// The terminal mode the ending signals put back; see `SignalNotes` for why these are
/// `nonisolated(unsafe)` globals set before any handler can run.
private enum RawKeyState {
    nonisolated(unsafe) static var descriptor: Int32 = STDIN_FILENO
    nonisolated(unsafe) static var savedMode = termios()
    nonisolated(unsafe) static var hasSavedMode: sig_atomic_t = 0

    static func prepare(descriptor: Int32, saved: termios) {
        self.descriptor = descriptor
        savedMode = saved
        hasSavedMode = 1
    }
}
