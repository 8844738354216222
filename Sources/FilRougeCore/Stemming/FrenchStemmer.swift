/// The Snowball French stemmer, used to match French replies against French
/// vocabularies whatever the inflection: "facturation", "factures" and
/// "facturer" all stem to "factur".
///
/// Follows the current Snowball "french" algorithm (Snowball 3.x, as described
/// at snowballstem.org/algorithms/french and checked against the reference
/// vocabulary of the snowball-data repository), including:
/// - removal of a leading elision with an ASCII apostrophe (`l'`, `d'`, `qu'`, …);
/// - marking of `u`/`i` between vowels, `y` next to a vowel and `u` after `q`
///   as consonants, and of `ë`/`ï` as `He`/`Hi`;
/// - the RV exceptions `par`, `col`, `tap` and `ni` + vowel;
/// - `-oux` → `-ou` after `b h j l n p`;
/// - `-ais`, `-aise`, `-aises` removed as verb endings, except in `balais`-like
///   words (one letter + `alais`), `mauvais` and `déplais`.
///
/// Input is one lowercase word; the output is exactly the reference stem.
public struct FrenchStemmer: Stemmer {
    public init() {}

    public func stem(_ word: String) -> String {
        var scalars = SnowballWord.scalars(of: word)
        FrenchAlgorithm.stem(&scalars)
        return SnowballWord.string(from: scalars)
    }
}

/// The steps of the French algorithm, on an array of scalars.
/// Upper-case `U`, `I`, `Y` and `H` are the algorithm's markers (see `markVowels`).
enum FrenchAlgorithm {
    // MARK: Character classes

