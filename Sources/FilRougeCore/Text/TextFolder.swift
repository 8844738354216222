/// Folds text to the form in which replies and keywords are compared: lower case, no accents,
/// ligatures spelt out, one kind of apostrophe, quote and space.
///
/// Learners type on phones, on keyboards without accents, and paste from word processors that curl
/// every apostrophe; none of that should change how a reply is graded.
public enum TextFolder {
    /// The folded form of a whole string.
    public static func fold(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            appendFolded(scalar, to: &result)
        }
        return String(result)
    }

    /// Appends the folded form of one scalar (possibly none, possibly several scalars).
    static func appendFolded(_ scalar: Unicode.Scalar, to result: inout String.UnicodeScalarView) {
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
