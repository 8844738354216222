/// The outcome of a graded reply: exactly one of three, so that reactions, routes and summaries
/// can be written for each.
public enum Band: String, Encodable, CaseIterable, Comparable, Sendable {
    case good
    case partial
    case missed

    /// `missed` < `partial` < `good`.
    public static func < (lhs: Band, rhs: Band) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .missed: return 0
        case .partial: return 1
        case .good: return 2
        }
    }
}
