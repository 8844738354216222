// Small building blocks shared by the Snowball stemmers: words as arrays of
// Unicode scalars, the R1/R2 region rule, and longest-suffix lookup tables.
// Snowball counts characters as Unicode code points, so scalars are the unit here.

/// Conversions between `String` and the scalar arrays the stemmers work on.
enum SnowballWord {
    /// The word as an array of Unicode scalars.
    @inline(__always)
    static func scalars(of word: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(word.utf8.count + 2)
        result.append(contentsOf: word.unicodeScalars)
        return result
    }

    /// The string made of `scalars`.
    @inline(__always)
    static func string(from scalars: [Unicode.Scalar]) -> String {
        var isASCII = true
        for scalar in scalars where scalar.value >= 0x80 {
            isASCII = false
            break
        }
        if isASCII {
            return String(unsafeUninitializedCapacity: scalars.count) { buffer in
                for (index, scalar) in scalars.enumerated() {
                    buffer[index] = UInt8(truncatingIfNeeded: scalar.value)
                }
                return scalars.count
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// Whether `word` ends with `suffix`, with the suffix ending at `end`.
    @inline(__always)
    static func hasSuffix(_ word: [Unicode.Scalar], _ suffix: [Unicode.Scalar], end: Int? = nil) -> Bool {
        let stop = end ?? word.count
        let start = stop - suffix.count
        guard start >= 0 else { return false }
        var index = 0
        while index < suffix.count {
            if word[start + index] != suffix[index] { return false }
            index += 1
        }
        return true
    }

    /// Whether `word` ends with the two scalars `first`, `second`.
    @inline(__always)
    static func endsWith(_ word: [Unicode.Scalar], _ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        let count = word.count
        return count >= 2 && word[count - 2] == first && word[count - 1] == second
    }

    /// Replaces everything from `start` to the end of `word` with `replacement`.
    @inline(__always)
    static func replaceTail(of word: inout [Unicode.Scalar], from start: Int, with replacement: [Unicode.Scalar]) {
        word.removeSubrange(start...)
        word.append(contentsOf: replacement)
    }

    /// Removes everything from `start` to the end of `word`.
    @inline(__always)
    static func truncate(_ word: inout [Unicode.Scalar], at start: Int) {
        word.removeSubrange(start...)
    }
}

/// The region rule shared by the Snowball stemmers.
///
/// "R1 is the region after the first non-vowel following a vowel, or the end of
/// the word if there is no such non-vowel"; R2 is the same rule applied again
/// inside R1. Regions are given as start offsets into the scalar array; a
/// suffix is "in R1" when its start offset is at least `p1`.
enum SnowballRegions {
    /// The offset just after the first non-vowel that follows a vowel, searching
    /// from `start`; `nil` when there is none.
    @inline(__always)
    static func afterVowelThenNonVowel(
        in word: [Unicode.Scalar],
        from start: Int,
        isVowel: (Unicode.Scalar) -> Bool
    ) -> Int? {
        var index = start
        let count = word.count
        while index < count, !isVowel(word[index]) { index += 1 }
        guard index < count else { return nil }
        index += 1
        while index < count, isVowel(word[index]) { index += 1 }
        guard index < count else { return nil }
        return index + 1
    }

    /// The starts of R1 and R2, where R1 is found from `r1Search` (0, or the end of
    /// a prefix that defines R1 on its own) and R2 from R1. Missing regions start
    /// at the end of the word.
    static func r1r2(
        in word: [Unicode.Scalar],
        r1Start fixedR1: Int? = nil,
        isVowel: (Unicode.Scalar) -> Bool
    ) -> (p1: Int, p2: Int) {
        let count = word.count
        guard let p1 = fixedR1 ?? afterVowelThenNonVowel(in: word, from: 0, isVowel: isVowel) else {
            return (count, count)
        }
        let p2 = afterVowelThenNonVowel(in: word, from: p1, isVowel: isVowel) ?? count
        return (p1, p2)
    }
}

/// A list of suffixes with an action each, answering "which is the longest of
/// these suffixes that the word ends with?" as Snowball's `among` does.
///
/// Only suffixes starting at or after `limit` are considered, so a step that is
/// confined to a region (such as French RV) finds the longest suffix inside it.
struct SnowballSuffixTable<Action: Sendable>: Sendable {
    private let suffixes: [[Unicode.Scalar]]
    private let lastScalars: [Unicode.Scalar]
    private let actions: [Action]

    init(_ entries: [(String, Action)]) {
        let sorted = entries
            .map { (Array($0.0.unicodeScalars), $0.1) }
            .enumerated()
            .sorted { lhs, rhs in
                lhs.element.0.count != rhs.element.0.count
                    ? lhs.element.0.count > rhs.element.0.count
                    : lhs.offset < rhs.offset
            }
            .map(\.element)
        suffixes = sorted.map(\.0)
        lastScalars = sorted.map { $0.0.last ?? Unicode.Scalar(0) }
        actions = sorted.map(\.1)
    }

    /// The action and start offset of the longest listed suffix of `word` that
    /// starts at or after `limit`, or `nil` when none matches.
    @inline(__always)
    func longestMatch(in word: [Unicode.Scalar], limit: Int = 0) -> (action: Action, start: Int)? {
        let count = word.count
        guard let last = word.last else { return nil }
        var entry = 0
        while entry < suffixes.count {
            if lastScalars[entry] == last {
                let suffix = suffixes[entry]
                let start = count - suffix.count
                if start >= limit, SnowballWord.hasSuffix(word, suffix) {
                    return (actions[entry], start)
                }
            }
            entry += 1
        }
        return nil
    }
}
