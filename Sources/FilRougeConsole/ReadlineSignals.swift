#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Signals that arrive while readline waits for a key, turned into events the read loop handles.
///
/// - SIGINT (Ctrl-C): readline's own handler would clean up and then re-send the signal
///   with its previous disposition, which by default ends the program and the
///   conversation with it. Here the loop abandons the line and returns `.interrupted`.
/// - SIGWINCH (window resized): the loop lets readline redraw for the new width.
/// - SIGCONT (resumed with `fg` after Ctrl-Z): the shell puts the terminal back in its
///   normal mode while the program is stopped; the loop puts readline's mode back and
///   redraws the line, or keys would be echoed raw and arrows would print `^[[D`.
///
/// The handlers only note the signal and wake the loop, which then calls readline
/// outside the handler, where that is safe. The wake-up goes through a pipe (the
/// self-pipe trick) rather than relying on `poll` failing with `EINTR`: a signal that
/// arrives just before `poll` starts would otherwise be noticed only at the next key.
struct ReadlineSignals {
    /// The signals caught while waiting.
    private static let caught = [SIGINT, SIGWINCH, SIGCONT]

    /// The dispositions in force before `install()`, in the order of `caught`, put back by `restore()`.
    private var previous: [sigaction] = []

    /// The read end of the wake-up pipe, to `poll` alongside the terminal; -1 if it could not be made.
    static var wakeUpDescriptor: Int32 { SignalState.wakeUpRead }

    /// Catches SIGINT, SIGWINCH and SIGCONT until `restore()`.
    static func install() -> ReadlineSignals {
        SignalState.prepare()
        var action = sigaction()
        sigemptyset(&action.sa_mask)
        // No SA_RESTART: let a blocking call see EINTR and come back to the loop.
        action.sa_flags = 0
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = noteSignal
        #else
        action.__sigaction_u.__sa_handler = noteSignal
        #endif
        var signals = ReadlineSignals()
        for signal in caught {
            var old = sigaction()
            sigaction(signal, &action, &old)
            signals.previous.append(old)
        }
        return signals
    }

    /// Puts back the handlers found by `install()`, so that outside `readLine` Ctrl-C
    /// means whatever it meant to the rest of the program.
    mutating func restore() {
        for (signal, old) in zip(Self.caught, previous) {
            var disposition = old
            sigaction(signal, &disposition, nil)
        }
        previous = []
    }

    /// Whether Ctrl-C was pressed since the last call; clears the note.
    static func takeInterrupt() -> Bool { take(&SignalState.interrupted) }

    /// Whether the window was resized since the last call; clears the note.
    static func takeResize() -> Bool { take(&SignalState.resized) }

    /// Whether the program was resumed after a stop since the last call; clears the note.
    static func takeContinue() -> Bool { take(&SignalState.continued) }

    /// Empties the wake-up pipe once the loop has woken up.
    static func drainWakeUps() {
        guard SignalState.wakeUpRead >= 0 else { return }
        var scratch = [UInt8](repeating: 0, count: 64)
        while read(SignalState.wakeUpRead, &scratch, scratch.count) > 0 {}
    }

    /// Forgets signals noted before a new line starts.
    static func clearNotes() {
        SignalState.interrupted = 0
        SignalState.resized = 0
        SignalState.continued = 0
        drainWakeUps()
    }

    private static func take(_ flag: inout sig_atomic_t) -> Bool {
        defer { flag = 0 }
        return flag != 0
    }
}

/// The handler: only async-signal-safe work — store a flag, write one byte, keep `errno`.
private let noteSignal: @convention(c) (Int32) -> Void = { signal in
    let savedErrno = errno
    switch signal {
    case SIGINT: SignalState.interrupted = 1
    case SIGWINCH: SignalState.resized = 1
    default: SignalState.continued = 1
    }
    var byte: UInt8 = 0
    _ = write(SignalState.wakeUpWrite, &byte, 1)
    errno = savedErrno
}

/// What the signal handler shares with the read loop.
///
/// `nonisolated(unsafe)`: written by the signal handler and read by the loop on the same
/// thread, as `sig_atomic_t` values, the one kind of variable C allows a handler to set.
/// `prepare()` touches every variable before a handler can run, so that the handler never
/// triggers Swift's lazy initialisation of a global.
private enum SignalState {
    nonisolated(unsafe) static var interrupted: sig_atomic_t = 0
    nonisolated(unsafe) static var resized: sig_atomic_t = 0
    nonisolated(unsafe) static var continued: sig_atomic_t = 0
    nonisolated(unsafe) static var wakeUpRead: Int32 = -1
    nonisolated(unsafe) static var wakeUpWrite: Int32 = -1

    /// Makes the wake-up pipe once per process; both ends non-blocking (a full pipe
    /// must not block the handler, an empty one must not block the drain) and closed on exec.
    static func prepare() {
        interrupted = 0
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
