import Foundation

/// One line of JSON read in a single pass, for `TranscriptLineReader`: the transcript types read
/// their members where they stand, in the order they are written (`TranscriptObjectFields`), and
/// whatever they do not ask for is skipped, checked all the same. What is not JSON (RFC 8259) is
/// refused, and so is what a type cannot hold; each refusal is a `TranscriptLineError` that says
/// why and where.
///
/// Nothing is kept of the line but what the types make of it. A flat list of the line's values,
/// built first and then searched by key for every field, cost more than reading the JSON; before
/// it, a tree of values made a `String` of every key and text. Strings are scanned eight bytes at a
/// time: they are most of a transcript's bytes.
struct JSONLineReader {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var offset = 0
    private var depth = 0

    /// Deeper than any transcript line; deeper input is refused rather than overflowing the stack.
    static let maximumDepth = 64

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Whether the bytes are one JSON value and nothing else: a line refused for what it holds is
    /// reported as not JSON when it is not, whatever was found wrong before the reader got there.
    static func isJSON(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var reader = JSONLineReader(bytes)
        do {
            try reader.skipValue()
            try reader.end()
            return true
        } catch {
            return false
        }
    }

    /// Refuses the line unless nothing but blanks follows the value read.
    mutating func end() throws {
        skipBlanks()
        guard offset == bytes.count else { throw TranscriptLineError(.notJSON) }
    }

    /// Whether the next value is an object.
    mutating func isAtObject() -> Bool {
        skipBlanks()
        return offset < bytes.count && bytes[offset] == UInt8(ascii: "{")
    }

    // MARK: Objects and arrays

    /// Reads an object as a type's fields: each member whose key is one of `Fields.Key` is read by
    /// the fields, the others skipped.
    mutating func readObject<Fields: TranscriptObjectFields>(_: Fields.Type) throws -> Fields.Value {
        var fields = Fields()
        try readMembers { reader, key in
            if let known = key.withBytes(Fields.Key.transcriptNames.name) {
                try fields.read(known, from: &reader)
            } else {
                try reader.skipValue()
            }
        }
        return try fields.value()
    }

