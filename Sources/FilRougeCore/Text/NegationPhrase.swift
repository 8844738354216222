/// A phrase of a few words that plays one part in negations: a pseudo-negation (`pourquoi pas`,
/// `not only`), a negative predicate (`pas besoin`, `no need`) or a cue of several words (`je
/// doute`). It is looked up by one of its words, its anchor, the word the detector meets it by.
struct NegationPhrase: Sendable {
    /// What a phrase does.
    enum Role: Sendable {
        /// Not a negation: what it carries is affirmed.
        case pseudo
        /// A negative predicate of the idea it is said of, before or after it (`inutile`).
        case predicate
        /// A negative predicate of its object only (`pas besoin de`): the subject before it in the
        /// same clause is not negated (*ton client n'a pas besoin d'un site*).
        case objectPredicate
        /// A negation of several words (`je doute`, `jamais de la vie`).
        case cue
    }

    /// One word of a phrase.
    enum Word: Equatable, Sendable {
        /// A folded word, or an elided one without its apostrophe (`n`, `d`).
        case text(String)
        /// Any English `not`: `not`, `cannot` and the words in `n't`.
        case not
    }

    let words: [Word]
    /// True for a phrase that plays its part only where no verb is negated with it: without a
    /// French `ne` before it (`deux réseaux, pas plus` is a limit, `ce n'est pas plus utile` a
    /// negation), or an English `not` that is no `don't` (`not just a website` is not a negation,
    /// `don't just cut your prices` is one).
    let withoutNe: Bool
    /// Where the anchor stands among the words.
    let anchor: Int
    let role: Role
    /// The first bytes of the words right after and right before the anchor (0 when there is none,
    /// or when it is any `not`): one comparison refuses most phrases tried at a word.
    let nextByte: UInt8
    let previousByte: UInt8

    /// The word the phrase is looked up by: its anchor, or `not` for any English `not`.
    var key: String {
        switch words[anchor] {
        case .text(let text): return text
        case .not: return "not"
        }
    }

    /// - Parameters:
    ///   - source: the words, folded, separated by spaces; an elided word keeps its apostrophe
    ///     (`pas d'interet`), and a `^` marks the anchor when it is not the first word (`pourquoi
    ///     ^pas`); a leading `!` keeps the phrase for where no `ne` comes before it.
    ///   - readsNot: true for English, where the word `not` stands for any `not`.
    init(_ source: String, role: Role, readsNot: Bool) {
        var words: [Word] = []
        var anchor = 0
        withoutNe = source.hasPrefix("!")
        for part in source.drop(while: { $0 == "!" }).split(separator: " ") {
            for piece in part.split(separator: "'") {
                var text = String(piece)
                if text.hasPrefix("^") {
                    text.removeFirst()
                    anchor = words.count
                }
                words.append(readsNot && text == "not" ? .not : .text(text))
            }
        }
        self.words = words
        self.anchor = anchor
        self.role = role
        self.nextByte = anchor + 1 < words.count ? Self.firstByte(of: words[anchor + 1]) : 0
        self.previousByte = anchor > 0 ? Self.firstByte(of: words[anchor - 1]) : 0
    }

    private static func firstByte(of word: Word) -> UInt8 {
        guard case .text(let text) = word else { return 0 }
        return text.utf8.first ?? 0
    }
}
