#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SIGTERM, SIGHUP, SIGPIPE and SIGINT caught for a whole conversation, so that they end it the
/// way `/quit` does (the summary, the transcript's `end` event, the terminal given back) instead
/// of killing the program wherever it stands.
///
/// SIGPIPE comes when the program reading the conversation's output has gone (`filrouge play |
/// tee log`, with `tee` stopped): nobody sees the friend's answers any more, so the conversation
/// ends, but only after the reply being graded is recorded with its grade, as for the others.
///
/// The handlers only take note. The line readers look at the note before each line and while
/// they wait, and return `.terminated`; a signal that arrives while a reply is being graded
/// or the friend's answer written lets that turn finish first, so a reply already typed is
/// always recorded with its grade. What happens to SIGINT depends on the reader:
///
/// - with readline (a terminal), Ctrl-C at the prompt abandons the line (see `ReadlineSignals`),
///   and a Ctrl-C pressed between two prompts is dropped, since there is no line to abandon;
/// - with plain standard input (a pipe, or a terminal nobody edits on), it ends the conversation.
///
/// Signals that are ignored when the program starts (SIGHUP under `nohup`, SIGINT for a
/// background job) stay ignored.
public struct TerminationSignals {
    /// What SIGINT does during the conversation.
    public enum Interrupt: Sendable {
        /// Ends the conversation, as SIGTERM does.
        case endsConversation
        /// Belongs to the line reader, which abandons the line being typed.
        case abandonsLine
    }

    private var previous: [(signal: Int32, disposition: sigaction)] = []

    /// Catches the signals until `restore()`.
    public static func install(interrupt: Interrupt) -> TerminationSignals {
        SignalNotes.prepare()
        var signals = TerminationSignals()
        for signal in [SIGTERM, SIGHUP, SIGPIPE] where !SignalNotes.isIgnored(signal) {
            signals.previous.append((signal, SignalNotes.install(noteTermination, for: signal)))
        }
        if !SignalNotes.isIgnored(SIGINT) {
            let handler = interrupt == .endsConversation ? noteTermination : noteSignal
            signals.previous.append((SIGINT, SignalNotes.install(handler, for: SIGINT)))
        }
        return signals
    }

    /// Puts back the dispositions found by `install`.
    public mutating func restore() {
        for (signal, disposition) in previous.reversed() {
            SignalNotes.restore(disposition, for: signal)
        }
        previous = []
    }

    /// The signal that asked the program to end, if one came.
    public static var received: Int32? { SignalNotes.terminationSignal }

    /// The exit status of a program ended by `signal`: 128 plus its number, which is what a
    /// shell reports for a program the signal killed (130 for SIGINT, 129 for SIGHUP, 143 for
    /// SIGTERM, 141 for SIGPIPE), so scripts see the same status whether or not the program tidied up first.
    public static func exitStatus(for signal: Int32) -> Int32 {
        128 + signal
    }
}
