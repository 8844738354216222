import Foundation

/// A value of a transcript line, read where it stands by `JSONLineReader`.
protocol TranscriptReadable {
    init(reading reader: inout JSONLineReader) throws
}

/// A transcript type written as a JSON object by its `Encodable` conformance, and read back member
/// by member by its `TranscriptFields`, keyed by the same `CodingKeys`.
protocol TranscriptObjectReadable: TranscriptReadable {
    associatedtype TranscriptFields: TranscriptObjectFields where TranscriptFields.Value == Self
}

extension TranscriptObjectReadable {
    init(reading reader: inout JSONLineReader) throws {
        self = try reader.readObject(TranscriptFields.self)
    }
}

/// The members of one object as they are read, then the value they make.
///
/// `read(_:from:)` switches over every one of the type's coding keys, with no `default`: a key
/// added for writing does not compile until it is read. The keys are the `CodingKeys` the type's
/// synthesized `Encodable` conformance writes with, so the names live once.
protocol TranscriptObjectFields {
    associatedtype Key: TranscriptNamed & CodingKey
    associatedtype Value
    init()
    /// Reads the value of `key`'s member.
    mutating func read(_ key: Key, from reader: inout JSONLineReader) throws
    /// The value, once every member is read; a missing member it must have is refused.
    func value() throws -> Value
}

extension TranscriptObjectFields {
    /// A member the value must have.
    func required<Member>(_ member: Member?, _ key: Key) throws -> Member {
        guard let member else { throw TranscriptLineError(.missing(key: key.stringValue)) }
        return member
    }
}

extension JSONLineReader {
    /// Reads a member's value into `field`, refusing a member written twice.
    mutating func read<Member: TranscriptReadable>(_ field: inout Member?) throws {
        guard field == nil else { throw TranscriptLineError(.writtenTwice) }
        field = try Member(reading: &self)
    }

    /// Reads an optional member's value, `null` as nil; the field stays nil (not `.some(nil)`)
    /// while the member has not been seen.
    mutating func readOptional<Member: TranscriptReadable>(_ field: inout Member??) throws {
        guard field == nil else { throw TranscriptLineError(.writtenTwice) }
        field = .some(try readNull() ? nil : Member(reading: &self))
    }
}

extension String: TranscriptReadable {
    init(reading reader: inout JSONLineReader) throws { self = try reader.string() }
}

extension Bool: TranscriptReadable {
    init(reading reader: inout JSONLineReader) throws { self = try reader.bool() }
}

extension Int: TranscriptReadable {
    init(reading reader: inout JSONLineReader) throws { self = try reader.integer() }
}

extension UInt64: TranscriptReadable {
    init(reading reader: inout JSONLineReader) throws { self = try reader.integer() }
}

extension Double: TranscriptReadable {
    init(reading reader: inout JSONLineReader) throws { self = try reader.double() }
}

extension Date: TranscriptReadable {
    init(reading reader: inout JSONLineReader) throws { self = try reader.date() }
}

extension Array: TranscriptReadable where Element: TranscriptReadable {
    init(reading reader: inout JSONLineReader) throws {
        var elements: [Element] = []
        try reader.readArray { elements.append(try Element(reading: &$0)) }
        self = elements
    }
}

/// Counters by name, the one kind of object read as a dictionary.
extension Dictionary: TranscriptReadable where Key == String, Value == Int {
    init(reading reader: inout JSONLineReader) throws { self = try reader.readCounts() }
}

/// Enumerations written as their raw strings.
extension TranscriptReadable where Self: TranscriptNamed {
    init(reading reader: inout JSONLineReader) throws { self = try reader.name() }
}
