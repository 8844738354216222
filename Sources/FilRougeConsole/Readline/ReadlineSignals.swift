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
/// - SIGTERM and SIGHUP (asked to end, or the terminal closed): by default they would end
///   the program with the terminal left in readline's mode (no echo, no line editing).
///   The loop gives the terminal back and returns `.terminated`, and the caller ends the
///   conversation. Left alone when they are ignored (under `nohup`, SIGHUP is).
///
/// The handlers only note the signal and wake the loop through `SignalNotes`.
struct ReadlineSignals {
    /// The dispositions in force before `install()`, put back by `restore()`.
    private var previous: [(signal: Int32, disposition: sigaction)] = []

    /// The read end of the wake-up pipe, to `poll` alongside the terminal; -1 if it could not be made.
    static var wakeUpDescriptor: Int32 { SignalNotes.wakeUpRead }

    /// Catches SIGINT, SIGWINCH, SIGCONT, and SIGTERM and SIGHUP unless ignored, until `restore()`.
    static func install() -> ReadlineSignals {
        SignalNotes.prepare()
        var signals = ReadlineSignals()
        let ending = [SIGTERM, SIGHUP].filter { !SignalNotes.isIgnored($0) }
        for signal in [SIGINT, SIGWINCH, SIGCONT] + ending {
            signals.previous.append((signal, SignalNotes.install(noteSignal, for: signal)))
        }
        return signals
    }

    /// Puts back the handlers found by `install()`, so that outside `readLine` Ctrl-C
    /// means whatever it meant to the rest of the program.
    mutating func restore() {
        for (signal, disposition) in previous {
            SignalNotes.restore(disposition, for: signal)
        }
        previous = []
    }

    /// Whether Ctrl-C was pressed since the last call; clears the note.
    static func takeInterrupt() -> Bool { take(&SignalNotes.interrupted) }

    /// Whether the window was resized since the last call; clears the note.
    static func takeResize() -> Bool { take(&SignalNotes.resized) }

    /// Whether the program was resumed after a stop since the last call; clears the note.
    static func takeContinue() -> Bool { take(&SignalNotes.continued) }

    /// The signal that asked the program to end, if one came; it stays noted.
    static var termination: Int32? { SignalNotes.terminationSignal }

    /// Empties the wake-up pipe once the loop has woken up.
    static func drainWakeUps() {
        SignalNotes.drainWakeUps()
    }

    /// Forgets the signals noted before a new line starts: a Ctrl-C pressed while the friend
    /// was answering abandons nothing. A request to end is kept.
    static func clearNotes() {
        SignalNotes.interrupted = 0
        SignalNotes.resized = 0
        SignalNotes.continued = 0
        drainWakeUps()
    }

    private static func take(_ flag: inout sig_atomic_t) -> Bool {
        defer { flag = 0 }
        return flag != 0
    }
}
