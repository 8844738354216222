/// What a word must start with to meet a keyword's term: a refusal, without comparing strings, of
/// most of the words tried as the next word of a phrase.
///
/// Only ASCII first bytes refuse anything. Strings compare by canonical equivalence, but folded
/// forms and keys are decomposed letter by letter and an ASCII character neither decomposes nor
/// combines with what follows it in them: a word that meets a term starting with an ASCII
/// character starts with that character too. A term that starts otherwise is always met in full.
struct TermGate: Sendable {
    /// The ASCII byte the folded form of a word must start with, unless one of its keys starts
    /// like one of the term's.
    private var folded: UInt8?
    /// The first bytes of the term's key and of its lemmas' keys: a word meets the term by a key
    /// only when one of its own keys (its stem, its lemmas') starts with one of them.
    private var keys = LetterStarts([])
    /// False for a term that words of any start may meet (numbers, terms not starting in ASCII).
    private var refusesAny: Bool

    init(_ term: PatternTerm) {
        switch term {
        case .word(let key, let folded, _, let lemmaKeys):
            // Met by the same folded form, by a shared key (its stem or a lemma's, *vont* for
            // `aller`), or by a misspelling, which keeps the first letter: a word that starts like
            // none of them is refused.
            self.folded = Self.asciiStart(of: folded)
            keys = LetterStarts([key] + lemmaKeys)
            refusesAny = self.folded != nil
        case .exact(let folded), .prefix(let folded):
            self.folded = Self.asciiStart(of: folded)
            refusesAny = self.folded != nil
        case .number:
            refusesAny = false
        }
    }

    /// True when a word known as `entry` cannot meet the term.
    func refuses(_ entry: Lexicon.Entry) -> Bool {
        refusesAny && entry.foldedStart != folded && !keys.overlaps(entry.keyStarts)
    }

    private static func asciiStart(of text: String) -> UInt8? {
        text.utf8.first.flatMap { $0 < 0x80 ? $0 : nil }
    }
}
