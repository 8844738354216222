import Foundation

/// One line of JSON read in a single pass, for `TranscriptLineDecoder`: the transcript types read
/// their members where they stand, in the order they are written, and whatever they do not ask for
/// is skipped, checked all the same. It accepts only strict JSON as JSONEncoder writes it and
/// refuses anything doubtful (control characters in strings, numbers it cannot read exactly, keys
/// that are escaped or beyond ASCII where a type's field is read, a field written twice): a line it
/// refuses is read again by Foundation's decoder, which has the last word.
///
/// Nothing is kept of the line but what the types make of it. A flat list of the line's values,
/// built first and then searched by key for every field, cost more than reading the JSON; before
/// it, a tree of values made a `String` of every key and text. Strings are scanned eight bytes at a
/// time: they are most of a transcript's bytes.
struct JSONLineReader {
    /// A refusal: the line is left to `JSONDecoder`. It never reaches the user.
    struct Refused: Error {}

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var offset = 0
    private var depth = 0

    /// Deeper than any transcript line; deeper input is refused rather than overflowing the stack.
    static let maximumDepth = 64

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Refuses the line unless nothing but blanks follows the value read.
    mutating func end() throws {
        skipBlanks()
        guard offset == bytes.count else { throw Refused() }
    }

    // MARK: Objects and arrays

    /// Reads an object whose members are a type's fields: `member` reads or skips each value, given
    /// its key, which it compares by bytes. A key written with escapes is given unescaped
    /// (`\u0074ext` is `text`); a key beyond ASCII is refused, since it might equal a field's name
    /// as Swift compares strings (U+212A KELVIN SIGN is `K`).
    mutating func readFields(_ member: (inout JSONLineReader, JSONLineString) throws -> Void) throws {
        try readObject { reader, key in
            if key.isPlainASCII {
                try member(&reader, key)
            } else {
                try reader.readEscapedField(key, member)
            }
        }
    }

    /// A field whose key was written with escapes, given to `member` unescaped; kept out of line,
    /// since JSONEncoder writes none.
    @inline(never)
    private mutating func readEscapedField(_ key: JSONLineString, _ member: (inout JSONLineReader, JSONLineString) throws -> Void) throws {
        guard var text = key.unescaped, text.utf8.allSatisfy({ $0 < 0x80 }) else { throw Refused() }
        try text.withUTF8 { try member(&self, JSONLineString(bytes: $0, isASCII: true)) }
    }

    /// Reads an object of integers by name, as `[String: Int]` decodes itself; two names that are
    /// the same string are refused.
    mutating func readIntegers() throws -> [String: Int] {
        var integers: [String: Int] = [:]
        try readObject { reader, key in
            let name = key.text
            guard integers[name] == nil else { throw Refused() }
            integers[name] = try reader.integer()
        }
        return integers
    }

