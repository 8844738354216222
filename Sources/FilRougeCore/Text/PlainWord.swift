/// A word of ASCII letters and digits only, ended by a space, the end of the text or punctuation
/// that cannot join it to more: most words of most replies. It is read in one pass over its bytes
/// that also hashes it, and has no elision, possessive or hyphen to look for.
struct PlainWord {
    var start: UTF8Text.Position
    var end: UTF8Text.Position
    /// The word's ``WordHash``.
    var hash: UInt64
    /// True when the word is only digits.
    var isNumber: Bool

    /// The plain word that starts at `start`, or nil when the word there is not plain (it has an
    /// accent, an apostrophe, a hyphen or a decimal point), for the analyzer to read the long way.
    init?(in text: UTF8Text, from start: UTF8Text.Position) {
        let bytes = text.bytes
        var hash = WordHash()
        var isNumber = true
        var end = start.byte
        while end < bytes.count, CharacterClass.isASCIIWordByte(bytes[end]) {
            hash.add(bytes[end])
            // Letters are above the digits in ASCII.
            isNumber = isNumber && bytes[end] <= 0x39
            end += 1
        }
        guard end > start.byte else { return nil }
        if end < bytes.count {
            let next = bytes[end]
            // Bytes beyond ASCII, apostrophes and hyphens may continue the word, and so may a
            // decimal point or comma after a digit.
            if next >= 0x80 || next == 0x27 || next == 0x60 || next == 0x2D { return nil }
            if next == 0x2E || next == 0x2C, bytes[end - 1] <= 0x39 { return nil }
        }
        self.start = start
        self.end = UTF8Text.Position(byte: end, scalar: start.scalar + end - start.byte)
        self.hash = hash.value
        self.isNumber = isNumber
    }
}
