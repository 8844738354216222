/// The parts a word can play in a negation, looked up once per word, so that reading a reply's
/// negations costs a few bit tests per word and no string comparison.
///
/// Some roles open something (a cue, a phrase); the others only tell the detector where a clause
/// starts or ends and which words carry no idea of their own.
public struct NegationRoles: OptionSet, Sendable {
    public let rawValue: UInt32

    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    /// Negates on its own (`pas`, `sans`, `not`, `never`, `don't`).
    public static let cue = NegationRoles(rawValue: 1 << 0)
    /// Completes a French `ne` (`pas`, `plus`, `jamais`…).
    public static let secondPart = NegationRoles(rawValue: 1 << 1)
    /// Ends a negation's scope: a word of contrast or one that starts another clause (`mais`,
    /// `puis`, `but`, `because`).
    public static let contrast = NegationRoles(rawValue: 1 << 2)
    /// Negative in itself: negating it affirms what follows (`négliger`, `hesitate`).
    public static let reversing = NegationRoles(rawValue: 1 << 3)
    /// The French particle `ne`.
    public static let particle = NegationRoles(rawValue: 1 << 4)
    /// The word a phrase is looked up by: a pseudo-negation (`pas mal`), a negative predicate (`pas
    /// besoin`) or a cue of several words (`je doute`).
    public static let phraseStart = NegationRoles(rawValue: 1 << 5)
    /// A negative predicate on its own: it negates the idea it is said of (`inutile`, `useless`).
    public static let predicate = NegationRoles(rawValue: 1 << 6)
    /// Starts a clause after a comma or a coordinator: a subject pronoun or a linking word (`je`,
    /// `il`, `donc`, `you`, `then`).
    public static let clauseStart = NegationRoles(rawValue: 1 << 7)
    /// Joins members of a list (`et`, `ou`, `ni`, `and`, `or`, `nor`).
    public static let coordinator = NegationRoles(rawValue: 1 << 8)
    /// Carries no idea a rubric looks for (pronouns, `c'est`, `vraiment`, `du tout`, `really`):
    /// a cue with only such words after it follows the idea it negates.
    public static let filler = NegationRoles(rawValue: 1 << 9)
    /// A verb of belief or will whose negation covers the clause it introduces (`pense`, `crois`,
    /// `faut`, `think`): *je ne pense pas que* is not *ne … que*.
    public static let belief = NegationRoles(rawValue: 1 << 10)
    /// A French object pronoun that stands before its verb (`le`, `en`, `y`).
    public static let clitic = NegationRoles(rawValue: 1 << 11)
    /// An English `not`: `not` itself, `cannot` and the words in `n't`, which phrases name alike.
    public static let not = NegationRoles(rawValue: 1 << 12)
    /// A word after which `pas` is the noun, a step (`un pas`, `premiers pas`).
    public static let nounMarker = NegationRoles(rawValue: 1 << 13)
    /// A pronoun that stands for an idea named before (`it`, `that`, `ça`): *I wouldn't do it*
    /// follows the idea it negates.
    public static let resumptive = NegationRoles(rawValue: 1 << 14)

    /// Starts a subordinate clause (`qui`, `que`, `dont`, `which`): a cue inside it says nothing
    /// of the words before it (*améliorer ce qui ne va pas*).
    public static let subordinator = NegationRoles(rawValue: 1 << 15)

    /// May be a verb in the imperative (the French dictionary's `po:impe`): a negated imperative
    /// followed by a comma and another imperative is advice and its counter-advice (*Ne lis pas
    /// tout, choisis une priorité*), two clauses rather than a list.
    public static let imperative = NegationRoles(rawValue: 1 << 16)

    /// The roles that may start a negation or a phrase: the detector looks no further at a word
    /// without one of them.
    static let opening: NegationRoles = [.cue, .particle, .phraseStart, .predicate]
}
