import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the program needs to know about the terminal: whether there is one, and how wide it is.
///
/// Width is used to wrap the friend's replies; a wrong guess only makes lines wrap
/// badly, so every failure falls back to something reasonable instead of failing.
public enum TerminalInfo {
    /// The width assumed when neither the terminal nor the environment says.
    public static let defaultColumns = 80
    /// Widths outside this range are taken to be mistakes (a zero-sized pseudo-terminal, a typo in `COLUMNS`).
    public static let columnRange = 20...500

    /// Whether `fileDescriptor` is a terminal, which decides between readline and plain reading.
    public static func isTerminal(_ fileDescriptor: Int32) -> Bool {
        isatty(fileDescriptor) == 1
    }

    /// The width of the terminal behind `fileDescriptor`, else `COLUMNS`, else 80, clamped to `columnRange`.
    ///
    /// - Parameter environment: the process environment by default; tests pass their own.
    public static func columns(
        _ fileDescriptor: Int32 = STDOUT_FILENO,
        environment: [String: String]? = nil
    ) -> Int {
        if let width = windowColumns(fileDescriptor), width > 0 {
            return clamp(width)
        }
        let variables = environment ?? ProcessInfo.processInfo.environment
        if let text = variables["COLUMNS"], let width = Int(text.trimmingCharacters(in: .whitespaces)), width > 0 {
            return clamp(width)
        }
        return defaultColumns
    }

    private static func windowColumns(_ fileDescriptor: Int32) -> Int? {
        var size = winsize()
        #if canImport(Glibc)
        let status = ioctl(fileDescriptor, UInt(TIOCGWINSZ), &size)
        #else
        let status = ioctl(fileDescriptor, TIOCGWINSZ, &size)
        #endif
        return status == 0 ? Int(size.ws_col) : nil
    }

    private static func clamp(_ width: Int) -> Int {
        min(max(width, columnRange.lowerBound), columnRange.upperBound)
    }
}
