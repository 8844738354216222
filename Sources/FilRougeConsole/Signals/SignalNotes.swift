#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What signal handlers share with the code that acts on the signals: one note per kind of
/// signal, and a pipe that wakes up whoever waits in `poll` (the self-pipe trick).
///
/// Handlers only note and wake; the work a signal calls for (redrawing a line, ending the
/// conversation) is done afterwards by the read loops, outside the handler, where it is safe.
/// A signal may be delivered to any thread of the process, so a loop never relies on its own
/// blocking call failing with `EINTR`: it polls the wake-up pipe alongside its input.
///
/// `nonisolated(unsafe)`: the notes are `sig_atomic_t`, the one kind of variable C allows a
/// handler to set, written by handlers and read by the loop of the single thread that reads
/// input. `prepare()` touches every variable before a handler can run, so that a handler never
/// triggers Swift's lazy initialisation of a global.
enum SignalNotes {
    /// Ctrl-C at readline's prompt.
    nonisolated(unsafe) static var interrupted: sig_atomic_t = 0
    /// SIGWINCH: the window was resized.
    nonisolated(unsafe) static var resized: sig_atomic_t = 0
    /// SIGCONT: resumed after a stop.
    nonisolated(unsafe) static var continued: sig_atomic_t = 0
    /// The number of the signal that asked the program to end (SIGTERM, SIGHUP, or SIGINT
    /// without readline), 0 if none came. Never cleared: once asked to end, the program ends.
    nonisolated(unsafe) static var termination: sig_atomic_t = 0
    nonisolated(unsafe) static var wakeUpRead: Int32 = -1
    nonisolated(unsafe) static var wakeUpWrite: Int32 = -1

    /// Makes the wake-up pipe once per process; both ends non-blocking (a full pipe
    /// must not block a handler, an empty one must not block the drain) and closed on exec.
    static func prepare() {
        _ = interrupted
        _ = resized
        _ = continued
        _ = termination
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

    /// The signal that asked the program to end, if one came.
    static var terminationSignal: Int32? {
        termination == 0 ? nil : Int32(termination)
    }

    /// Takes note that standard output or error has no reader any more, as the SIGPIPE handler
    /// would: called outside any handler, where a write failed with `EPIPE`.
    static func noteOutputClosed() {
        if termination == 0 { termination = sig_atomic_t(SIGPIPE) }
        if wakeUpWrite >= 0 { wakeUp() }
    }

    /// Empties the wake-up pipe once a loop has woken up.
    static func drainWakeUps() {
        guard wakeUpRead >= 0 else { return }
        var scratch = [UInt8](repeating: 0, count: 64)
        while read(wakeUpRead, &scratch, scratch.count) > 0 {}
    }

    /// Installs `handler` for `signal` without `SA_RESTART`, so that a blocking call sees
    /// `EINTR` and comes back to its loop; returns the disposition it replaces.
    ///
    /// The signal is also unblocked for the calling thread: the signal mask is inherited, and a
    /// program started from a thread that blocks signals (as the worker threads of many runtimes
    /// do) would otherwise never receive it, leaving the handler useless.
    static func install(_ handler: @convention(c) (Int32) -> Void, for signal: Int32) -> sigaction {
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        sigaddset(&unblocked, signal)
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
        var action = sigaction()
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
        var old = sigaction()
        sigaction(signal, &action, &old)
        return old
    }

    /// Whether `signal` is ignored now (as `nohup` ignores SIGHUP, or a shell SIGINT for a
    /// background job): such a signal was meant not to reach the program, and is left alone.
    static func isIgnored(_ signal: Int32) -> Bool {
        var current = sigaction()
        sigaction(signal, nil, &current)
        #if canImport(Glibc)
        let handler = current.__sigaction_handler.sa_handler
        #else
        let handler = current.__sigaction_u.__sa_handler
        #endif
        guard let handler else { return false }
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }

    /// Puts back a disposition returned by `install`.
    static func restore(_ disposition: sigaction, for signal: Int32) {
        var old = disposition
        sigaction(signal, &old, nil)
    }

    /// Wakes up a loop waiting in `poll`; only async-signal-safe calls.
    fileprivate static func wakeUp() {
        var byte: UInt8 = 0
        _ = write(wakeUpWrite, &byte, 1)
    }
}

/// The handler for the signals a read loop reacts to; only async-signal-safe work —
/// store a flag, write one byte, keep `errno`.
let noteSignal: @convention(c) (Int32) -> Void = { signal in
    let savedErrno = errno
    switch signal {
    case SIGINT: SignalNotes.interrupted = 1
    case SIGWINCH: SignalNotes.resized = 1
    case SIGCONT: SignalNotes.continued = 1
    default: SignalNotes.termination = sig_atomic_t(signal)
    }
    SignalNotes.wakeUp()
    errno = savedErrno
}

/// The handler for a signal that ends the conversation whatever it is (SIGINT included).
let noteTermination: @convention(c) (Int32) -> Void = { signal in
    let savedErrno = errno
    SignalNotes.termination = sig_atomic_t(signal)
    SignalNotes.wakeUp()
    errno = savedErrno
}
