/// The Snowball English stemmer ("Porter2"), used to match English replies
/// against English vocabularies whatever the inflection: "generously" stems to
/// "generous", "skies" to "sky", "dying" to "die".
///
/// Follows the current Snowball "english" algorithm (Snowball 3.x, as described
/// at snowballstem.org/algorithms/english and checked against the reference
/// vocabulary of the snowball-data repository), including:
/// - its exceptional forms (`skis`, `skies`, `idly`, `gently`, `news`, `atlas`, …);
/// - the R1 prefixes `gener`, `commun`, `arsen`, `past`, `univers`, `later`,
///   `emerg`, `organ` and `inter`;
/// - the step 1b special cases (`dying` → `die`, `inning`, `proceed`, … kept);
/// - `-ogist` → `-og` in step 2, and the `Y` marking of consonant `y`.
///
/// Input is one lowercase word; the output is exactly the reference stem.
public struct EnglishStemmer: Stemmer {
    public init() {}

    public func stem(_ word: String) -> String {
        if let exception = EnglishAlgorithm.exceptionalForms[word] {
            return exception
        }
        var scalars = SnowballWord.scalars(of: word)
        guard scalars.count >= 3 else { return word }
        EnglishAlgorithm.stem(&scalars)
        return SnowballWord.string(from: scalars)
    }
}

/// The steps of the English algorithm, on an array of scalars.
/// Upper-case `Y` marks a `y` that acts as a consonant.
enum EnglishAlgorithm {
    /// Words stemmed as a whole, before anything else (exception1).
    static let exceptionalForms: [String: String] = [
        "skis": "ski", "skies": "sky",
        "idly": "idl", "gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli",
        "singly": "singl",
        "sky": "sky", "news": "news", "howe": "howe",
        "atlas": "atlas", "cosmos": "cosmos", "bias": "bias", "andes": "andes",
    ]

    // MARK: Character classes

