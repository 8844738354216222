/// How well a band setting agrees with a set of marks, in the order a fit prefers settings: the
/// fewest squared band distances (a `good` marked `missed` costs four times a `partial` marked
/// `missed`, as in the quadratic weighted kappa), then the most exact agreements.
struct BandFitScore: Comparable, Equatable {
    var squaredDistance: Int
    var agreements: Int

    init(_ confusion: ConfusionMatrix) {
        var squared = 0
        for human in 0..<3 {
            for machine in 0..<3 {
                squared += confusion.counts[human][machine] * (human - machine) * (human - machine)
            }
        }
        squaredDistance = squared
        agreements = confusion.agreements
    }

    /// True when this score is better than `other` in both respects, or better in one and as good
    /// in the other: a setting that puts every reply of an uncertain marker in the middle band
    /// halves the squared distance and loses every exact agreement, and is no improvement.
    func improves(on other: BandFitScore) -> Bool {
        squaredDistance <= other.squaredDistance && agreements >= other.agreements && self != other
    }

    /// True when `lhs` is better than `rhs`.
    static func < (lhs: BandFitScore, rhs: BandFitScore) -> Bool {
        if lhs.squaredDistance != rhs.squaredDistance { return lhs.squaredDistance < rhs.squaredDistance }
        return lhs.agreements > rhs.agreements
    }
}
