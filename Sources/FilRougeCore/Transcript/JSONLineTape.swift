import Foundation

/// One line of JSON read into a flat list of nodes, for `TranscriptLineDecoder`. It accepts only
/// strict JSON as JSONEncoder writes it and refuses anything doubtful (control characters in
/// strings, duplicate keys, numbers it cannot read exactly): a line it refuses is read again by
/// Foundation's decoder, which has the last word.
///
/// Nothing is copied out of the line while reading it. A tree of values made a `String` of every
/// key and every text, and an array of every object, most of which the decoder then looked at once
/// and threw away: that was a third of the time spent reading a transcript. Here a string stays a
/// range of the line's bytes until the decoder asks for it, keys are compared as bytes, and the
/// whole line is one array of nodes, each knowing where the next one after it starts, so that an
/// object's members can be walked without an index of them.
///
/// The tape points into the line's bytes: it must not outlive them. `TranscriptLineDecoder` makes
/// one, decodes the line's value from it and drops it, while the bytes are still there.
final class JSONLineTape {
    enum Kind: UInt8 {
        case null, bool, integer, unsignedInteger, double, string, array, object
    }

    struct Node {
        var kind: Kind
        /// For a string: all its bytes are ASCII, so it equals another ASCII string only when
        /// their bytes are the same (a non-ASCII key can equal an ASCII one as Swift compares
        /// strings, by canonical equivalence: U+212A KELVIN SIGN is `K`).
        var isASCII = false
        /// For a string without escapes, its bytes between the quotes.
        var start: Int32 = 0
        var end: Int32 = 0
        /// The node after this one and everything inside it.
        var next: Int32 = 0
        /// A bool's 0 or 1, an integer's bits, a double's bit pattern; a string with escapes: its
        /// index in `unescaped`, plus one (0 when it has none); an array's or object's count.
        var payload: UInt64 = 0

        /// A key that can be compared by its bytes alone.
        var isPlainASCII: Bool { isASCII && payload == 0 }
    }

    struct Refused: Error {}

    let bytes: UnsafeBufferPointer<UInt8>
    /// The line's values in the order they are written: an object is followed by its first key,
    /// that key by its value, and so on; an array by its elements.
    let nodes: [Node]
    /// The strings that had escapes in them, read when the line was, since an escape can make the
    /// line invalid.
    let unescaped: [String]

    /// The line's nodes, or `Refused`.
    init(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        var unescaped: [String] = []
        // Written straight into the array's memory, which is enough for the nodes of any line this
        // program writes (a node every dozen bytes): appending to an array checked its capacity and
        // that it was not shared at every node. A line needing more is left to JSONDecoder.
        nodes = try Array(unsafeUninitializedCapacity: bytes.count / 4 + 16) { storage, count in
            var reader = Reader(bytes: bytes, nodes: NodeBuffer(storage: storage))
            defer { count = reader.nodes.count }
            try reader.value(depth: 0)
            reader.skipBlanks()
            guard reader.offset == bytes.count else { throw Refused() }
            unescaped = reader.unescaped
        }
        self.bytes = bytes
        self.unescaped = unescaped
    }

    /// The nodes read so far, in memory set aside for them.
    private struct NodeBuffer {
        let storage: UnsafeMutableBufferPointer<Node>
        private(set) var count = 0

        init(storage: UnsafeMutableBufferPointer<Node>) {
            self.storage = storage
        }

        mutating func append(_ node: Node) throws {
            guard count < storage.count else { throw Refused() }
            storage.initializeElement(at: count, to: node)
            count += 1
        }

        subscript(index: Int) -> Node {
            get { storage[index] }
            nonmutating set { storage[index] = newValue }
        }
    }

