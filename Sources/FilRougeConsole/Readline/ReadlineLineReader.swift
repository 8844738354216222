// @preconcurrency: readline shares its state through C globals (rl_point, history_length…) that
// Swift 6 cannot prove safe; readline is only ever used from one thread (see ReadlineLineReader).
@preconcurrency import CReadline
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the learner's replies at a terminal through GNU readline: cursor movement and
/// editing, accented letters, the Up arrow for earlier replies, Tab for commands.
///
/// It uses readline's callback interface rather than `readline()`, because that is the
/// only way to make Ctrl-C abandon the line being typed and return `.interrupted` while
/// the program keeps running: the loop waits with `poll` on the terminal, hands each key
/// to `rl_callback_read_char()`, and when a SIGINT has been noted (see `ReadlineSignals`)
/// it clears readline's state itself. SIGTERM and SIGHUP are noted the same way: the line
/// being typed is left as it is on screen, the terminal's normal mode is restored, and
/// `.terminated` is returned for the caller to end the conversation. Between two calls to
/// `readLine(prompt:)` no readline handler is installed, the terminal is in its normal mode
/// and the previous handlers of these signals are back in place.
///
/// Colour sequences in the prompt are marked for readline here (see `ReadlinePrompt`), so callers pass plain ANSI.
///
/// readline is one global state per process: use one `ReadlineLineReader` at a time,
/// from one thread. It is meant for a terminal; with a pipe, use `StdinLineReader`.
public struct ReadlineLineReader: LineReader {
    private var history: ReadlineHistory
    private let completions: [String]

    /// The first problem met with the history file, if any; the reader works on without history.
    public var historyWarning: HistoryProblem? { history.warning }

    /// - Parameters:
    ///   - historyFile: where replies are remembered from one run to the next; `nil` keeps them for this run only.
    ///     Its directory is created when the first reply is saved.
    ///   - completions: the command words Tab completes, such as `/aide` or `/quitter`;
    ///     only words starting with `/` are ever completed.
    ///   - historyLimit: how many replies are kept, in memory and in the file.
    public init(historyFile: URL?, completions: [String], historyLimit: Int = 1000) {
        ReadlineSetup.once()
        self.completions = completions
        self.history = ReadlineHistory(file: historyFile, limit: historyLimit)
    }

    public mutating func readLine(prompt: String) -> LineInput {
        ReadlineCompletion.words = completions
        // What `print` has buffered must reach the screen before readline draws the prompt.
        fflush(nil)
        var signals = ReadlineSignals.install()
        defer {
            signals.restore()
            fflush(nil)
        }
        ReadlineSignals.clearNotes()
        if let signal = ReadlineSignals.termination {
            return .terminated(signal: signal)
        }
        // Colour sequences take no room on screen; readline must be told, or editing goes astray.
        ReadlineCallback.start(prompt: ReadlinePrompt.markingEscapeSequences(in: prompt))
        let input = waitForInput()
        if case .line(let text) = input {
            history.record(text)
        }
        return input
    }

    /// Feeds keys to readline until it hands back a line, or Ctrl-C, a request to end or the
    /// end of input stops it.
    private func waitForInput() -> LineInput {
        let terminal = STDIN_FILENO
        var descriptors = [
            pollfd(fd: terminal, events: Int16(POLLIN), revents: 0),
            pollfd(fd: ReadlineSignals.wakeUpDescriptor, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            // Before anything else: after a hang-up the terminal is gone, and keys no longer matter.
            if let signal = ReadlineSignals.termination {
                ReadlineCallback.leaveLine()
                return .terminated(signal: signal)
            }
            if ReadlineSignals.takeContinue() {
                ReadlineCallback.resumeAfterStop()
            }
            if ReadlineSignals.takeResize() {
                rl_resize_terminal()
            }
            if ReadlineSignals.takeInterrupt() {
                ReadlineCallback.abandonLine()
                return .interrupted
            }
            if let input = ReadlineCallback.takeResult() {
                if input == .endOfInput {
                    ReadlineCallback.finishEndOfInput(onTerminal: TerminalInfo.isTerminal(terminal))
                }
                return input
            }
            let ready = poll(&descriptors, nfds_t(descriptors.count), -1)
            if ready < 0 {
                if errno == EINTR { continue }
                ReadlineCallback.stop()
                return .endOfInput
            }
            if descriptors[1].revents != 0 {
                // Act on the signal before the keys that came with it; they wait in the terminal.
                ReadlineSignals.drainWakeUps()
                continue
            }
            let events = descriptors[0].revents
            if events & Int16(POLLNVAL) != 0 {
                ReadlineCallback.stop()
                return .endOfInput
            }
            // On hang-up or error, readline reads end of file and reports it through the handler.
            if events & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
                rl_callback_read_char()
            }
        }
    }
}
