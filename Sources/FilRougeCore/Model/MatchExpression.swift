/// What evidences a criterion: keywords combined with `any`, `all`, `not`, `near` and `negated`.
///
/// Most criteria are a plain list of keywords, any of which will do; the operators are for the
/// cases a list cannot say: two ideas together, one idea without another, two words close to each
/// other, or an idea the learner must put in the negative ("never ignore online reviews").
public indirect enum MatchExpression: Equatable, Sendable {
    /// A keyword pattern, as the trainer wrote it (`site web`, `factur*`, `=RGPD`, `50`).
    case keyword(String)
    /// Met when at least one part is.
    case any([MatchExpression])
    /// Met when every part is.
    case all([MatchExpression])
    /// Met when the part is not.
    case not(MatchExpression)
    /// Met when the two parts occur in the same sentence, at most `within` words apart
    /// (and, when `ordered`, the first before the second).
    case near(MatchExpression, MatchExpression, within: Int, ordered: Bool)
    /// Met when the part occurs inside a negation (`ne pas ignorer les avis`).
    case negated(MatchExpression)

    /// Every keyword in the expression, in order.
    public var keywords: [String] {
        switch self {
        case .keyword(let keyword): return [keyword]
        case .any(let parts), .all(let parts): return parts.flatMap(\.keywords)
        case .not(let part), .negated(let part): return part.keywords
        case .near(let first, let second, _, _): return first.keywords + second.keywords
        }
    }

    /// The default distance of `near`, in words.
    public static let defaultNearDistance = 5
}
