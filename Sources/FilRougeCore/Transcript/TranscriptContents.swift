import Foundation

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

    /// Reads a whole transcript. Lines that cannot be read (a half-written last line after a power
    /// cut, a hand edit) are reported and skipped, never fatal.
    public init(text: String) {
        var text = text
        self = text.withUTF8 { TranscriptContents(utf8: $0) }
    }

    /// Reads a whole transcript from its bytes, which must be valid UTF-8 (`UTF8Validation`): a
    /// file need not be made a `String` first, which would check every byte once more.
    public init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        self.init()
        var lines = ByteLineBuffer()
        lines.append(bytes)
        var number = 0
        while let _ = lines.nextLineBytes({ line in
            number += 1
            append(line: line, number: number)
        }) {}
        _ = lines.takeRemainderBytes { line in append(line: line, number: number + 1) }
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
        guard UTF8Validation.isValid(line) else {
            recordDamage(line: number, reason: "bytes that are not UTF-8 text")
            return
        }
        append(utf8Line: line, number: number)
    }

    /// Reads one more line, as `append(line:number:)` does, of bytes the caller has found to be
    /// UTF-8 already: a file reader checks each line to decide whether the file can be read at
    /// all, and checking it again cost a twentieth of a digest.
    public mutating func append(utf8Line line: UnsafeBufferPointer<UInt8>, number: Int) {
        TranscriptLine.withTrimmed(line) { trimmed in
            if !trimmed.isEmpty { appendTrimmed(trimmed, number: number) }
        }
    }

    private mutating func appendTrimmed(_ line: UnsafeBufferPointer<UInt8>, number: Int) {
        do {
            switch try TranscriptLineReader.entry(line) {
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

    /// Adds an entry as it is written, rather than read (a conversation whose statements are sent
    /// as it goes, `StatementForwarding`).
    public mutating func append(_ entry: TranscriptEntry) {
        switch entry {
        case .header(let header): self.header = header
        case .event(let at, let event): events.append(.init(at: at, event: event))
        }
    }

    /// Counts a damaged line, and keeps it while fewer than `damagedLinesKept` are kept.
    public mutating func recordDamage(line: Int, reason: String) {
        damagedCount += 1
        if damaged.count < Self.damagedLinesKept { damaged.append(DamagedLine(line: line, reason: reason)) }
    }
}
