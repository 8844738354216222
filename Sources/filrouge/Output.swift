import FilRougeConsole
import Foundation

/// Writing to standard output and standard error, flushed at once so that output and prompts
/// interleave in the order they happen.
enum Output {
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Writes `text` as it is, without adding a line break.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Whether standard output is a terminal that may be coloured.
    static var allowsColour: Bool {
        ColourPolicy.allowsColour(
            outputIsTerminal: TerminalInfo.isTerminal(STDOUT_FILENO),
            environment: ProcessInfo.processInfo.environment
        )
    }
}
