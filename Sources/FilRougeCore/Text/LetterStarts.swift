/// The first bytes of a few words, as a set of ASCII bytes: two sets that share no byte mean that
/// no word of one starts like a word of the other, found without comparing strings. A word that
/// starts with a byte beyond ASCII makes the set hold every byte, so that it is never refused.
struct LetterStarts: Equatable, Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init(_ words: [String]) {
        for word in words {
            guard let byte = word.utf8.first else { continue }
            guard byte < 0x80 else {
                low = .max
                high = .max
                return
            }
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
    }

    /// True when a word of each set starts with the same byte.
    func overlaps(_ other: LetterStarts) -> Bool {
        low & other.low != 0 || high & other.high != 0
    }
}
