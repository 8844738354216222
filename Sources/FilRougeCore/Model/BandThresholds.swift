/// How a step's replies are banded: by the lowest scores of the `good` and `partial` bands (a
/// fraction of the rubric's weight), or, when `ideas` is set, by how many distinct ideas they state.
public struct BandThresholds: Equatable, Sendable {
    public var good: Double
    public var partial: Double
    /// Set when replies are banded by ideas; the weighted thresholds then only describe the score.
    public var ideas: IdeaBands?

    public init(good: Double, partial: Double, ideas: IdeaBands? = nil) {
        self.good = good
        self.partial = partial
        self.ideas = ideas
    }

    /// Used where neither the step nor the scenario sets thresholds.
    public static let standard = BandThresholds(good: 0.7, partial: 0.4)

    /// The band of `score`; a missed required criterion keeps a reply out of `good`.
    public func band(for score: Double, requiredMissed: Bool = false) -> Band {
        // A tiny tolerance, so that 7 of 10 weights is `good` at a threshold of 0.7.
        let epsilon = 1e-9
        if score + epsilon >= good, score > 0, !requiredMissed { return .good }
        if score + epsilon >= partial, score > 0 { return .partial }
        if requiredMissed, score + epsilon >= good { return .partial }
        return .missed
    }
}
