/// What a word must start with to meet a keyword's term: a refusal, without comparing strings, of
/// most of the words tried as the next word of a phrase.
///
/// Only ASCII first bytes refuse anything. Strings compare by canonical equivalence, but folded
/// forms and keys are decomposed letter by letter and an ASCII character neither decomposes nor
/// combines with what follows it in them: a word that meets a term starting with an ASCII
/// character starts with that character too. A term that starts otherwise is always met in full.
struct TermGate: Sendable {
    /// The ASCII byte the folded form of a word must start with, unless its key starts with `key`.
    private var folded: UInt8?
    /// The ASCII byte the key of a word may start with instead.
    private var key: UInt8?
    /// False for a term that words of any start may meet (numbers, terms not starting in ASCII).
    private var refusesAny: Bool

    init(_ term: PatternTerm) {
        switch term {
        case .word(let key, let folded, _, let lemmaKeys):
            // Met by the same folded form, by the same key, or by a misspelling, which keeps the first
            // letter: a word that starts like neither is refused. A word met by a lemma (`vont` for
            // `aller`) may start otherwise: such terms refuse nothing.
            self.folded = Self.asciiStart(of: folded)
            self.key = Self.asciiStart(of: key)
            refusesAny = self.folded != nil && self.key != nil && lemmaKeys.isEmpty
        case .exact(let folded), .prefix(let folded):
            self.folded = Self.asciiStart(of: folded)
            refusesAny = self.folded != nil
        case .number:
            refusesAny = false
        }
    }

    /// True when a word known as `entry` cannot meet the term.
    func refuses(_ entry: Lexicon.Entry) -> Bool {
        guard refusesAny, entry.foldedStart != folded, !entry.hasLemmaKeys else { return false }
        return key == nil || entry.keyStart != key
    }

    private static func asciiStart(of text: String) -> UInt8? {
        text.utf8.first.flatMap { $0 < 0x80 ? $0 : nil }
    }
}
