/// A text read as its UTF-8 bytes, with scalars decoded where they are needed: the analyzer walks
/// replies once, without building an array of characters first.
struct UTF8Text {
    let bytes: UnsafeBufferPointer<UInt8>

    /// A place in the text, in bytes and in Unicode scalars (the unit of ``TextRange``).
    struct Position: Equatable {
        var byte = 0
        var scalar = 0

        mutating func advance(by length: Int) {
            byte += length
            scalar += 1
        }
    }

    /// The scalar that starts at byte `index` and how many bytes it takes. The bytes of a Swift
    /// string are valid UTF-8; a stray byte is read as U+FFFD all the same.
    @inline(__always)
    func scalar(at index: Int) -> (Unicode.Scalar, Int) {
        let first = bytes[index]
        if first < 0x80 { return (Unicode.Scalar(first), 1) }
        return multibyteScalar(at: index, first: first)
    }

    /// A scalar of two bytes or more, kept out of line since most text is ASCII.
    private func multibyteScalar(at index: Int, first: UInt8) -> (Unicode.Scalar, Int) {
        let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(first) & (0xFF >> (length + 1))
        for offset in 1..<length {
            value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The text of a byte range.
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The first apostrophe between two positions, with where it is and its length in bytes.
    func firstApostrophe(from start: Position, to end: Position) -> (position: Position, length: Int)? {
        // Apostrophes are `'`, `` ` `` or start with a byte beyond ASCII: most words have none.
        guard bytes[start.byte..<end.byte].contains(where: { $0 == 0x27 || $0 == 0x60 || $0 >= 0x80 }) else { return nil }
        var position = start
        while position.byte < end.byte {
            let (scalar, length) = self.scalar(at: position.byte)
            if CharacterClass.isApostrophe(scalar) { return (position, length) }
            position.advance(by: length)
        }
        return nil
    }

    /// Where an English possessive `'s` that ends at `end` starts, if one does.
    func possessiveEnding(before end: Position) -> Position? {
        guard end.byte >= 2, bytes[end.byte - 1] == 0x73 || bytes[end.byte - 1] == 0x53 else { return nil }
        // The apostrophe takes one to three bytes; find the scalar that ends just before the `s`.
        for length in 1...3 where end.byte - 1 - length >= 0 {
            let start = end.byte - 1 - length
            let (scalar, scalarLength) = self.scalar(at: start)
            if scalarLength == length, CharacterClass.isApostrophe(scalar) {
                return Position(byte: start, scalar: end.scalar - 2)
            }
        }
        return nil
    }
}
