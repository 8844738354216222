import FilRougeConsole
import Foundation

/// Writing to standard output and standard error, unbuffered so that output and prompts
/// interleave in the order they happen. A closed terminal does not stop the program: see
/// `DescriptorWriter`.
enum Output {
    static func line(_ text: String) {
        DescriptorWriter.write(text + "\n", to: STDOUT_FILENO)
    }

    /// Writes `text` as it is, without adding a line break.
    static func write(_ text: String) {
        DescriptorWriter.write(text, to: STDOUT_FILENO)
    }

    static func error(_ text: String) {
        DescriptorWriter.write(text + "\n", to: STDERR_FILENO)
    }

    /// Whether standard output is a terminal that may be coloured.
    static var allowsColour: Bool {
        ColourPolicy.allowsColour(
            outputIsTerminal: TerminalInfo.isTerminal(STDOUT_FILENO),
            environment: ProcessInfo.processInfo.environment
        )
    }
}
