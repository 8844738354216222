import Foundation

/// Times as transcripts and exports write them: ISO 8601 in UTC, to the nearest millisecond
/// (`2026-11-29T03:57:23.231Z`). One writer for both, so that an export shows a time with the very
/// digits its transcript holds.
public enum UTCTimestamp {
    /// `2026-11-29T03:57:23.231Z`.
    ///
    /// The milliseconds are written by hand, from whole milliseconds, because the ISO 8601 format
    /// style truncates the fractional second, and the nearest double to `.231` is a hair below it:
    /// a date read from a transcript was written back one millisecond earlier, and again on every
    /// rewrite. The date itself is left to that style, which writes Julian dates before the
    /// Gregorian calendar and signed years before year 1, as Foundation reads them back.
    public static func string(_ date: Date) -> String {
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded()
        let seconds = (milliseconds / 1000).rounded(.down)
        let fraction = milliseconds - seconds * 1000
        let whole = Date(timeIntervalSince1970: seconds)
            .formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false))
        guard fraction.isFinite, (0..<1000).contains(fraction) else { return whole + "Z" }
        let digits = String(Int(fraction))
        return whole + "." + String(repeating: "0", count: 3 - digits.count) + digits + "Z"
    }

    /// Whole milliseconds since 1970, for identities that must not depend on floating-point digits.
    public static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }
}
