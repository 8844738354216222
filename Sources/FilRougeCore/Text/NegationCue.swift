/// One negation found in a text, as `filrouge explain` shows it: the words that make it, what kind
/// it is, and the words it covers.
public struct NegationCue: Equatable, Sendable {
    /// How a cue relates to the idea it negates, after the NegEx and ConText designs.
    public enum Kind: String, Sendable {
        /// Negates what follows it in its clause (`pas de site`, `without a website`).
        case preceding
        /// Negates what comes before it: in its clause, or the question or fragment it answers
        /// (*Un site ? Je ne pense pas.*, *A website? Not really.*).
        case following
        /// A negative predicate: negates the idea it is said of, before or after it (*inutile de
        /// créer un site*, *a website is useless*).
        case predicate
        /// Looks like a negation and is not one (`pourquoi pas`, `not only`, `ne … que`); when a
        /// negative word is negated (*n'hésite pas*), only that word is.
        case pseudo
    }

    public var kind: Kind
    /// The indices of the cue's words, in order (`ne` and `pas` of *ne crée pas*).
    public var words: [Int]
    /// The indices of the words the cue covers, in order: those whose matches do not count.
    public var scope: [Int]
    /// The word that ended the scope, when a word of contrast did (`mais`, `but`).
    public var endedBy: Int?

    public init(kind: Kind, words: [Int], scope: [Int], endedBy: Int? = nil) {
        self.kind = kind
        self.words = words
        self.scope = scope
        self.endedBy = endedBy
    }
}
