/// The kinds of characters the analyzer tells apart.
enum CharacterClass {
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        return isWordCharacterBeyondASCII(scalar)
    }

    /// Kept out of line: reading Unicode properties makes every function it is inlined into set up
    /// type metadata on each call, even for ASCII text.
    @inline(never)
    private static func isWordCharacterBeyondASCII(_ scalar: Unicode.Scalar) -> Bool {
        // The Latin letters with accents (U+00C0 to U+017F, but × and ÷) are all alphabetic: French
        // words that start with one need no look at the Unicode tables.
        if scalar.value >= 0xC0, scalar.value <= 0x17F { return scalar.value != 0xD7 && scalar.value != 0xF7 }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || TextFolder.isCombiningMark(scalar)
    }

    /// An ASCII letter or digit: the bytes of most words, told apart without decoding.
    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" }
        return scalar.properties.isWhitespace
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "'", "\u{2019}", "\u{2018}", "\u{02BC}", "`", "\u{00B4}": return true
        default: return false
        }
    }

    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }

    /// Punctuation that closes a sentence; a line break does too.
    static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", ";", ":", "\u{2026}", "\n", "\u{2029}", "\u{00A1}", "\u{00BF}": return true
        default: return false
        }
    }
}
