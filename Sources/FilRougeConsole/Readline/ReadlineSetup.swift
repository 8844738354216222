// @preconcurrency: readline shares its state through C globals (rl_point, history_length…) that
// Swift 6 cannot prove safe; readline is only ever used from one thread (see ReadlineLineReader).
@preconcurrency import CReadline

/// The process-wide readline settings, made once before the first line is read.
enum ReadlineSetup {
    /// `nonisolated(unsafe)`: readline is used from a single thread (see `ReadlineLineReader`).
    nonisolated(unsafe) private static var done = false

    static func once() {
        guard !done else { return }
        done = true
        ReadlineLocale.prepare()
        // Allows `$if FilRouge` sections in the learner's ~/.inputrc.
        rl_readline_name = UnsafePointer(strdup("FilRouge"))
        // Signals are handled by ReadlineSignals, which keeps the program alive on Ctrl-C.
        rl_catch_signals = 0
        rl_catch_sigwinch = 0
        // Do not export LINES and COLUMNS into the environment on every resize.
        rl_change_environment = 0
        ReadlineCompletion.install()
        rl_initialize()
    }
}