    /// Reads an object's members, giving `member` each key, unescaped, to read or skip its value.
    /// Keys are compared by their bytes, as JSON compares them: a key that is not exactly a
    /// field's name (`Text`, or `K` written as U+212A KELVIN SIGN) is no field.
    mutating func readMembers(_ member: (inout JSONLineReader, JSONLineString) throws -> Void) throws {
        try enterContainer(opening: UInt8(ascii: "{"))
        defer { depth -= 1 }
        skipBlanks()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
            offset += 1
            return
        }
        while true {
            skipBlanks()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw TranscriptLineError(.notJSON) }
            let key = try scanString()
            skipBlanks()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { throw TranscriptLineError(.notJSON) }
            offset += 1
            do {
                try member(&self, key)
            } catch let error as TranscriptLineError {
                throw error.inside(.key(key.text))
            }
            skipBlanks()
            guard offset < bytes.count else { throw TranscriptLineError(.notJSON) }
            if bytes[offset] == UInt8(ascii: ",") {
                offset += 1
            } else if bytes[offset] == UInt8(ascii: "}") {
                offset += 1
                return
            } else {
                throw TranscriptLineError(.notJSON)
            }
        }
    }

    /// Reads an object of counts by name, as `CountersChanged` holds them. A name that is the same
    /// string as another (as Swift compares strings) is refused; of several counts that do not
    /// read, the first by name is reported, so that a line is reported alike however it is
    /// written.
    mutating func readCounts() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        var firstFault: (name: String, error: TranscriptLineError)?
        try readMembers { reader, key in
            let name = key.text
            let start = reader.offset
            do {
                let count: Int = try reader.integer()
                guard counts.updateValue(count, forKey: name) == nil else { throw TranscriptLineError(.writtenTwice) }
            } catch let error as TranscriptLineError where error.problem != .notJSON {
                if firstFault.map({ name < $0.name }) ?? true { firstFault = (name, error.inside(.key(name))) }
                if error.problem != .writtenTwice {
                    reader.offset = start
                    try reader.skipValue()
                }
            }
        }
        if let firstFault { throw firstFault.error }
        return counts
    }

    mutating func readArray(_ element: (inout JSONLineReader) throws -> Void) throws {
        try enterContainer(opening: UInt8(ascii: "["))
        defer { depth -= 1 }
        skipBlanks()
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
            offset += 1
            return
        }
        var index = 0
        while true {
            do {
                try element(&self)
            } catch let error as TranscriptLineError {
                throw error.inside(.index(index))
            }
            index += 1
            skipBlanks()
            guard offset < bytes.count else { throw TranscriptLineError(.notJSON) }
            if bytes[offset] == UInt8(ascii: ",") {
                offset += 1
            } else if bytes[offset] == UInt8(ascii: "]") {
                offset += 1
                return
            } else {
                throw TranscriptLineError(.notJSON)
            }
        }
    }

    /// Passes over a value nobody asked for, refusing it if it is not JSON.
    mutating func skipValue() throws {
        skipBlanks()
        guard offset < bytes.count else { throw TranscriptLineError(.notJSON) }
        switch bytes[offset] {
        case UInt8(ascii: "{"): try readMembers { reader, _ in try reader.skipValue() }
        case UInt8(ascii: "["): try readArray { try $0.skipValue() }
        case UInt8(ascii: "\""): _ = try scanString()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: _ = try number()
        }
    }

    private mutating func enterContainer(opening: UInt8) throws {
        skipBlanks()
        guard offset < bytes.count, bytes[offset] == opening else { throw mismatch() }
        guard depth < Self.maximumDepth else { throw TranscriptLineError(.tooDeep) }
        offset += 1
        depth += 1
    }

    // MARK: Values

    mutating func string() throws -> String {
        try stringToken().text
    }

    /// A string value as it stands in the line.
    mutating func stringToken() throws -> JSONLineString {
        skipBlanks()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw mismatch() }
        return try scanString()
    }

    /// A string that is one of `Name`'s raw values.
    mutating func name<Name: TranscriptNamed>(_: Name.Type = Name.self) throws -> Name {
        let token = try stringToken()
        guard let name = token.withBytes(Name.transcriptNames.name) else {
            throw TranscriptLineError(.unknownValue(token.text))
        }
        return name
    }

    mutating func bool() throws -> Bool {
        skipBlanks()
        guard offset < bytes.count else { throw TranscriptLineError(.notJSON) }
        switch bytes[offset] {
        case UInt8(ascii: "t"):
            try literal("true")
            return true
        case UInt8(ascii: "f"):
            try literal("false")
            return false
        default:
            throw mismatch()
        }
    }

    /// Consumes a `null` and says so; anything else is left to be read.
    mutating func readNull() throws -> Bool {
        skipBlanks()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    /// A whole number that fits `T`, however it is written: `2`, `2.0` or `2e0` alike.
    mutating func integer<T: FixedWidthInteger>(_ type: T.Type = T.self) throws -> T {
        let exact: T?
        switch try number() {
        case .integer(let value): exact = T(exactly: value)
        case .unsignedInteger(let value): exact = T(exactly: value)
        case .other(let text): exact = try Self.wholeNumber(text)
        }
        guard let exact else { throw TranscriptLineError(.outOfRange) }
        return exact
    }

    /// Any number, to the nearest double; one too large for a double is refused.
    mutating func double() throws -> Double {
        switch try number() {
        case .integer(let value): return Double(value)
        case .unsignedInteger(let value): return Double(value)
        case .other(let text):
            guard let double = Double(text), double.isFinite else { throw TranscriptLineError(.outOfRange) }
            return double
        }
    }

    /// A date as transcripts write it, read without a date parser, or any form of ISO 8601.
    mutating func date() throws -> Date {
        let token = try stringToken()
        if token.unescaped == nil, let date = TranscriptDate.parseWritten(token.bytes) { return date }
        let text = token.text
        guard let date = TranscriptDate.parse(text) else { throw TranscriptLineError(.notADate(text)) }
        return date
    }

    /// Why the next value is not what was asked: `null`, another kind of value, or no JSON.
    private func mismatch() -> TranscriptLineError {
        guard offset < bytes.count, Self.valueStarts.contains(bytes[offset]) else { return TranscriptLineError(.notJSON) }
        var probe = self
        guard (try? probe.skipValue()) != nil else { return TranscriptLineError(.notJSON) }
        return bytes[offset] == UInt8(ascii: "n") ? TranscriptLineError(.noValue) : TranscriptLineError(.wrongType)
    }

    /// The bytes a JSON value can start with.
    private static let valueStarts = Set("{[\"tfn-0123456789".utf8)

    // MARK: Lexing

    private mutating func skipBlanks() {
        while offset < bytes.count, bytes[offset] == 0x20 || bytes[offset] == 0x0A || bytes[offset] == 0x0D || bytes[offset] == 0x09 {
            offset += 1
        }
    }

    private mutating func literal(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count else { throw TranscriptLineError(.notJSON) }
        for index in 0..<count where bytes[offset + index] != word.utf8Start[index] {
            throw TranscriptLineError(.notJSON)
        }
        offset += count
    }

    /// A string from its opening quote; the bytes are valid UTF-8 (`UTF8Validation`).
    private mutating func scanString() throws -> JSONLineString {
        offset += 1
        let start = offset
        moveToQuoteBackslashOrControl()
        guard offset < bytes.count else { throw TranscriptLineError(.notJSON) }
        switch bytes[offset] {
        case UInt8(ascii: "\""):
            offset += 1
            return JSONLineString(bytes: UnsafeBufferPointer(rebasing: bytes[start..<(offset - 1)]))
        case UInt8(ascii: "\\"):
            let text = try escapedString(from: start)
            return JSONLineString(bytes: UnsafeBufferPointer(rebasing: bytes[start..<(offset - 1)]), unescaped: text)
        default:
            throw TranscriptLineError(.notJSON)
        }
    }

    /// Moves to the first quote, backslash or control character from here, or to the end, eight
    /// bytes at a time.
    private mutating func moveToQuoteBackslashOrControl() {
        guard let base = bytes.baseAddress else { return }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        while offset + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
            let quotes = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
            let backslashes = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
            // The has-zero-byte and has-byte-less-than tests: the lowest high bit set in `found`
            // is that of the first byte that is 0 in `quotes` or `backslashes`, or below 0x20
            // (a borrow only runs upwards, from a byte that matched).
            let found = (((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes) | ((word &- ones &* 0x20) & ~word)) & highBits
            if found == 0 {
                offset += 8
                continue
            }
            // Words are read little-endian: the first byte is the lowest.
            offset += found.trailingZeroBitCount / 8
            return
        }
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { return }
            offset += 1
        }
    }

    /// The rest of a string that has escapes in it, gathered as UTF-8 bytes: appending scalar by
    /// scalar to a string cost more than reading every other string of a transcript.
    private mutating func escapedString(from start: Int) throws -> String {
        var text: [UInt8] = []
        text.reserveCapacity(offset - start + 64)
        var plainStart = start
        while true {
            moveToQuoteBackslashOrControl()
            guard offset < bytes.count else { throw TranscriptLineError(.notJSON) }
            let byte = bytes[offset]
            guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { throw TranscriptLineError(.notJSON) }
            text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart..<offset]))
            offset += 1
            if byte == UInt8(ascii: "\"") { return String(decoding: text, as: UTF8.self) }
            guard offset < bytes.count else { throw TranscriptLineError(.notJSON) }
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
            default: throw TranscriptLineError(.notJSON)
            }
            plainStart = offset
        }
    }

    /// After `\u`: four hex digits, or a surrogate pair as two escapes. A lone surrogate is no
    /// character, and is refused.
    private mutating func unicodeEscape() throws -> Unicode.Scalar {
        let first = try hexQuad()
        if (0xD800..<0xDC00).contains(first) {
            guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") else {
                throw TranscriptLineError(.notJSON)
            }
            offset += 2
            let second = try hexQuad()
            guard (0xDC00..<0xE000).contains(second),
                  let scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
            else { throw TranscriptLineError(.notJSON) }
            return scalar
        }
        guard let scalar = Unicode.Scalar(first) else { throw TranscriptLineError(.notJSON) }
        return scalar
    }

    private mutating func hexQuad() throws -> UInt32 {
        guard offset + 4 <= bytes.count else { throw TranscriptLineError(.notJSON) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[offset]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw TranscriptLineError(.notJSON)
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
        /// One with a fraction or an exponent, or an integer beyond 64 bits, as written.
        case other(String)
    }

    /// A number as JSON writes it: integers as integers when they fit, the rest as written.
    private mutating func number() throws -> Number {
        skipBlanks()
        let start = offset
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "-") || (0x30...0x39).contains(bytes[offset]) else {
            throw mismatch()
        }
        let isNegative = bytes[offset] == UInt8(ascii: "-")
        if isNegative { offset += 1 }
        let integerStart = offset
        while offset < bytes.count, bytes[offset] >= 0x30, bytes[offset] <= 0x39 { offset += 1 }
        let integerDigits = offset - integerStart
        guard integerDigits > 0, !(integerDigits > 1 && bytes[integerStart] == 0x30) else { throw TranscriptLineError(.notJSON) }
        var isInteger = true
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            isInteger = false
            offset += 1
            let fractionStart = offset
            while offset < bytes.count, bytes[offset] >= 0x30, bytes[offset] <= 0x39 { offset += 1 }
            guard offset > fractionStart else { throw TranscriptLineError(.notJSON) }
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
            isInteger = false
            offset += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") { offset += 1 }
            let exponentStart = offset
            while offset < bytes.count, bytes[offset] >= 0x30, bytes[offset] <= 0x39 { offset += 1 }
            guard offset > exponentStart else { throw TranscriptLineError(.notJSON) }
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
        return .other(text)
    }

    /// The value of a number written with a fraction or an exponent (`2.0`, `1e3`, `150e-2`), read
    /// exactly from its digits: nil when it is whole but does not fit `T`; refused when it is not
    /// whole.
    private static func wholeNumber<T: FixedWidthInteger>(_ text: String) throws -> T? {
        let utf8 = Array(text.utf8)
        let isNegative = utf8.first == UInt8(ascii: "-")
        var digits: [UInt8] = []
        var exponent = 0
        var index = isNegative ? 1 : 0
        var inFraction = false
        while index < utf8.count, utf8[index] != UInt8(ascii: "e"), utf8[index] != UInt8(ascii: "E") {
            if utf8[index] == UInt8(ascii: ".") {
                inFraction = true
            } else {
                digits.append(utf8[index])
                if inFraction { exponent -= 1 }
            }
            index += 1
        }
        if index < utf8.count {
            // Beyond any count: the number is refused as out of range, or as not whole, below.
            exponent += Int(String(decoding: utf8[(index + 1)...], as: UTF8.self)) ?? (utf8[index + 1] == UInt8(ascii: "-") ? -1_000 : 1_000)
        }
        while let last = digits.last, last == UInt8(ascii: "0"), digits.count > 1 {
            digits.removeLast()
            exponent += 1
        }
        while digits.count > 1, digits.first == UInt8(ascii: "0") { digits.removeFirst() }
        if digits == [UInt8(ascii: "0")] { return 0 }
        guard exponent >= 0 else { throw TranscriptLineError(.notAWholeNumber) }
        guard digits.count + exponent <= 40 else { return nil }
        let whole = (isNegative ? "-" : "") + String(decoding: digits, as: UTF8.self) + String(repeating: "0", count: exponent)
        return T(whole)
    }

    // MARK: The line's type

    /// The `type` of the line when it is its last member, `…,"type":"NAME"}`, as this program
    /// writes every line (keys sorted): found from the end, without reading the line. Nil
    /// otherwise, and the line must be searched for it.
    ///
    /// Sure for any line that is JSON: a quote after a colon opens a string (inside a string, a
    /// quote follows a backslash), so the name is that of the last member of the outer object, and
    /// its key is `type` written without escapes. A line that is not JSON is refused as it is read.
    func trailingType() -> UnsafeBufferPointer<UInt8>? {
        let count = bytes.count
        guard count >= 11, bytes[count - 1] == UInt8(ascii: "}"), bytes[count - 2] == UInt8(ascii: "\"") else { return nil }
        var start = count - 2
        while start > 0, bytes[start - 1] != UInt8(ascii: "\"") {
            if bytes[start - 1] == UInt8(ascii: "\\") { return nil }
            start -= 1
        }
        let quote = start - 1
        guard quote >= 8, bytes[quote - 1] == UInt8(ascii: ":"),
              bytes[quote - 2] == UInt8(ascii: "\""), bytes[quote - 3] == UInt8(ascii: "e"), bytes[quote - 4] == UInt8(ascii: "p"),
              bytes[quote - 5] == UInt8(ascii: "y"), bytes[quote - 6] == UInt8(ascii: "t"), bytes[quote - 7] == UInt8(ascii: "\""),
              bytes[quote - 8] == UInt8(ascii: ",") || bytes[quote - 8] == UInt8(ascii: "{")
        else { return nil }
        return UnsafeBufferPointer(rebasing: bytes[start..<(count - 2)])
    }
}

/// A string of the line, as a key or a value: its bytes between the quotes, and the string itself
/// when it had escapes to resolve.
struct JSONLineString {
    let bytes: UnsafeBufferPointer<UInt8>
    var unescaped: String?

    var text: String {
        unescaped ?? String(decoding: bytes, as: UTF8.self)
    }

    /// Calls `body` with the string's UTF-8 bytes, its escapes resolved.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        guard var unescaped else { return try body(bytes) }
        return try unescaped.withUTF8(body)
    }
}
