/// Folds text to the form in which replies and keywords are compared: lower case, no accents,
/// ligatures spelt out, one kind of apostrophe, quote and space.
///
/// Learners type on phones, on keyboards without accents, and paste from word processors that curl
/// every apostrophe; none of that should change how a reply is graded.
public enum TextFolder {
    /// The folded form of a whole string.
    public static func fold(_ text: String) -> String {
        var text = text
        return text.withUTF8 { fold(utf8: $0, 0..<$0.count) }
    }

    /// The folded form of a range of UTF-8 bytes. Words in plain ASCII, the great majority, take a
    /// fast path.
    static func fold(utf8 bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let slice = bytes[range]
        if slice.allSatisfy({ $0 < 0x80 }) {
            return String(unsafeUninitializedCapacity: slice.count) { buffer in
                var count = 0
                for value in slice {
                    buffer[count] = foldASCII(value)
                    count += 1
                }
                return count
            }
        }
        // Accented words: ASCII bytes lowered, Latin letters from the table, the rest the slow way.
        var folded: [UInt8] = []
        folded.reserveCapacity(slice.count + 4)
        let text = UTF8Text(bytes: bytes)
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, length) = text.scalar(at: index)
            index += length
            let value = scalar.value
            if value < 0x80 {
                folded.append(foldASCII(UInt8(value)))
            } else if value >= latinStart, value < latinStart + UInt32(latinUTF8.count) {
                folded += latinUTF8[Int(value - latinStart)]
            } else {
                var view = String.UnicodeScalarView()
                foldSlowly(scalar, to: &view)
                folded += String(view).utf8
            }
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// An ASCII byte folded: capitals lowered, the backtick read as an apostrophe.
    private static func foldASCII(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : (byte == 0x60 ? 0x27 : byte)
    }

    /// The Latin-1 Supplement and Latin Extended-A and -B letters, folded once into UTF-8, since
    /// French and most European languages write their accents with them.
    private static let latinStart: UInt32 = 0x80
    private static let latinUTF8: [[UInt8]] = (0x80..<0x250).map { value in
        var folded = String.UnicodeScalarView()
        if let scalar = Unicode.Scalar(UInt32(value)) { foldSlowly(scalar, to: &folded) }
        return Array(String(folded).utf8)
    }

    private static func foldSlowly(_ scalar: Unicode.Scalar, to result: inout String.UnicodeScalarView) {
        if scalar.isASCII {
            let value = scalar.value
            if value >= 0x41 && value <= 0x5A, let lower = Unicode.Scalar(value + 0x20) {
                result.append(lower)
            } else if scalar == "`" {
                result.append("'")
            } else {
                result.append(scalar)
            }
            return
        }
        if let replacement = special[scalar] {
            result.append(contentsOf: replacement.unicodeScalars)
            return
        }
        if isCombiningMark(scalar) { return }
        let lowered = String(scalar).lowercased()
        for decomposed in lowered.decomposedStringWithCanonicalMapping.unicodeScalars
        where !isCombiningMark(decomposed) {
            result.append(decomposed)
        }
    }

    /// Marks that sit on the previous letter (accents, cedillas, diaereses).
    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F:
            return true
        default:
            return false
        }
    }

    /// Letters and punctuation whose folded form is not given by lower-casing and removing marks.
    static let special: [Unicode.Scalar: String] = [
        "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "ẞ": "ss",
        "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d",
        "ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff",
        "\u{2019}": "'", "\u{2018}": "'", "\u{02BC}": "'", "\u{00B4}": "'", "\u{2032}": "'",
        "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{00AB}": "\"", "\u{00BB}": "\"",
        "\u{2039}": "\"", "\u{203A}": "\"",
        "\u{00A0}": " ", "\u{202F}": " ", "\u{2007}": " ", "\u{2009}": " ", "\u{200A}": " ",
        "\u{2010}": "-", "\u{2011}": "-",
    ]
}
