/// One line of JSON read into values, for `TranscriptLineDecoder`. It accepts only strict JSON as
/// JSONEncoder writes it and refuses anything doubtful (control characters in strings, duplicate
/// keys, numbers it cannot read exactly): a line it refuses is read again by Foundation's decoder,
/// which has the last word.
enum JSONLineValue {
    case null
    case bool(Bool)
    case integer(Int64)
    /// An integer above `Int64.max`, such as a large seed.
    case unsignedInteger(UInt64)
    case double(Double)
    case string(String)
    case array([JSONLineValue])
    case object([(key: String, value: JSONLineValue)])

    struct Refused: Error {}

    /// The value of the whole line, or `Refused`.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws -> JSONLineValue {
        var reader = Reader(bytes: bytes)
        let value = try reader.value(depth: 0)
        reader.skipBlanks()
        guard reader.offset == bytes.count else { throw Refused() }
        return value
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0

        /// Deeper than any transcript line; deeper input is refused rather than overflowing the stack.
        static let maximumDepth = 64

        mutating func skipBlanks() {
            while offset < bytes.count, bytes[offset] == 0x20 || bytes[offset] == 0x0A || bytes[offset] == 0x0D || bytes[offset] == 0x09 {
                offset += 1
            }
        }

        mutating func value(depth: Int) throws -> JSONLineValue {
            guard depth < Self.maximumDepth else { throw Refused() }
            skipBlanks()
            guard offset < bytes.count else { throw Refused() }
            switch bytes[offset] {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            default: return try number()
            }
        }

        mutating func literal(_ word: StaticString) throws {
            let count = word.utf8CodeUnitCount
            guard offset + count <= bytes.count else { throw Refused() }
            for index in 0..<count where bytes[offset + index] != word.utf8Start[index] {
                throw Refused()
            }
            offset += count
        }

        mutating func object(depth: Int) throws -> JSONLineValue {
            offset += 1
            var members: [(key: String, value: JSONLineValue)] = []
            skipBlanks()
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
                offset += 1
                return .object(members)
            }
            while true {
                skipBlanks()
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw Refused() }
                let key = try string()
                guard !members.contains(where: { $0.key == key }) else { throw Refused() }
                skipBlanks()
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { throw Refused() }
                offset += 1
                members.append((key, try value(depth: depth + 1)))
                skipBlanks()
                guard offset < bytes.count else { throw Refused() }
                if bytes[offset] == UInt8(ascii: ",") {
                    offset += 1
                } else if bytes[offset] == UInt8(ascii: "}") {
                    offset += 1
                    return .object(members)
                } else {
                    throw Refused()
                }
            }
        }

        mutating func array(depth: Int) throws -> JSONLineValue {
            offset += 1
            var elements: [JSONLineValue] = []
            skipBlanks()
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
                offset += 1
                return .array(elements)
            }
            while true {
                elements.append(try value(depth: depth + 1))
                skipBlanks()
                guard offset < bytes.count else { throw Refused() }
                if bytes[offset] == UInt8(ascii: ",") {
                    offset += 1
                } else if bytes[offset] == UInt8(ascii: "]") {
                    offset += 1
                    return .array(elements)
                } else {
                    throw Refused()
                }
            }
        }

        /// A string from its opening quote; the bytes are valid UTF-8, since they come from a String.
        mutating func string() throws -> String {
            offset += 1
            let start = offset
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte == UInt8(ascii: "\"") {
                    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
                    offset += 1
                    return text
                }
                if byte == UInt8(ascii: "\\") {
                    return try escapedString(from: start)
                }
                guard byte >= 0x20 else { throw Refused() }
                offset += 1
            }
            throw Refused()
        }

        /// The rest of a string that has escapes in it.
        mutating func escapedString(from start: Int) throws -> String {
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self).unicodeScalars)
            var plainStart = offset
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                    scalars.append(contentsOf: String(decoding: UnsafeBufferPointer(rebasing: bytes[plainStart..<offset]), as: UTF8.self).unicodeScalars)
                    if byte == UInt8(ascii: "\"") {
                        offset += 1
                        return String(scalars)
                    }
                    offset += 1
                    guard offset < bytes.count else { throw Refused() }
                    let escape = bytes[offset]
                    offset += 1
                    switch escape {
                    case UInt8(ascii: "\""): scalars.append("\"")
                    case UInt8(ascii: "\\"): scalars.append("\\")
                    case UInt8(ascii: "/"): scalars.append("/")
                    case UInt8(ascii: "b"): scalars.append("\u{08}")
                    case UInt8(ascii: "f"): scalars.append("\u{0C}")
                    case UInt8(ascii: "n"): scalars.append("\n")
                    case UInt8(ascii: "r"): scalars.append("\r")
                    case UInt8(ascii: "t"): scalars.append("\t")
                    case UInt8(ascii: "u"): scalars.append(try unicodeEscape())
                    default: throw Refused()
                    }
                    plainStart = offset
                    continue
                }
                guard byte >= 0x20 else { throw Refused() }
                offset += 1
            }
            throw Refused()
        }

        /// After `\u`: four hex digits, or a surrogate pair as two escapes.
        mutating func unicodeEscape() throws -> Unicode.Scalar {
            let first = try hexQuad()
            if (0xD800..<0xDC00).contains(first) {
                guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") else { throw Refused() }
                offset += 2
                let second = try hexQuad()
                guard (0xDC00..<0xE000).contains(second),
                      let scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
                else { throw Refused() }
                return scalar
            }
            guard let scalar = Unicode.Scalar(first) else { throw Refused() }
            return scalar
        }

        mutating func hexQuad() throws -> UInt32 {
            guard offset + 4 <= bytes.count else { throw Refused() }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[offset]
                let digit: UInt32
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
                default: throw Refused()
                }
                value = value * 16 + digit
                offset += 1
            }
            return value
        }

        /// A number as JSON writes it: integers as integers when they fit, the rest as doubles.
        mutating func number() throws -> JSONLineValue {
            let start = offset
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "-") { offset += 1 }
            let integerStart = offset
            while offset < bytes.count, bytes[offset] >= 0x30, bytes[offset] <= 0x39 { offset += 1 }
            let integerDigits = offset - integerStart
            guard integerDigits > 0, !(integerDigits > 1 && bytes[integerStart] == 0x30) else { throw Refused() }
            var isInteger = true
            if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
                isInteger = false
                offset += 1
                let fractionStart = offset
                while offset < bytes.count, bytes[offset] >= 0x30, bytes[offset] <= 0x39 { offset += 1 }
                guard offset > fractionStart else { throw Refused() }
            }
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
                isInteger = false
                offset += 1
                if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") { offset += 1 }
                let exponentStart = offset
                while offset < bytes.count, bytes[offset] >= 0x30, bytes[offset] <= 0x39 { offset += 1 }
                guard offset > exponentStart else { throw Refused() }
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
            if isInteger {
                if let integer = Int64(text) { return .integer(integer) }
                if let unsigned = UInt64(text) { return .unsignedInteger(unsigned) }
            }
            guard let double = Double(text), double.isFinite else { throw Refused() }
            return .double(double)
        }
    }
}
