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
/// It reads only what JSONEncoder writes (`JSONLineTape`) and refuses anything else — a hand-edited
/// line, an unexpected type, a missing key: then it returns nil and the line is read by
/// `JSONDecoder`, whose result, or error, stands.
enum TranscriptLineDecoder {
    static func decode<T: TranscriptLineDecodable>(_ type: T.Type, from line: UnsafeBufferPointer<UInt8>) -> T? {
        guard let tape = try? JSONLineTape(line) else { return nil }
        return try? T(line: TranscriptLineValue(tape: tape, index: 0))
    }

    /// A refusal: the line is left to `JSONDecoder`. It never reaches the user.
    struct Refused: Error {}
}

/// A type read from transcript lines: it reads itself from one JSON value as its `Decodable`
/// conformance reads it, and throws `TranscriptLineDecoder.Refused` for anything that conformance
/// would not read, or would read otherwise.
protocol TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws
}

/// One value of a transcript line, for `TranscriptLineDecodable` types to read.
struct TranscriptLineValue {
    let tape: JSONLineTape
    /// The value's node on the tape.
    let index: Int

    private var node: JSONLineTape.Node { tape.nodes[index] }

    var isNull: Bool { node.kind == .null }

    /// The value as an object, whose members are read by key.
    func object() throws -> TranscriptLineObject {
        guard node.kind == .object else { throw TranscriptLineDecoder.Refused() }
        return TranscriptLineObject(tape: tape, index: index)
    }

    /// The elements of an array, each read as `T`.
    func array<T: TranscriptLineDecodable>(of type: T.Type = T.self) throws -> [T] {
        let node = node
        guard node.kind == .array else { throw TranscriptLineDecoder.Refused() }
        var elements: [T] = []
        elements.reserveCapacity(Int(node.payload))
        var element = index + 1
        for _ in 0..<node.payload {
            elements.append(try T(line: TranscriptLineValue(tape: tape, index: element)))
            element = Int(tape.nodes[element].next)
        }
        return elements
    }

    func string() throws -> String {
        guard node.kind == .string else { throw TranscriptLineDecoder.Refused() }
        return tape.string(at: index)
    }

    func bool() throws -> Bool {
        let node = node
        guard node.kind == .bool else { throw TranscriptLineDecoder.Refused() }
        return node.payload != 0
    }

    /// A number as a `Double`, as Foundation reads any JSON number into one.
    func double() throws -> Double {
        let node = node
        switch node.kind {
        case .double: return Double(bitPattern: node.payload)
        case .integer: return Double(Int64(bitPattern: node.payload))
        case .unsignedInteger: return Double(node.payload)
        default: throw TranscriptLineDecoder.Refused()
        }
    }

    /// An integer written as one that fits `T`; `1.0` is refused, to be left to Foundation.
    func integer<T: FixedWidthInteger>(_ type: T.Type = T.self) throws -> T {
        let node = node
        let exact: T?
        switch node.kind {
        case .integer: exact = T(exactly: Int64(bitPattern: node.payload))
        case .unsignedInteger: exact = T(exactly: node.payload)
        default: exact = nil
        }
        guard let exact else { throw TranscriptLineDecoder.Refused() }
        return exact
    }

    /// A date as transcripts write it, or any form `TranscriptCoding`'s `JSONDecoder` reads.
    func date() throws -> Date {
        guard node.kind == .string else { throw TranscriptLineDecoder.Refused() }
        guard let date = tape.rawBytes(at: index).flatMap(TranscriptDate.parse) ?? TranscriptCoding.date(tape.string(at: index)) else {
            throw TranscriptLineDecoder.Refused()
        }
        return date
    }
}

/// An object of a transcript line, read by key as a synthesized `Decodable` conformance reads its
/// keyed container: members it does not ask for are ignored, a missing one is refused unless
/// optional, and an optional one may also be `null`.
struct TranscriptLineObject {
    let tape: JSONLineTape
    let index: Int

    /// The member `key`, which must be there.
    func value(_ key: StaticString) throws -> TranscriptLineValue {
        guard let member = tape.member(of: index, named: key) else { throw TranscriptLineDecoder.Refused() }
        return TranscriptLineValue(tape: tape, index: member)
    }

    func decode<T: TranscriptLineDecodable>(_ key: StaticString, as type: T.Type = T.self) throws -> T {
        try T(line: value(key))
    }

    /// Nil when the member is missing or `null`, as `decodeIfPresent` reads it.
    func decodeIfPresent<T: TranscriptLineDecodable>(_ key: StaticString, as type: T.Type = T.self) throws -> T? {
        guard let member = tape.member(of: index, named: key) else { return nil }
        let value = TranscriptLineValue(tape: tape, index: member)
        return value.isNull ? nil : try T(line: value)
    }

    /// The member `key` as a dictionary of integers by name, as `[String: Int]` decodes itself.
    func integers(_ key: StaticString) throws -> [String: Int] {
        let object = try value(key).object()
        var integers: [String: Int] = [:]
        for member in object.tape.members(of: object.index) {
            integers[object.tape.string(at: member.key)] = try TranscriptLineValue(tape: tape, index: member.value).integer()
        }
        return integers
    }
}

extension String: TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws { self = try value.string() }
}

extension Bool: TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws { self = try value.bool() }
}

extension Int: TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws { self = try value.integer() }
}

extension UInt64: TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws { self = try value.integer() }
}

extension Double: TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws { self = try value.double() }
}

extension Date: TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws { self = try value.date() }
}

extension Array: TranscriptLineDecodable where Element: TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws { self = try value.array() }
}

/// Enumerations written as their raw strings, as `Codable` writes them.
extension TranscriptLineDecodable where Self: RawRepresentable, RawValue == String {
    init(line value: TranscriptLineValue) throws {
        guard let read = Self(rawValue: try value.string()) else { throw TranscriptLineDecoder.Refused() }
        self = read
    }
}
