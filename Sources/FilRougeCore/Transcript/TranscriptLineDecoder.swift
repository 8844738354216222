import Foundation

/// Decodes one transcript line into the transcript's types, giving what `JSONDecoder` gives with
/// their `Codable` conformances, in a fraction of the time: a class's transcripts are tens of
/// megabytes of JSON. Foundation's decoder spent most of its time in generic bookkeeping; so did a
/// `Decoder` of our own driving the same conformances, whose containers, boxed and looked up at run
/// time for every object, cost more than reading the JSON. So each type read from transcripts says
/// how it reads its fields (`TranscriptLineDecodable`), in the same terms as its `Codable`
/// conformance, which stays the definition of the format: it writes every line, and reads every
/// line refused here.
///
/// It reads only what JSONEncoder writes (`JSONLineReader`) and refuses anything else — a hand-edited
/// line, an unexpected type, a missing key: then it returns nil and the line is read by
/// `JSONDecoder`, whose result, or error, stands.
enum TranscriptLineDecoder {
    static func decode<T: TranscriptLineDecodable>(_ type: T.Type, from line: UnsafeBufferPointer<UInt8>) -> T? {
        var reader = JSONLineReader(line)
        do {
            let value = try T(reading: &reader)
            try reader.end()
            return value
        } catch {
            return nil
        }
    }
}

/// A type read from transcript lines: it reads itself from the reader's next value as its
/// `Decodable` conformance reads it, and throws `JSONLineReader.Refused` for anything that
/// conformance would not read, or would read otherwise.
protocol TranscriptLineDecodable {
    init(reading reader: inout JSONLineReader) throws
}

extension JSONLineReader {
    /// Reads a field's value into `field`, refusing a field written twice (Foundation reads such a
    /// line, taking the first).
    mutating func read<T: TranscriptLineDecodable>(into field: inout T?) throws {
        guard field == nil else { throw Refused() }
        field = try T(reading: &self)
    }

    /// Reads an optional field's value, `null` as nil, as `decodeIfPresent` does; the field stays
    /// nil (not `.some(nil)`) while the member has not been seen.
    mutating func readOptional<T: TranscriptLineDecodable>(into field: inout T??) throws {
        guard field == nil else { throw Refused() }
        field = .some(try readNull() ? nil : T(reading: &self))
    }
}

extension String: TranscriptLineDecodable {
    init(reading reader: inout JSONLineReader) throws { self = try reader.string() }
}

extension Bool: TranscriptLineDecodable {
    init(reading reader: inout JSONLineReader) throws { self = try reader.bool() }
}

extension Int: TranscriptLineDecodable {
    init(reading reader: inout JSONLineReader) throws { self = try reader.integer() }
}

extension UInt64: TranscriptLineDecodable {
    init(reading reader: inout JSONLineReader) throws { self = try reader.integer() }
}

extension Double: TranscriptLineDecodable {
    init(reading reader: inout JSONLineReader) throws { self = try reader.double() }
}

extension Date: TranscriptLineDecodable {
    init(reading reader: inout JSONLineReader) throws { self = try reader.date() }
}

extension Array: TranscriptLineDecodable where Element: TranscriptLineDecodable {
    init(reading reader: inout JSONLineReader) throws {
        var elements: [Element] = []
        try reader.readArray { elements.append(try Element(reading: &$0)) }
        self = elements
    }
}

/// Counters by name, the one kind of object read as a dictionary.
extension Dictionary: TranscriptLineDecodable where Key == String, Value == Int {
    init(reading reader: inout JSONLineReader) throws { self = try reader.readIntegers() }
}

/// Enumerations written as their raw strings, as `Codable` writes them.
extension TranscriptLineDecodable where Self: RawRepresentable, RawValue == String {
    init(reading reader: inout JSONLineReader) throws {
        guard let read = Self(rawValue: try reader.string()) else { throw JSONLineReader.Refused() }
        self = read
    }
}
