/// The punctuation that stands between two words, strongest first when there are several (`?!`,
/// `.)`): negations read it to tell where a clause ends, a list goes on, or a question was asked.
///
/// The cases are ordered by how strongly they separate: a comma may only join two members of a
/// list, while a question mark always ends what came before it.
public enum Punctuation: UInt8, Comparable, Sendable {
    /// No punctuation: only spaces, or nothing at all.
    case none
    /// Quotes, brackets, dashes, slashes and the like: they separate no clause.
    case other
    case comma
    case semicolon
    case colon
    /// A full stop, an exclamation mark, an ellipsis or a line break.
    case sentenceEnd
    case question

    /// The kind of one punctuation character.
    init(_ scalar: Unicode.Scalar) {
        switch scalar {
        case ",": self = .comma
        case ";": self = .semicolon
        case ":": self = .colon
        case "?", "\u{00BF}": self = .question
        case ".", "!", "\u{2026}", "\n", "\u{2029}", "\u{00A1}": self = .sentenceEnd
        default: self = .other
        }
    }

    /// True when a clause ends here whatever the words around: everything from a semicolon up.
    var endsClause: Bool {
        self >= .semicolon
    }

    public static func < (lhs: Punctuation, rhs: Punctuation) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
