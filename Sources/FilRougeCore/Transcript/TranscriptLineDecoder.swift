import Foundation

/// Decodes one transcript line into the transcript's Codable types, as `JSONDecoder` does, in a
/// fraction of the time: a class's transcripts are tens of megabytes of JSON, and Foundation's
/// decoder spent most of its time in generic bookkeeping. The types' `Codable` conformances stay
/// the one definition of the format.
///
/// It reads only what JSONEncoder writes (`JSONLineValue`) and refuses anything else — a hand-edited
/// line, an unexpected type, a missing key: then it returns nil and the line is read by
/// `JSONDecoder`, whose result, or error, stands.
enum TranscriptLineDecoder {
    static func decode<T: Decodable>(_ type: T.Type, from line: UnsafeBufferPointer<UInt8>) -> T? {
        guard let value = try? JSONLineValue.parse(line) else { return nil }
        return try? T(from: ValueDecoder(value))
    }

    /// A refusal: the line is left to `JSONDecoder`. It never reaches the user.
    struct Refused: Error {}

    /// Decodes one value; keyed and unkeyed containers make one for each value inside.
    struct ValueDecoder: Decoder, SingleValueDecodingContainer {
        let value: JSONLineValue

        init(_ value: JSONLineValue) {
            self.value = value
        }

        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            guard case .object(let members) = value else { throw Refused() }
            return KeyedDecodingContainer(KeyedContainer<Key>(members: members))
        }

        func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
            guard case .array(let elements) = value else { throw Refused() }
            return UnkeyedContainer(elements: elements)
        }

        func singleValueContainer() throws -> any SingleValueDecodingContainer {
            self
        }

        func decodeNil() -> Bool {
            if case .null = value { return true }
            return false
        }

        func decode(_ type: Bool.Type) throws -> Bool {
            guard case .bool(let bool) = value else { throw Refused() }
            return bool
        }

        func decode(_ type: String.Type) throws -> String {
            guard case .string(let string) = value else { throw Refused() }
            return string
        }

        func decode(_ type: Double.Type) throws -> Double {
            switch value {
            case .double(let double): return double
            case .integer(let integer): return Double(integer)
            case .unsignedInteger(let integer): return Double(integer)
            default: throw Refused()
            }
        }

        func decode(_ type: Float.Type) throws -> Float { throw Refused() }
        func decode(_ type: Int.Type) throws -> Int { try integer() }
        func decode(_ type: Int8.Type) throws -> Int8 { try integer() }
        func decode(_ type: Int16.Type) throws -> Int16 { try integer() }
        func decode(_ type: Int32.Type) throws -> Int32 { try integer() }
        func decode(_ type: Int64.Type) throws -> Int64 { try integer() }
        func decode(_ type: UInt.Type) throws -> UInt { try integer() }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try integer() }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try integer() }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try integer() }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try integer() }

        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            if type == Date.self {
                // Dates as transcripts write them, as TranscriptCoding's JSONDecoder reads them.
                guard case .string(let string) = value, let date = TranscriptCoding.date(string) as? T else { throw Refused() }
                return date
            }
            // Types Foundation's decoder reads its own way; transcripts have none of them.
            if type == Data.self || type == URL.self || type == Decimal.self { throw Refused() }
            return try T(from: self)
        }

        private func integer<T: FixedWidthInteger>() throws -> T {
            switch value {
            case .integer(let integer):
                guard let exact = T(exactly: integer) else { throw Refused() }
                return exact
            case .unsignedInteger(let integer):
                guard let exact = T(exactly: integer) else { throw Refused() }
                return exact
            default:
                throw Refused()
            }
        }
    }

    struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let members: [(key: String, value: JSONLineValue)]

        var codingPath: [any CodingKey] { [] }

        var allKeys: [Key] {
            members.compactMap { Key(stringValue: $0.key) }
        }

        func contains(_ key: Key) -> Bool {
            members.contains { $0.key == key.stringValue }
        }

        private func decoder(_ key: Key) throws -> ValueDecoder {
            let name = key.stringValue
            guard let member = members.first(where: { $0.key == name }) else { throw Refused() }
            return ValueDecoder(member.value)
        }

        func decodeNil(forKey key: Key) throws -> Bool { try decoder(key).decodeNil() }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder(key).decode(type) }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder(key).decode(type) }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoder(key).decode(type) }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decoder(key).decode(type) }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder(key).decode(type) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decoder(key).decode(type) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decoder(key).decode(type) }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decoder(key).decode(type) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decoder(key).decode(type) }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decoder(key).decode(type) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decoder(key).decode(type) }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decoder(key).decode(type) }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decoder(key).decode(type) }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decoder(key).decode(type) }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decoder(key).decode(type) }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try decoder(key).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try decoder(key).unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder { throw Refused() }
        func superDecoder(forKey key: Key) throws -> any Decoder { throw Refused() }
    }

    struct UnkeyedContainer: UnkeyedDecodingContainer {
        let elements: [JSONLineValue]
        var currentIndex = 0

        var codingPath: [any CodingKey] { [] }
        var count: Int? { elements.count }
        var isAtEnd: Bool { currentIndex >= elements.count }

        private mutating func next() throws -> ValueDecoder {
            guard currentIndex < elements.count else { throw Refused() }
            defer { currentIndex += 1 }
            return ValueDecoder(elements[currentIndex])
        }

        mutating func decodeNil() throws -> Bool {
            guard currentIndex < elements.count else { throw Refused() }
            if case .null = elements[currentIndex] {
                currentIndex += 1
                return true
            }
            return false
        }

        mutating func decode(_ type: Bool.Type) throws -> Bool { try next().decode(type) }
        mutating func decode(_ type: String.Type) throws -> String { try next().decode(type) }
        mutating func decode(_ type: Double.Type) throws -> Double { try next().decode(type) }
        mutating func decode(_ type: Float.Type) throws -> Float { try next().decode(type) }
        mutating func decode(_ type: Int.Type) throws -> Int { try next().decode(type) }
        mutating func decode(_ type: Int8.Type) throws -> Int8 { try next().decode(type) }
        mutating func decode(_ type: Int16.Type) throws -> Int16 { try next().decode(type) }
        mutating func decode(_ type: Int32.Type) throws -> Int32 { try next().decode(type) }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { try next().decode(type) }
        mutating func decode(_ type: UInt.Type) throws -> UInt { try next().decode(type) }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next().decode(type) }
        mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next().decode(type) }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next().decode(type) }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next().decode(type) }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decode(type) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try next().container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            try next().unkeyedContainer()
        }

        mutating func superDecoder() throws -> any Decoder { throw Refused() }
    }
}
