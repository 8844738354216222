import Foundation

/// Writes and reads transcript lines: JSON Lines, one entry a line, keys sorted, dates in ISO 8601.
public enum TranscriptCoding {
    /// One line of JSON, without its line break.
    public static func line(for entry: TranscriptEntry) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(timestamp(date))
        }
        guard let data = try? encoder.encode(entry), let text = String(data: data, encoding: .utf8) else {
            // Every value of a transcript entry is encodable; this cannot happen with valid doubles.
            return "{\"type\":\"unencodable\"}"
        }
        return text
    }

    /// `2026-11-29T03:57:23.231Z`: UTC, to the nearest millisecond.
    ///
    /// The milliseconds are written by hand because the ISO 8601 format style truncates the
    /// fractional second, and the nearest double to `.231` is a hair below it: a date read from a
    /// transcript was written back one millisecond earlier, and again on every rewrite.
    static func timestamp(_ date: Date) -> String {
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded()
        let seconds = (milliseconds / 1000).rounded(.down)
        let fraction = milliseconds - seconds * 1000
        let whole = Date(timeIntervalSince1970: seconds)
            .formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false))
        guard fraction.isFinite, (0..<1000).contains(fraction) else { return whole + "Z" }
        let digits = String(Int(fraction))
        return whole + "." + String(repeating: "0", count: 3 - digits.count) + digits + "Z"
    }

    /// Reads a whole transcript. Lines that cannot be read (a half-written last line after a power
    /// cut, a hand edit) are reported and skipped, never fatal.
    public static func read(_ text: String) -> TranscriptContents {
        var text = text
        return text.withUTF8(read(utf8:))
    }

    /// Reads a whole transcript from its bytes, which must be valid UTF-8 (`UTF8Validation`): a
    /// file need not be made a `String` first, which would check every byte once more.
    public static func read(utf8 bytes: UnsafeBufferPointer<UInt8>) -> TranscriptContents {
        var contents = TranscriptContents()
        TranscriptLine.forEach(in: bytes) { number, line in contents.append(line: line, number: number) }
        return contents
    }

    /// The entry one line holds (its bytes trimmed, valid UTF-8), or an error whose description
    /// says why it is not one.
    static func entry(_ line: UnsafeBufferPointer<UInt8>) throws -> TranscriptEntry {
        // The quick decoder reads what this program writes; anything it refuses is read by
        // Foundation's, whose result or error stands.
        if let entry = TranscriptLineDecoder.decode(TranscriptEntry.self, from: line) { return entry }
        do {
            return try foundationDecoder().decode(TranscriptEntry.self, from: Data(line))
        } catch {
            throw TranscriptLineError(reason: describe(error))
        }
    }

    /// Foundation's JSON decoder, reading dates as transcripts write them.
    static func foundationDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let string = try container.decode(String.self)
            guard let date = date(string) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an ISO 8601 date: \(string)")
            }
            return date
        }
        return decoder
    }

    /// A transcript's date: as written (`2026-11-29T03:57:23.231Z`), or any ISO 8601 form.
    static func date(_ string: String) -> Date? {
        if let date = TranscriptDate.parse(string) { return date }
        if let date = try? Date(string, strategy: .iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted)) {
            return date
        }
        return try? Date(string, strategy: .iso8601)
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): return context.debugDescription
        case DecodingError.keyNotFound(let key, _): return "no '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context): return "wrong type at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
        case DecodingError.valueNotFound(_, let context): return "no value at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
        default: return "invalid JSON"
        }
    }
}

/// A transcript as read back.
public struct TranscriptContents: Equatable, Sendable {
    public var header: TranscriptHeader?
    public var events: [TimedEvent] = []
    /// The first lines that could not be read, with why: at most `damagedLinesKept` of them, so
    /// that a damaged file costs memory for what is reported, not for every line of it.
    public var damaged: [DamagedLine] = []
    /// How many lines could not be read, those left out of `damaged` included.
    public var damagedCount = 0

    /// How many damaged lines are kept to be reported; the rest are counted.
    public static let damagedLinesKept = 20

    public init(header: TranscriptHeader? = nil, events: [TimedEvent] = [], damaged: [DamagedLine] = []) {
        self.header = header
        self.events = events
        self.damaged = damaged
        damagedCount = damaged.count
    }

    public struct TimedEvent: Equatable, Sendable {
        public var at: Date
        public var event: DialogueEvent
        /// The 1-based line the event was read from (0 when it was not read from a file), so that
        /// a problem with it can be pointed at.
        public var line: Int = 0
    }

    public struct DamagedLine: Equatable, Sendable {
        /// 1-based.
        public var line: Int
        public var reason: String

        public init(line: Int, reason: String) {
            self.line = line
            self.reason = reason
        }
    }

    /// Reads one more line: its bytes without the line feed, and its number from 1. Lines come in
    /// order, so a file can be read a piece at a time; blank lines are passed over. A line that is
    /// not valid UTF-8 is damaged like one that is not JSON: skipped and reported, the rest kept.
    public mutating func append(line: UnsafeBufferPointer<UInt8>, number: Int) {
        TranscriptLine.withTrimmed(line) { trimmed in
            if !trimmed.isEmpty { appendTrimmed(trimmed, number: number) }
        }
    }

    private mutating func appendTrimmed(_ line: UnsafeBufferPointer<UInt8>, number: Int) {
        guard UTF8Validation.isValid(line) else {
            recordDamage(line: number, reason: "bytes that are not UTF-8 text")
            return
        }
        do {
            switch try TranscriptCoding.entry(line) {
            case .header(let header) where header.format != TranscriptHeader.currentFormat:
                recordDamage(line: number, reason: "transcript format \(header.format) is not supported (this program reads format \(TranscriptHeader.currentFormat))")
            case .header(let header) where self.header == nil && events.isEmpty:
                self.header = header
            case .header:
                recordDamage(line: number, reason: "a second header")
            case .event(let date, let event):
                events.append(.init(at: date, event: event, line: number))
            }
        } catch {
            recordDamage(line: number, reason: "not a transcript entry (\(error))")
        }
    }

    /// Counts a damaged line, and keeps it while fewer than `damagedLinesKept` are kept.
    public mutating func recordDamage(line: Int, reason: String) {
        damagedCount += 1
        if damaged.count < Self.damagedLinesKept { damaged.append(DamagedLine(line: line, reason: reason)) }
    }
}

/// Why one line is not a transcript entry.
struct TranscriptLineError: Error, CustomStringConvertible {
    var reason: String
    var description: String { reason }
}