    /// The string at `index`, which must be a string node.
    func string(at index: Int) -> String {
        let node = nodes[index]
        if node.payload > 0 { return unescaped[Int(node.payload) - 1] }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(node.start)..<Int(node.end)]), as: UTF8.self)
    }

    /// The bytes of the string at `index` when it has no escapes, so that they are the string's.
    func rawBytes(at index: Int) -> UnsafeBufferPointer<UInt8>? {
        let node = nodes[index]
        guard node.kind == .string, node.payload == 0 else { return nil }
        return UnsafeBufferPointer(rebasing: bytes[Int(node.start)..<Int(node.end)])
    }

    /// The value of the member of the object at `object` whose key is `name`, as Swift compares
    /// strings; nil when it has none. Keys are compared by length, then by bytes: a line's objects
    /// have a handful of keys, looked up by every field.
    func member(of object: Int, named name: StaticString) -> Int? {
        guard name.isASCII, name.utf8CodeUnitCount > 0, let base = bytes.baseAddress else {
            return memberComparingStrings(of: object, named: name)
        }
        let nameStart = name.utf8Start
        let nameCount = name.utf8CodeUnitCount
        return nodes.withUnsafeBufferPointer { nodes -> Int? in
            var key = object + 1
            for _ in 0..<nodes[object].payload {
                let node = nodes[key]
                // A key with escapes or beyond ASCII: the whole object is searched as strings.
                guard node.isPlainASCII else { return memberComparingStrings(of: object, named: name) }
                if Int(node.end - node.start) == nameCount,
                   (0..<nameCount).allSatisfy({ base[Int(node.start) + $0] == nameStart[$0] }) {
                    return key + 1
                }
                key = Int(nodes[key + 1].next)
            }
            return nil
        }
    }

    /// `member(of:named:)` comparing every key as a Swift string.
    private func memberComparingStrings(of object: Int, named name: StaticString) -> Int? {
        let text = String(decoding: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount), as: UTF8.self)
        return members(of: object).first { string(at: $0.key) == text }?.value
    }

    /// The keys of the object at `object` with their values' nodes, in order.
    func members(of object: Int) -> [(key: Int, value: Int)] {
        var members: [(key: Int, value: Int)] = []
        var key = object + 1
        for _ in 0..<nodes[object].payload {
            members.append((key, key + 1))
            key = Int(nodes[key + 1].next)
        }
        return members
    }

    /// The bytes of a string node between its quotes.
    func bytes(of node: Node) -> UnsafeBufferPointer<UInt8> {
        Self.bytes(of: node, in: bytes)
    }

    static func bytes(of node: Node, in bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[Int(node.start)..<Int(node.end)])
    }

    /// Whether two runs of bytes are the same, without the generic `elementsEqual`, which took ten
    /// times as long.
    static func sameBytes(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        guard first.count == second.count else { return false }
        // Keys are short and usually differ in their first bytes: a call to memcmp costs more.
        if first.count <= 16 {
            for index in 0..<first.count where first[index] != second[index] { return false }
            return true
        }
        guard let firstStart = first.baseAddress, let secondStart = second.baseAddress else { return first.isEmpty }
        return memcmp(firstStart, secondStart, first.count) == 0
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var nodes: NodeBuffer
        var offset = 0
        var unescaped: [String] = []

        init(bytes: UnsafeBufferPointer<UInt8>, nodes: NodeBuffer) {
            self.bytes = bytes
            self.nodes = nodes
        }

        /// Deeper than any transcript line; deeper input is refused rather than overflowing the stack.
        static let maximumDepth = 64

        mutating func skipBlanks() {
            while offset < bytes.count, bytes[offset] == 0x20 || bytes[offset] == 0x0A || bytes[offset] == 0x0D || bytes[offset] == 0x09 {
                offset += 1
            }
        }

        /// Reads one value into the nodes, and everything inside it after it.
        mutating func value(depth: Int) throws {
            guard depth < Self.maximumDepth else { throw Refused() }
            skipBlanks()
            guard offset < bytes.count else { throw Refused() }
            let index = nodes.count
            switch bytes[offset] {
            case UInt8(ascii: "{"): try object(depth: depth)
            case UInt8(ascii: "["): try array(depth: depth)
            case UInt8(ascii: "\""): try nodes.append(try string())
            case UInt8(ascii: "t"): try literal("true"); try nodes.append(Node(kind: .bool, payload: 1))
            case UInt8(ascii: "f"): try literal("false"); try nodes.append(Node(kind: .bool, payload: 0))
            case UInt8(ascii: "n"): try literal("null"); try nodes.append(Node(kind: .null))
            default: try nodes.append(try number())
            }
            nodes[index].next = Int32(nodes.count)
        }

        mutating func literal(_ word: StaticString) throws {
            let count = word.utf8CodeUnitCount
            guard offset + count <= bytes.count else { throw Refused() }
            for index in 0..<count where bytes[offset + index] != word.utf8Start[index] {
                throw Refused()
            }
            offset += count
        }

        mutating func object(depth: Int) throws {
            offset += 1
            let index = nodes.count
            try nodes.append(Node(kind: .object))
            var count: UInt64 = 0
            defer { nodes[index].payload = count }
            skipBlanks()
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
                offset += 1
                return
            }
            // JSONEncoder writes keys sorted: while each key comes after the one before it, none
            // can be a duplicate, and one comparison a key says so.
            var previousKey: Node?
            var sorted = true
            while true {
                skipBlanks()
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw Refused() }
                let key = nodes.count
                var keyNode = try string()
                keyNode.next = Int32(key + 1)
                try nodes.append(keyNode)
                if sorted, previousKey.map({ comesAfter(keyNode, $0) }) ?? true {
                    previousKey = keyNode
                } else {
                    sorted = false
                    guard !isDuplicate(key: key, in: index, count: count) else { throw Refused() }
                }
                skipBlanks()
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { throw Refused() }
                offset += 1
                try value(depth: depth + 1)
                count += 1
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

        /// Whether the key `new` comes after the key `old` in byte order, both being plain ASCII:
        /// then they differ, as bytes and as Swift strings.
        func comesAfter(_ new: Node, _ old: Node) -> Bool {
            guard new.isPlainASCII, old.isPlainASCII else { return false }
            let newBytes = JSONLineTape.bytes(of: new, in: bytes)
            let oldBytes = JSONLineTape.bytes(of: old, in: bytes)
            for index in 0..<min(newBytes.count, oldBytes.count) where newBytes[index] != oldBytes[index] {
                return newBytes[index] > oldBytes[index]
            }
            return newBytes.count > oldBytes.count
        }

        /// Whether the key at `key` equals one of the `count` keys before it in the object at
        /// `object`, as Swift compares strings.
        func isDuplicate(key: Int, in object: Int, count: UInt64) -> Bool {
            let new = nodes[key]
            var earlier = object + 1
            for _ in 0..<count {
                let old = nodes[earlier]
                if new.isPlainASCII && old.isPlainASCII {
                    if JSONLineTape.sameBytes(JSONLineTape.bytes(of: new, in: bytes), JSONLineTape.bytes(of: old, in: bytes)) { return true }
                } else if text(of: new) == text(of: old) {
                    return true
                }
                earlier = Int(nodes[earlier + 1].next)
            }
            return false
        }

        func text(of node: Node) -> String {
            if node.payload > 0 { return unescaped[Int(node.payload) - 1] }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(node.start)..<Int(node.end)]), as: UTF8.self)
        }

        mutating func array(depth: Int) throws {
            offset += 1
            let index = nodes.count
            try nodes.append(Node(kind: .array))
            var count: UInt64 = 0
            defer { nodes[index].payload = count }
            skipBlanks()
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
                offset += 1
                return
            }
            while true {
                try value(depth: depth + 1)
                count += 1
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

        /// A string from its opening quote; the bytes are valid UTF-8, since they come from a String.
        mutating func string() throws -> Node {
            offset += 1
            let start = offset
            var isASCII = true
            moveToQuoteBackslashOrControl(isASCII: &isASCII)
            guard offset < bytes.count else { throw Refused() }
            switch bytes[offset] {
            case UInt8(ascii: "\""):
                offset += 1
                return Node(kind: .string, isASCII: isASCII, start: Int32(start), end: Int32(offset - 1))
            case UInt8(ascii: "\\"):
                let text = try escapedString(from: start)
                unescaped.append(text)
                return Node(
                    kind: .string, isASCII: text.utf8.allSatisfy { $0 < 0x80 }, start: Int32(start), end: Int32(offset - 1),
                    payload: UInt64(unescaped.count)
                )
            default:
                throw Refused()
            }
        }

        /// Moves to the first quote, backslash or control character from here, or to the end,
        /// eight bytes at a time, noting whether the bytes passed are all ASCII. Strings are most of
        /// a transcript's bytes, and looking at them one by one was the largest part of reading it.
        mutating func moveToQuoteBackslashOrControl(isASCII: inout Bool) {
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

        /// The rest of a string that has escapes in it, gathered as UTF-8 bytes: appending scalar
        /// by scalar to a string cost more than reading every other string of a transcript.
        mutating func escapedString(from start: Int) throws -> String {
            var text: [UInt8] = []
            text.reserveCapacity(offset - start + 64)
            var plainStart = start
            var isASCII = true
            while true {
                moveToQuoteBackslashOrControl(isASCII: &isASCII)
                guard offset < bytes.count else { throw Refused() }
                let byte = bytes[offset]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                    text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart..<offset]))
                    if byte == UInt8(ascii: "\"") {
                        offset += 1
                        return String(decoding: text, as: UTF8.self)
                    }
                    offset += 1
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
                    continue
                }
                throw Refused()
            }
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
        mutating func number() throws -> Node {
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
                return Node(kind: .integer, payload: UInt64(bitPattern: isNegative ? -magnitude : magnitude))
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
            if isInteger {
                if let integer = Int64(text) { return Node(kind: .integer, payload: UInt64(bitPattern: integer)) }
                if let unsigned = UInt64(text) { return Node(kind: .unsignedInteger, payload: unsigned) }
            }
            guard let double = Double(text), double.isFinite else { throw Refused() }
            return Node(kind: .double, payload: double.bitPattern)
        }
    }
}