    @inline(__always)
    static func isVowel(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: // a e i o u y
            return true
        case 0xE2, 0xE0, 0xEB, 0xE9, 0xEA, 0xE8, 0xEF, 0xEE, 0xF4, 0xFB, 0xF9: // â à ë é ê è ï î ô û ù
            return true
        default:
            return false
        }
    }

    /// Letters that make `l'`-style elisions.
    @inline(__always)
    static func isElisionLetter(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "c", "d", "j", "l", "m", "n", "s", "t": return true
        default: return false
        }
    }

    /// Letters before which `-oux` becomes `-ou` (bijoux, choux, genoux, …).
    @inline(__always)
    static func isOuxEnding(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "b", "h", "j", "l", "n", "p": return true
        default: return false
        }
    }

    /// Letters after which a final `s` is kept in the residual step.
    @inline(__always)
    static func keepsFinalS(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "a", "i", "o", "u", "è", "s": return true
        default: return false
        }
    }

    // MARK: Whole algorithm

    static func stem(_ w: inout [Unicode.Scalar]) {
        removeElision(&w)
        markVowels(&w)
        let regions = markRegions(w)
        let rv = regions.pV, r1 = regions.p1, r2 = regions.p2

        if standardSuffix(&w, rv: rv, r1: r1, r2: r2)
            || iVerbSuffix(&w, rv: rv)
            || verbSuffix(&w, rv: rv, r2: r2) {
            // A suffix was removed: a final Y becomes i, a final ç becomes c.
            if let last = w.last {
                if last == "Y" {
                    w[w.count - 1] = "i"
                } else if last == "ç" {
                    w[w.count - 1] = "c"
                }
            }
        } else {
            residualSuffix(&w, rv: rv, r2: r2)
        }
        undouble(&w)
        unaccent(&w)
        unmark(&w)
    }

    // MARK: Prelude

    /// Removes a leading `c' d' j' l' m' n' s' t' qu'` when something follows it.
    static func removeElision(_ w: inout [Unicode.Scalar]) {
        let count = w.count
        if count > 2, isElisionLetter(w[0]), w[1] == "'" {
            w.removeFirst(2)
        } else if count > 3, w[0] == "q", w[1] == "u", w[2] == "'" {
            w.removeFirst(3)
        }
    }

    /// Marks letters that act as consonants with upper case: `u` or `i` between
    /// vowels, `y` before or after a vowel, `u` after `q`; and rewrites `ë` as
    /// `He` and `ï` as `Hi`. Scans left to right; a marked letter is no longer a vowel.
    static func markVowels(_ w: inout [Unicode.Scalar]) {
        var position = 0
        while position < w.count {
            if markOnce(&w, at: position) {
                // Retry at the same place: what follows it may now match differently.
                continue
            }
            position += 1
        }
    }

    /// One marking rule applied at `p`, the first that applies; whether one did.
    @inline(__always)
    private static func markOnce(_ w: inout [Unicode.Scalar], at p: Int) -> Bool {
        let count = w.count
        let c = w[p]
        if isVowel(c), p + 1 < count {
            let next = w[p + 1]
            if next == "u", p + 2 < count, isVowel(w[p + 2]) {
                w[p + 1] = "U"
                return true
            }
            if next == "i", p + 2 < count, isVowel(w[p + 2]) {
                w[p + 1] = "I"
                return true
            }
            if next == "y" {
                w[p + 1] = "Y"
                return true
            }
        }
        if c == "ë" {
            w.replaceSubrange(p...p, with: ["H", "e"])
            return true
        }
        if c == "ï" {
            w.replaceSubrange(p...p, with: ["H", "i"])
            return true
        }
        if c == "y", p + 1 < count, isVowel(w[p + 1]) {
            w[p] = "Y"
            return true
        }
        if c == "q", p + 1 < count, w[p + 1] == "u" {
            w[p + 1] = "U"
            return true
        }
        return false
    }

    /// The starts of RV, R1 and R2.
    ///
    /// RV starts after the third letter if the word begins with two vowels,
    /// after `par`, `col`, `tap` or `ni` + vowel if it begins so,
    /// otherwise after the first vowel that is not the first letter.
    static func markRegions(_ w: [Unicode.Scalar]) -> (pV: Int, p1: Int, p2: Int) {
        let count = w.count
        var pV = count
        if count >= 3, isVowel(w[0]), isVowel(w[1]) {
            pV = 3
        } else if let prefixEnd = rvPrefixEnd(w) {
            pV = prefixEnd
        } else if count >= 2 {
            var index = 1
            while index < count, !isVowel(w[index]) { index += 1 }
            if index < count { pV = index + 1 }
        }
        let (p1, p2) = SnowballRegions.r1r2(in: w, isVowel: isVowel)
        return (pV, p1, p2)
    }

    private static let rvPrefixes: [[Unicode.Scalar]] = ["par", "col", "tap"].map { Array($0.unicodeScalars) }

    /// Where RV starts for the exceptional prefixes, or `nil`.
    private static func rvPrefixEnd(_ w: [Unicode.Scalar]) -> Int? {
        for prefix in rvPrefixes where w.starts(with: prefix) {
            return prefix.count
        }
        if w.count >= 3, w[0] == "n", w[1] == "i", isVowel(w[2]) {
            return 3
        }
        return nil
    }

    // MARK: Step 1: standard suffixes

    enum StandardAction: Sendable {
        case deleteInR2, ation, logie, ution, ence, ement, ite, ive
        case eaux, aux, oux, euse, issement, amment, emment, ment
    }

    static let standardSuffixes = SnowballSuffixTable<StandardAction>(
        ["ance", "iqUe", "isme", "able", "iste", "eux", "ances", "iqUes", "ismes", "ables", "istes"]
            .map { ($0, .deleteInR2) }
            + ["atrice", "ateur", "ation", "atrices", "ateurs", "ations"].map { ($0, .ation) }
            + ["logie", "logies"].map { ($0, .logie) }
            + ["usion", "ution", "usions", "utions"].map { ($0, .ution) }
            + ["ence", "ences"].map { ($0, .ence) }
            + ["ement", "ements"].map { ($0, .ement) }
            + ["ité", "ités"].map { ($0, .ite) }
            + ["if", "ive", "ifs", "ives"].map { ($0, .ive) }
            + [("eaux", .eaux), ("aux", .aux), ("oux", .oux)]
            + ["euse", "euses"].map { ($0, .euse) }
            + ["issement", "issements"].map { ($0, .issement) }
            + [("amment", .amment), ("emment", .emment), ("ment", .ment), ("ments", .ment)]
    )

    private static let sIQU: [Unicode.Scalar] = ["i", "q", "U"]
    private static let sEUX: [Unicode.Scalar] = ["e", "u", "x"]

    /// After removing a suffix, a preceding `ic` is removed in R2, else becomes `iqU`.
    @inline(__always)
    private static func removeOrMarkIC(_ w: inout [Unicode.Scalar], r2: Int) {
        guard SnowballWord.endsWith(w, "i", "c") else { return }
        let start = w.count - 2
        if start >= r2 {
            SnowballWord.truncate(&w, at: start)
        } else {
            SnowballWord.replaceTail(of: &w, from: start, with: sIQU)
        }
    }

    enum AfterEmentAction: Sendable { case iv, eus, ablOrIqU, ier }

    static let afterEment = SnowballSuffixTable<AfterEmentAction>([
        ("iv", .iv), ("eus", .eus), ("abl", .ablOrIqU), ("iqU", .ablOrIqU), ("ièr", .ier), ("Ièr", .ier),
    ])

    enum AfterIteAction: Sendable { case abil, ic, iv }

    static let afterIte = SnowballSuffixTable<AfterIteAction>([
        ("abil", .abil), ("ic", .ic), ("iv", .iv),
    ])

    /// Step 1. Returns whether a suffix was removed; some cases change the word
    /// and still return `false`, so that the verb steps get their turn.
    static func standardSuffix(_ w: inout [Unicode.Scalar], rv: Int, r1: Int, r2: Int) -> Bool {
        guard let (action, s) = standardSuffixes.longestMatch(in: w) else { return false }
        switch action {
        case .deleteInR2:
            guard s >= r2 else { return false }
            SnowballWord.truncate(&w, at: s)
        case .ation:
            guard s >= r2 else { return false }
            SnowballWord.truncate(&w, at: s)
            removeOrMarkIC(&w, r2: r2)
        case .logie:
            guard s >= r2 else { return false }
            SnowballWord.replaceTail(of: &w, from: s, with: ["l", "o", "g"])
        case .ution:
            guard s >= r2 else { return false }
            SnowballWord.replaceTail(of: &w, from: s, with: ["u"])
        case .ence:
            guard s >= r2 else { return false }
            SnowballWord.replaceTail(of: &w, from: s, with: ["e", "n", "t"])
        case .ement:
            guard s >= rv else { return false }
            SnowballWord.truncate(&w, at: s)
            if let (after, t) = afterEment.longestMatch(in: w) {
                switch after {
                case .iv:
                    if t >= r2 {
                        SnowballWord.truncate(&w, at: t)
                        if SnowballWord.endsWith(w, "a", "t"), w.count - 2 >= r2 {
                            SnowballWord.truncate(&w, at: w.count - 2)
                        }
                    }
                case .eus:
                    if t >= r2 {
                        SnowballWord.truncate(&w, at: t)
                    } else if t >= r1 {
                        SnowballWord.replaceTail(of: &w, from: t, with: sEUX)
                    }
                case .ablOrIqU:
                    if t >= r2 { SnowballWord.truncate(&w, at: t) }
                case .ier:
                    if t >= rv { SnowballWord.replaceTail(of: &w, from: t, with: ["i"]) }
                }
            }
        case .ite:
            guard s >= r2 else { return false }
            SnowballWord.truncate(&w, at: s)
            if let (after, t) = afterIte.longestMatch(in: w) {
                switch after {
                case .abil:
                    if t >= r2 {
                        SnowballWord.truncate(&w, at: t)
                    } else {
                        SnowballWord.replaceTail(of: &w, from: t, with: ["a", "b", "l"])
                    }
                case .ic:
                    if t >= r2 {
                        SnowballWord.truncate(&w, at: t)
                    } else {
                        SnowballWord.replaceTail(of: &w, from: t, with: sIQU)
                    }
                case .iv:
                    if t >= r2 { SnowballWord.truncate(&w, at: t) }
                }
            }
        case .ive:
            guard s >= r2 else { return false }
            SnowballWord.truncate(&w, at: s)
            if SnowballWord.endsWith(w, "a", "t"), w.count - 2 >= r2 {
                SnowballWord.truncate(&w, at: w.count - 2)
                removeOrMarkIC(&w, r2: r2)
            }
        case .eaux:
            SnowballWord.replaceTail(of: &w, from: s, with: ["e", "a", "u"])
        case .aux:
            guard s >= r1 else { return false }
            SnowballWord.replaceTail(of: &w, from: s, with: ["a", "l"])
        case .oux:
            guard s >= 1, isOuxEnding(w[s - 1]) else { return false }
            SnowballWord.replaceTail(of: &w, from: s, with: ["o", "u"])
        case .euse:
            if s >= r2 {
                SnowballWord.truncate(&w, at: s)
            } else if s >= r1 {
                SnowballWord.replaceTail(of: &w, from: s, with: sEUX)
            } else {
                return false
            }
        case .issement:
            guard s >= r1, s >= 1, !isVowel(w[s - 1]) else { return false }
            SnowballWord.truncate(&w, at: s)
        case .amment:
            if s >= rv { SnowballWord.replaceTail(of: &w, from: s, with: ["a", "n", "t"]) }
            return false
        case .emment:
            if s >= rv { SnowballWord.replaceTail(of: &w, from: s, with: ["e", "n", "t"]) }
            return false
        case .ment:
            if s >= 1, isVowel(w[s - 1]), s - 1 >= rv { SnowballWord.truncate(&w, at: s) }
            return false
        }
        return true
    }

    // MARK: Steps 2a and 2b: verb suffixes

    static let iVerbSuffixes = SnowballSuffixTable<Void>(
        [
            "îmes", "ît", "îtes", "i", "ie", "ies", "ir", "ira", "irai",
            "iraIent", "irais", "irait", "iras", "irent", "irez", "iriez",
            "irions", "irons", "iront", "is", "issaIent", "issais", "issait",
            "issant", "issante", "issantes", "issants", "isse", "issent", "isses",
            "issez", "issiez", "issions", "issons", "it",
        ].map { ($0, ()) }
    )

    /// Step 2a: -ir verb endings in RV, removed after a non-vowel in RV (not `H`).
    static func iVerbSuffix(_ w: inout [Unicode.Scalar], rv: Int) -> Bool {
        guard w.count >= rv, let (_, s) = iVerbSuffixes.longestMatch(in: w, limit: rv) else { return false }
        guard s - 1 >= rv, w[s - 1] != "H", !isVowel(w[s - 1]) else { return false }
        SnowballWord.truncate(&w, at: s)
        return true
    }

    enum VerbAction: Sendable { case ions, delete, deleteWithE, ais }

    static let verbSuffixes = SnowballSuffixTable<VerbAction>(
        [("ions", .ions)]
            + [
                "é", "ée", "ées", "és", "èrent", "er", "era", "erai",
                "eraIent", "erais", "erait", "eras", "erez", "eriez", "erions",
                "erons", "eront", "ez", "iez",
            ].map { ($0, .delete) }
            + [
                "âmes", "ât", "âtes", "a", "ai", "aIent", "ait", "ant",
                "ante", "antes", "ants", "as", "asse", "assent", "asses", "assiez",
                "assions",
            ].map { ($0, .deleteWithE) }
            + ["ais", "aise", "aises"].map { ($0, .ais) }
            + [("eais", .delete)]
    )

    private static let sAUV: [Unicode.Scalar] = ["a", "u", "v"]
    private static let sEPL: [Unicode.Scalar] = ["é", "p", "l"]

    /// Step 2b: other verb endings in RV. Only the ending itself must be in RV;
    /// what the actions look at before it need not be.
    static func verbSuffix(_ w: inout [Unicode.Scalar], rv: Int, r2: Int) -> Bool {
        guard w.count >= rv, let (action, s) = verbSuffixes.longestMatch(in: w, limit: rv) else { return false }
        switch action {
        case .ions:
            guard s >= r2 else { return false }
            SnowballWord.truncate(&w, at: s)
        case .delete:
            SnowballWord.truncate(&w, at: s)
        case .deleteWithE:
            if s - 1 >= rv, w[s - 1] == "e" {
                SnowballWord.truncate(&w, at: s - 1)
            } else {
                SnowballWord.truncate(&w, at: s)
            }
        case .ais:
            // balais, calais, palais…; mauvais; déplais: not verb endings.
            if s == 3, w[1] == "a", w[2] == "l" { return false }
            if SnowballWord.hasSuffix(w, sAUV, end: s) || SnowballWord.hasSuffix(w, sEPL, end: s) { return false }
            SnowballWord.truncate(&w, at: s)
        }
        return true
    }

    // MARK: Step 4: residual suffixes

    enum ResidualAction: Sendable { case ion, ier, e }

    static let residualSuffixes = SnowballSuffixTable<ResidualAction>([
        ("ion", .ion), ("ier", .ier), ("ière", .ier), ("Ier", .ier), ("Ière", .ier), ("e", .e),
    ])

    /// Step 4, when steps 1 and 2 removed nothing: a final `s`, then `ion`, `ier`, `e` in RV.
    static func residualSuffix(_ w: inout [Unicode.Scalar], rv: Int, r2: Int) {
        var count = w.count
        if count >= 2, w[count - 1] == "s" {
            let before = w[count - 2]
            let afterHi = count >= 3 && w[count - 3] == "H" && before == "i"
            if afterHi || !keepsFinalS(before) {
                w.removeLast()
                count -= 1
            }
        }
        guard count >= rv, let (action, s) = residualSuffixes.longestMatch(in: w, limit: rv) else { return }
        switch action {
        case .ion:
            if s >= r2, s - 1 >= rv, w[s - 1] == "s" || w[s - 1] == "t" {
                SnowballWord.truncate(&w, at: s)
            }
        case .ier:
            SnowballWord.replaceTail(of: &w, from: s, with: ["i"])
        case .e:
            SnowballWord.truncate(&w, at: s)
        }
    }

    // MARK: Steps 5 and 6

    /// Step 5: `enn onn ett ell eill` at the end lose their last letter.
    static func undouble(_ w: inout [Unicode.Scalar]) {
        let count = w.count
        guard count >= 3 else { return }
        let a = w[count - 3], b = w[count - 2], c = w[count - 1]
        let doubled = (b == "n" && c == "n" && (a == "e" || a == "o"))
            || (b == "t" && c == "t" && a == "e")
            || (b == "l" && c == "l" && (a == "e" || (a == "i" && count >= 4 && w[count - 4] == "e")))
        if doubled { w.removeLast() }
    }

    /// Step 6: an `é` or `è` followed by at least one non-vowel to the end becomes `e`.
    static func unaccent(_ w: inout [Unicode.Scalar]) {
        var index = w.count - 1
        while index >= 0, !isVowel(w[index]) { index -= 1 }
        guard index >= 0, index < w.count - 1 else { return }
        if w[index] == "é" || w[index] == "è" { w[index] = "e" }
    }

    // MARK: Postlude

    /// Turns the markers back into lower case: `I U Y` → `i u y`, `He` → `ë`,
    /// `Hi` → `ï`, and drops any other `H`.
    static func unmark(_ w: inout [Unicode.Scalar]) {
        var needed = false
        for c in w where c == "I" || c == "U" || c == "Y" || c == "H" {
            needed = true
            break
        }
        guard needed else { return }
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(w.count)
        var index = 0
        let count = w.count
        while index < count {
            let c = w[index]
            switch c {
            case "I": result.append("i")
            case "U": result.append("u")
            case "Y": result.append("y")
            case "H":
                if index + 1 < count, w[index + 1] == "e" {
                    result.append("ë")
                    index += 1
                } else if index + 1 < count, w[index + 1] == "i" {
                    result.append("ï")
                    index += 1
                }
            default: result.append(c)
            }
            index += 1
        }
        w = result
    }
}