    @inline(__always)
    static func isVowel(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "a", "e", "i", "o", "u", "y": return true
        default: return false
        }
    }

    /// Letters that may precede a removable `li`.
    @inline(__always)
    static func isValidLIEnding(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "c", "d", "e", "g", "h", "k", "m", "n", "r", "t": return true
        default: return false
        }
    }

    /// Whether the part of `w` before `end` ends in a short syllable: a vowel
    /// followed by a non-vowel other than `w`, `x`, `Y` and preceded by a
    /// non-vowel, or a vowel at the start of the word followed by a non-vowel;
    /// `past` counts as one too (pasted, pasting).
    @inline(__always)
    static func endsInShortSyllable(_ w: [Unicode.Scalar], end: Int) -> Bool {
        if end >= 3 {
            let last = w[end - 1]
            if !isVowel(last), last != "w", last != "x", last != "Y",
               isVowel(w[end - 2]), !isVowel(w[end - 3]) {
                return true
            }
        }
        if end == 2 && isVowel(w[0]) && !isVowel(w[1]) { return true }
        return end >= 4 && w[end - 4] == "p" && w[end - 3] == "a" && w[end - 2] == "s" && w[end - 1] == "t"
    }

    // MARK: Whole algorithm

    static func stem(_ w: inout [Unicode.Scalar]) {
        let foundY = markY(&w)
        let (p1, p2) = markRegions(w)
        step1a(&w)
        step1b(&w, p1: p1)
        step1c(&w)
        step2(&w, p1: p1)
        step3(&w, p1: p1, p2: p2)
        step4(&w, p2: p2)
        step5(&w, p1: p1, p2: p2)
        if foundY {
            for index in w.indices where w[index] == "Y" { w[index] = "y" }
        }
    }

    // MARK: Prelude

    /// Drops a leading apostrophe, then marks as `Y` an initial `y` and every
    /// `y` right after a vowel. Returns whether any `Y` was set.
    static func markY(_ w: inout [Unicode.Scalar]) -> Bool {
        if w.first == "'" { w.removeFirst() }
        guard !w.isEmpty else { return false }
        var found = false
        if w[0] == "y" {
            w[0] = "Y"
            found = true
        }
        var index = 1
        while index < w.count {
            if w[index] == "y", isVowel(w[index - 1]) {
                w[index] = "Y"
                found = true
            }
            index += 1
        }
        return found
    }

    /// Prefixes after which R1 starts, whatever follows (general, communism,
    /// arsenal, paste, university, lateral, emergency, organic, internal).
    private static let r1Prefixes: [[Unicode.Scalar]] = [
        "gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter",
    ].map { Array($0.unicodeScalars) }

    /// The starts of R1 and R2; R1 starts after one of `r1Prefixes` in words
    /// beginning so.
    static func markRegions(_ w: [Unicode.Scalar]) -> (p1: Int, p2: Int) {
        var fixed: Int? = nil
        for prefix in r1Prefixes where w.starts(with: prefix) {
            fixed = prefix.count
            break
        }
        return SnowballRegions.r1r2(in: w, r1Start: fixed, isVowel: isVowel)
    }

    // MARK: Step 1

    enum Step1aAction: Sendable { case sses, ies, s, keep }

    static let apostropheSuffixes = SnowballSuffixTable<Void>([("'", ()), ("'s", ()), ("'s'", ())])

    static let step1aSuffixes = SnowballSuffixTable<Step1aAction>([
        ("sses", .sses), ("ied", .ies), ("ies", .ies), ("s", .s), ("us", .keep), ("ss", .keep),
    ])

    /// Apostrophe endings, then plurals: `sses` → `ss`, `ied`/`ies` → `i` or
    /// `ie`, and `s` removed after a vowel that is not just before it.
    static func step1a(_ w: inout [Unicode.Scalar]) {
        if let (_, s) = apostropheSuffixes.longestMatch(in: w) {
            SnowballWord.truncate(&w, at: s)
        }
        guard let (action, s) = step1aSuffixes.longestMatch(in: w) else { return }
        switch action {
        case .sses:
            SnowballWord.truncate(&w, at: s + 2)
        case .ies:
            SnowballWord.replaceTail(of: &w, from: s, with: s >= 2 ? ["i"] : ["i", "e"])
        case .s:
            guard s >= 1 else { return }
            var index = s - 2
            while index >= 0, !isVowel(w[index]) { index -= 1 }
            if index >= 0 { w.removeLast() }
        case .keep:
            break
        }
    }

    enum Step1bAction: Sendable { case eed, ed, ing }

    static let step1bSuffixes = SnowballSuffixTable<Step1bAction>([
        ("eed", .eed), ("eedly", .eed), ("ed", .ed), ("edly", .ed), ("ing", .ing), ("ingly", .ed),
    ])

    /// `eed(ly)` → `ee` in R1 (but proceed, exceed, succeed stay); a few
    /// exceptional `-ing` words; otherwise `ed(ly)`, `ing(ly)` removed after a
    /// vowel, then `at bl iz` gain an `e`, a double consonant is undoubled, and
    /// a short word gains an `e`.
    static func step1b(_ w: inout [Unicode.Scalar], p1: Int) {
        guard let (action, s) = step1bSuffixes.longestMatch(in: w) else { return }
        switch action {
        case .eed:
            if isWholePrefix(w, end: s, oneOf: eedStems) { return }
            if s >= p1 { SnowballWord.replaceTail(of: &w, from: s, with: ["e", "e"]) }
            return
        case .ing:
            // dying → die, lying → lie, tying → tie, vying → vie.
            if s == 2, w[1] == "y", !isVowel(w[0]) {
                SnowballWord.replaceTail(of: &w, from: 1, with: ["i", "e"])
                return
            }
            // inning, outing, canning, herring, earring, evening stay as they are.
            if isWholePrefix(w, end: s, oneOf: ingStems) { return }
        case .ed:
            break
        }
        var index = s - 1
        while index >= 0, !isVowel(w[index]) { index -= 1 }
        guard index >= 0 else { return }
        SnowballWord.truncate(&w, at: s)
        let count = w.count
        if count >= 2 {
            let a = w[count - 2], b = w[count - 1]
            if (a == "a" && b == "t") || (a == "b" && b == "l") || (a == "i" && b == "z") {
                w.append("e")
                return
            }
            if a == b, isUndoubled(b) {
                let short = count == 3 && (w[0] == "a" || w[0] == "e" || w[0] == "o")
                if !short { w.removeLast() }
                return
            }
        }
        if count == p1, endsInShortSyllable(w, end: count) { w.append("e") }
    }

    /// Stems that keep `eed` (proceed, exceed, succeed).
    private static let eedStems: [[Unicode.Scalar]] = ["proc", "exc", "succ"].map { Array($0.unicodeScalars) }

    /// Stems that keep `ing` (inning, outing, canning, herring, earring, evening).
    private static let ingStems: [[Unicode.Scalar]] = ["inn", "out", "cann", "herr", "earr", "even"]
        .map { Array($0.unicodeScalars) }

    /// Whether `w[0..<end]` is one of `stems`.
    @inline(__always)
    private static func isWholePrefix(_ w: [Unicode.Scalar], end: Int, oneOf stems: [[Unicode.Scalar]]) -> Bool {
        for stem in stems where stem.count == end && w.starts(with: stem) {
            return true
        }
        return false
    }

    /// Consonants whose doubling is undone in step 1b.
    @inline(__always)
    private static func isUndoubled(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "b", "d", "f", "g", "m", "n", "p", "r", "t": return true
        default: return false
        }
    }

    /// A final `y` or `Y` after a non-vowel that is not the first letter becomes `i`.
    static func step1c(_ w: inout [Unicode.Scalar]) {
        let count = w.count
        guard count >= 3 else { return }
        let last = w[count - 1]
        if last == "y" || last == "Y", !isVowel(w[count - 2]) {
            w[count - 1] = "i"
        }
    }

    // MARK: Steps 2 to 5

    enum Step2Action: Sendable {
        case replace([Unicode.Scalar])
        case ogi
        case li
    }

    static let step2Suffixes = SnowballSuffixTable<Step2Action>(
        [
            ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("entli", "ent"),
            ("izer", "ize"), ("ization", "ize"),
            ("ational", "ate"), ("ation", "ate"), ("ator", "ate"),
            ("alism", "al"), ("aliti", "al"), ("alli", "al"),
            ("fulness", "ful"), ("ousli", "ous"), ("ousness", "ous"),
            ("iveness", "ive"), ("iviti", "ive"), ("biliti", "ble"), ("bli", "ble"),
            ("fulli", "ful"), ("lessli", "less"),
        ].map { ($0.0, Step2Action.replace(Array($0.1.unicodeScalars))) }
            + [("ogist", .replace(["o", "g"])), ("ogi", .ogi), ("li", .li)]
    )

    static func step2(_ w: inout [Unicode.Scalar], p1: Int) {
        guard let (action, s) = step2Suffixes.longestMatch(in: w), s >= p1 else { return }
        switch action {
        case .replace(let replacement):
            SnowballWord.replaceTail(of: &w, from: s, with: replacement)
        case .ogi:
            if s >= 1, w[s - 1] == "l" { SnowballWord.replaceTail(of: &w, from: s, with: ["o", "g"]) }
        case .li:
            if s >= 1, isValidLIEnding(w[s - 1]) { SnowballWord.truncate(&w, at: s) }
        }
    }

    enum Step3Action: Sendable {
        case replace([Unicode.Scalar])
        case deleteInR2
    }

    static let step3Suffixes = SnowballSuffixTable<Step3Action>(
        [
            ("tional", "tion"), ("ational", "ate"), ("alize", "al"),
            ("icate", "ic"), ("iciti", "ic"), ("ical", "ic"),
            ("ful", ""), ("ness", ""),
        ].map { ($0.0, Step3Action.replace(Array($0.1.unicodeScalars))) }
            + [("ative", .deleteInR2)]
    )

    static func step3(_ w: inout [Unicode.Scalar], p1: Int, p2: Int) {
        guard let (action, s) = step3Suffixes.longestMatch(in: w), s >= p1 else { return }
        switch action {
        case .replace(let replacement):
            SnowballWord.replaceTail(of: &w, from: s, with: replacement)
        case .deleteInR2:
            if s >= p2 { SnowballWord.truncate(&w, at: s) }
        }
    }

    enum Step4Action: Sendable { case delete, ion }

    static let step4Suffixes = SnowballSuffixTable<Step4Action>(
        [
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement",
            "ment", "ent", "ism", "ate", "iti", "ous", "ive", "ize",
        ].map { ($0, .delete) }
            + [("ion", .ion)]
    )

    static func step4(_ w: inout [Unicode.Scalar], p2: Int) {
        guard let (action, s) = step4Suffixes.longestMatch(in: w), s >= p2 else { return }
        switch action {
        case .delete:
            SnowballWord.truncate(&w, at: s)
        case .ion:
            if s >= 1, w[s - 1] == "s" || w[s - 1] == "t" { SnowballWord.truncate(&w, at: s) }
        }
    }

    /// A final `e` goes in R2, or in R1 if not after a short syllable; a final
    /// `l` goes in R2 after another `l`.
    static func step5(_ w: inout [Unicode.Scalar], p1: Int, p2: Int) {
        guard let last = w.last else { return }
        let s = w.count - 1
        if last == "e" {
            if s >= p2 || (s >= p1 && !endsInShortSyllable(w, end: s)) { w.removeLast() }
        } else if last == "l" {
            if s >= p2, s >= 1, w[s - 1] == "l" { w.removeLast() }
        }
    }
}
