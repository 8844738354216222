import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the program needs to know about the terminal: whether there is one, and how wide and how
/// tall it is.
///
/// Width is used to wrap the friend's replies, height to fit a replay's page to the screen; a
/// wrong guess only makes lines wrap badly or a page scroll early, so every failure falls back
/// to something reasonable instead of failing.
public enum TerminalInfo {
    /// The width assumed when neither the terminal nor the environment says.
    public static let defaultColumns = 80
    /// Widths outside this range are taken to be mistakes (a zero-sized pseudo-terminal, a typo in `COLUMNS`).
    public static let columnRange = 20...500
    /// The height assumed when neither the terminal nor the environment says.
    public static let defaultRows = 24
    /// Heights outside this range are taken to be mistakes, as widths are.
    public static let rowRange = 5...500

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

    /// The height of the terminal behind `fileDescriptor`, else `LINES`, else 24, clamped to `rowRange`.
    ///
    /// - Parameter environment: the process environment by default; tests pass their own.
    public static func rows(
        _ fileDescriptor: Int32 = STDOUT_FILENO,
        environment: [String: String]? = nil
    ) -> Int {
        if let height = windowSize(fileDescriptor).map({ Int($0.ws_row) }), height > 0 {
            return clamp(height, to: rowRange)
        }
        let variables = environment ?? ProcessInfo.processInfo.environment
        if let text = variables["LINES"], let height = Int(text.trimmingCharacters(in: .whitespaces)), height > 0 {
            return clamp(height, to: rowRange)
        }
        return defaultRows
    }

    private static func windowColumns(_ fileDescriptor: Int32) -> Int? {
        windowSize(fileDescriptor).map { Int($0.ws_col) }
    }

    private static func windowSize(_ fileDescriptor: Int32) -> winsize? {
        var size = winsize()
        #if canImport(Glibc)
        let status = ioctl(fileDescriptor, UInt(TIOCGWINSZ), &size)
        #else
        let status = ioctl(fileDescriptor, TIOCGWINSZ, &size)
        #endif
        return status == 0 ? size : nil
    }

    private static func clamp(_ width: Int) -> Int {
        clamp(width, to: columnRange)
    }

    private static func clamp(_ value: Int, to range: ClosedRange<Int>) -> Int {
        min(max(value, range.lowerBound), range.upperBound)
    }
}
