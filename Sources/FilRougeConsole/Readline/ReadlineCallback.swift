// @preconcurrency: readline shares its state through C globals (rl_point, history_length…) that
// Swift 6 cannot prove safe; readline is only ever used from one thread (see ReadlineLineReader).
@preconcurrency import CReadline
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One line read through readline's callback interface: install, collect, tear down.
///
/// readline reports a finished line by calling a C function, which cannot capture
/// anything, so the result waits in a global until `ReadlineLineReader` collects it.
enum ReadlineCallback {
    /// Set by `lineHandler` from inside `rl_callback_read_char()`.
    ///
    /// `nonisolated(unsafe)`: readline calls the handler synchronously on the thread that
    /// called `rl_callback_read_char()`, the same one that then reads this; nothing else touches it.
    nonisolated(unsafe) private static var result: LineInput?

    /// Shows `prompt` and makes readline deliver the next line to `lineHandler`.
    static func start(prompt: String) {
        result = nil
        // The window may have been resized while no handler was catching SIGWINCH.
        rl_reset_screen_size()
        // Up arrow starts again from the most recent reply, whatever was browsed last time.
        using_history()
        // readline keeps its own copy of the prompt.
        rl_callback_handler_install(prompt, lineHandler)
    }

    /// The line, or the end of input, once readline has delivered it.
    static func takeResult() -> LineInput? {
        defer { result = nil }
        return result
    }

    /// Ctrl-C: leave the half-typed line visible with `^C` after it, as a shell does, move
    /// below it, and forget it along with any search or numeric argument in progress.
    static func abandonLine() {
        closeLine(echoing: SIGINT)
    }

    /// Asked to end (SIGTERM, SIGHUP): leave what was typed on screen, move below it, and
    /// give the terminal back its normal mode. The half-typed line is not a reply and goes nowhere.
    static func leaveLine() {
        closeLine(echoing: nil)
    }

    private static func closeLine(echoing signal: Int32?) {
        // Leaves incremental search (Ctrl-R) and other multi-key states, restoring the prompt.
        rl_callback_sigcleanup()
        // Redraw with the cursor at the end, so the new line starts below a line that wraps.
        rl_point = rl_end
        rl_redisplay()
        if let signal {
            rl_echo_signal_char(signal)
        }
        rl_crlf()
        rl_free_line_state()
        rl_replace_line("", 0)
        rl_point = 0
        stop()
    }

    /// After Ctrl-Z and `fg`: the shell left the terminal in its normal mode, so set
    /// readline's mode again (from the current settings) and redraw the prompt and line.
    static func resumeAfterStop() {
        rl_deprep_terminal()
        rl_prep_terminal(1)
        rl_forced_update_display()
    }

    /// Ctrl-D leaves the cursor after the prompt; end that line so what follows starts clean.
    static func finishEndOfInput(onTerminal: Bool) {
        if onTerminal {
            rl_crlf()
        }
    }

    /// Removes the handler, which also restores the terminal's normal mode.
    static func stop() {
        rl_callback_handler_remove()
    }

    /// `text` with its line breaks replaced by single spaces.
    ///
    /// readline's bracketed paste (on by default since readline 8.1) inserts a pasted
    /// block as it is, line breaks included, and returns it as one line. A learner pasting
    /// several lines means one reply, so it stays one line, but `LineInput.line` promises
    /// no line terminators: breaks become spaces, and the empty lines a paste often ends with vanish.
    static func joiningPastedLines(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// readline's line handler: receives the line (to free) or NULL at end of input, and
    /// removes itself at once so readline does not prepare the terminal for another line
    /// nobody has asked for yet.
    private static let lineHandler: @convention(c) (UnsafeMutablePointer<CChar>?) -> Void = { line in
        if let line {
            let text = String(decoding: UnsafeRawBufferPointer(start: line, count: strlen(line)), as: UTF8.self)
            result = .line(joiningPastedLines(text))
            free(line)
        } else {
            result = .endOfInput
        }
        rl_callback_handler_remove()
    }
}
