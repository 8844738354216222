/// A word of letters and digits only, ended by a space, the end of the text or punctuation that
/// cannot join it to more: most words of most replies. Its letters are ASCII or precomposed Latin
/// letters with accents (U+00C0 to U+017F, French and most European languages), so it has no
/// elision, possessive or hyphen to look for, and it is read in one pass over its bytes that also
/// hashes it.
struct PlainWord {
    var start: UTF8Text.Position
    var end: UTF8Text.Position
    /// The word's ``WordHash``.
    var hash: UInt64
    /// True when the word is only digits.
    var isNumber: Bool

    /// The plain word that starts at `start`, or nil when the word there is not plain (it has an
    /// apostrophe, a hyphen, a decimal point, a combining accent or a letter of another script),
    /// for the analyzer to read the long way. Inlined where words are read: a call costs as much as
    /// reading a short word.
    @inline(__always)
    init?(in text: UTF8Text, from start: UTF8Text.Position) {
        let bytes = text.bytes
        var hash = WordHash()
        var end = start.byte
        var accentedLetters = 0
        while end < bytes.count {
            if CharacterClass.isASCIIWordByte(bytes[end]) {
                hash.add(bytes[end])
                end += 1
            } else if bytes[end] >= 0xC3, Self.isLatinLetter(bytes, at: end) {
                hash.add(bytes[end])
                hash.add(bytes[end + 1])
                end += 2
                accentedLetters += 1
            } else {
                break
            }
        }
        guard end > start.byte else { return nil }
        if end < bytes.count {
            let next = bytes[end]
            // Other bytes beyond ASCII, apostrophes and hyphens may continue the word, and so may a
            // decimal point or comma after a digit.
            if next >= 0x80 || next == 0x27 || next == 0x60 || next == 0x2D { return nil }
            if next == 0x2E || next == 0x2C, bytes[end - 1] <= 0x39 { return nil }
        }
        self.start = start
        self.end = UTF8Text.Position(byte: end, scalar: start.scalar + (end - start.byte) - accentedLetters)
        self.hash = hash.value
        // Digits are below the letters, ASCII or not; most words start with a letter.
        self.isNumber = bytes[start.byte] <= 0x39 && bytes[start.byte..<end].allSatisfy { $0 <= 0x39 }
    }

    /// True when the bytes at `index` are a letter from U+00C0 to U+017F (two bytes, C3 80 to
    /// C5 BF), the multiplication and division signs (U+00D7, U+00F7) excepted: all of them
    /// alphabetic, none of them an apostrophe or a hyphen. Kept out of line, so that the loop over
    /// ASCII bytes stays small enough to be inlined where words are read, and called only for a
    /// possible lead byte: most words end with a space.
    @inline(never)
    private static func isLatinLetter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let lead = bytes[index]
        guard lead >= 0xC3, lead <= 0xC5, index + 1 < bytes.count else { return false }
        let trail = bytes[index + 1]
        guard trail >= 0x80, trail <= 0xBF else { return false }
        return lead != 0xC3 || (trail != 0x97 && trail != 0xB7)
    }
}