    mutating func readArray(_ element: (inout JSONLineReader) throws -> Void) throws {
        try enterContainer(opening: UInt8(ascii: "["))
        defer { depth -= 1 }
        skipBlanks()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
            offset += 1
            return
        }
        while true {
            try element(&self)
            skipBlanks()
            guard offset < bytes.count else { throw Refused() }
            if bytes[offset] == UInt8(ascii: ",") {
                offset += 1
            } else if bytes[offset] == UInt8(ascii: "]") {
                offset += 1
                return
            } else {
                throw Refused()
            }
        }
    }

    /// Passes over a value nobody asked for, refusing what would be refused if it were read.
    mutating func skipValue() throws {
        skipBlanks()
        guard offset < bytes.count else { throw Refused() }
        switch bytes[offset] {
        case UInt8(ascii: "{"): try readObject { reader, _ in try reader.skipValue() }
        case UInt8(ascii: "["): try readArray { try $0.skipValue() }
        case UInt8(ascii: "\""): _ = try scanString()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: _ = try number()
        }
    }

    private mutating func readObject(_ member: (inout JSONLineReader, JSONLineString) throws -> Void) throws {
        try enterContainer(opening: UInt8(ascii: "{"))
        defer { depth -= 1 }
        skipBlanks()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
            offset += 1
            return
        }
        while true {
            skipBlanks()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw Refused() }
            let key = try scanString()
            skipBlanks()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { throw Refused() }
            offset += 1
            try member(&self, key)
            skipBlanks()
            guard offset < bytes.count else { throw Refused() }
            if bytes[offset] == UInt8(ascii: ",") {
                offset += 1
            } else if bytes[offset] == UInt8(ascii: "}") {
                offset += 1
                return
            } else {
                throw Refused()
            }
        }
    }

    private mutating func enterContainer(opening: UInt8) throws {
        skipBlanks()
        guard depth < Self.maximumDepth, offset < bytes.count, bytes[offset] == opening else { throw Refused() }
        offset += 1
        depth += 1
    }

    // MARK: Values

    mutating func string() throws -> String {
        skipBlanks()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw Refused() }
        return try scanString().text
    }

    mutating func bool() throws -> Bool {
        skipBlanks()
        guard offset < bytes.count else { throw Refused() }
        if bytes[offset] == UInt8(ascii: "t") {
            try literal("true")
            return true
        }
        try literal("false")
        return false
    }

    /// Consumes a `null` and says so; anything else is left to be read.
    mutating func readNull() throws -> Bool {
        skipBlanks()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    /// An integer written as one that fits `T`; `1.0` is refused, to be left to Foundation.
    mutating func integer<T: FixedWidthInteger>(_ type: T.Type = T.self) throws -> T {
        let exact: T?
        switch try number() {
        case .integer(let value): exact = T(exactly: value)
        case .unsignedInteger(let value): exact = T(exactly: value)
        case .double: exact = nil
        }
        guard let exact else { throw Refused() }
        return exact
    }

    /// Any number, as Foundation reads it into a `Double`.
    mutating func double() throws -> Double {
        switch try number() {
        case .integer(let value): return Double(value)
        case .unsignedInteger(let value): return Double(value)
        case .double(let value): return value
        }
    }

    /// A date as transcripts write it, or any form `TranscriptCoding`'s `JSONDecoder` reads.
    mutating func date() throws -> Date {
        skipBlanks()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw Refused() }
        let string = try scanString()
        let date = string.unescaped == nil ? TranscriptDate.parse(string.bytes) : nil
        guard let date = date ?? TranscriptCoding.date(string.text) else { throw Refused() }
        return date
    }

    // MARK: Lexing

    private mutating func skipBlanks() {
        while offset < bytes.count, bytes[offset] == 0x20 || bytes[offset] == 0x0A || bytes[offset] == 0x0D || bytes[offset] == 0x09 {
            offset += 1
        }
    }

    private mutating func literal(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count else { throw Refused() }
        for index in 0..<count where bytes[offset + index] != word.utf8Start[index] {
            throw Refused()
        }
        offset += count
    }

    /// A string from its opening quote; the bytes are valid UTF-8 (`UTF8Validation`).
    private mutating func scanString() throws -> JSONLineString {
        offset += 1
        let start = offset
        var isASCII = true
        moveToQuoteBackslashOrControl(isASCII: &isASCII)
        guard offset < bytes.count else { throw Refused() }
        switch bytes[offset] {
        case UInt8(ascii: "\""):
            offset += 1
            return JSONLineString(bytes: UnsafeBufferPointer(rebasing: bytes[start..<(offset - 1)]), isASCII: isASCII)
        case UInt8(ascii: "\\"):
            let text = try escapedString(from: start)
            return JSONLineString(bytes: UnsafeBufferPointer(rebasing: bytes[start..<(offset - 1)]), isASCII: false, unescaped: text)
        default:
            throw Refused()
        }
    }

    /// Moves to the first quote, backslash or control character from here, or to the end,
    /// eight bytes at a time, noting whether the bytes passed are all ASCII.
    private mutating func moveToQuoteBackslashOrControl(isASCII: inout Bool) {
        guard let base = bytes.baseAddress else { return }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var seen: UInt64 = 0
        defer { if seen & highBits != 0 { isASCII = false } }
        while offset + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
            let quotes = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
            let backslashes = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
            // The has-zero-byte and has-byte-less-than tests: the lowest high bit set in `found`
            // is that of the first byte that is 0 in `quotes` or `backslashes`, or below 0x20
            // (a borrow only runs upwards, from a byte that matched).
            let found = (((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes) | ((word &- ones &* 0x20) & ~word)) & highBits
            if found == 0 {
                seen |= word
                offset += 8
                continue
            }
            // Words are read little-endian: the first byte is the lowest.
            let before = found.trailingZeroBitCount / 8
            seen |= word & ((1 << (UInt64(before) * 8)) &- 1)
            offset += before
            return
        }
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { return }
            seen |= UInt64(byte)
            offset += 1
        }
    }

    /// The rest of a string that has escapes in it, gathered as UTF-8 bytes: appending scalar by
    /// scalar to a string cost more than reading every other string of a transcript.
    private mutating func escapedString(from start: Int) throws -> String {
        var text: [UInt8] = []
        text.reserveCapacity(offset - start + 64)
        var plainStart = start
        var isASCII = true
        while true {
            moveToQuoteBackslashOrControl(isASCII: &isASCII)
            guard offset < bytes.count else { throw Refused() }
            let byte = bytes[offset]
            guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { throw Refused() }
            text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart..<offset]))
            offset += 1
            if byte == UInt8(ascii: "\"") { return String(decoding: text, as: UTF8.self) }
            guard offset < bytes.count else { throw Refused() }
            let escape = bytes[offset]
            offset += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escape)
            case UInt8(ascii: "b"): text.append(0x08)
            case UInt8(ascii: "f"): text.append(0x0C)
            case UInt8(ascii: "n"): text.append(0x0A)
            case UInt8(ascii: "r"): text.append(0x0D)
            case UInt8(ascii: "t"): text.append(0x09)
            case UInt8(ascii: "u"): UTF8.encode(try unicodeEscape()) { text.append($0) }
            default: throw Refused()
            }
            plainStart = offset
        }
    }

    /// After `\u`: four hex digits, or a surrogate pair as two escapes.
    private mutating func unicodeEscape() throws -> Unicode.Scalar {
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

    private mutating func hexQuad() throws -> UInt32 {
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

    private enum Number {
        case integer(Int64)
        /// An integer above `Int64.max`, such as a large seed.
        case unsignedInteger(UInt64)
        case double(Double)
    }

    /// A number as JSON writes it: integers as integers when they fit, the rest as doubles.
    private mutating func number() throws -> Number {
        skipBlanks()
        let start = offset
        let isNegative = offset < bytes.count && bytes[offset] == UInt8(ascii: "-")
        if isNegative { offset += 1 }
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
        // Up to 18 digits always fit in an Int64: summed here without making a String of them.
        if isInteger, integerDigits <= 18 {
            var magnitude: Int64 = 0
            for index in integerStart..<offset { magnitude = magnitude * 10 + Int64(bytes[index] - 0x30) }
            return .integer(isNegative ? -magnitude : magnitude)
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

/// A string of the line, as a key or a value: its bytes between the quotes, and the string itself
/// when it had escapes to resolve.
struct JSONLineString {
    let bytes: UnsafeBufferPointer<UInt8>
    let isASCII: Bool
    var unescaped: String?

    /// A string that equals a name exactly when their bytes are the same.
    var isPlainASCII: Bool { isASCII && unescaped == nil }

    var text: String {
        unescaped ?? String(decoding: bytes, as: UTF8.self)
    }

    /// Whether a plain ASCII key is `name`; in a `switch` over a type's fields, where it is tried
    /// case after case, so inlined.
    @inline(__always)
    static func ~= (name: StaticString, key: JSONLineString) -> Bool {
        guard key.bytes.count == name.utf8CodeUnitCount else { return false }
        let start = name.utf8Start
        for index in 0..<key.bytes.count where key.bytes[index] != start[index] {
            return false
        }
        return true
    }
}
