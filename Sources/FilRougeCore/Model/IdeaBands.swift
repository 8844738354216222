/// Bands by how many distinct ideas a reply states, as a human marker bands it ("good from two
/// ideas, partial from one"), rather than by a fraction of the rubric's weight: a short reply that
/// states two of six ideas well is good, whatever the weights of the four it leaves out.
public struct IdeaBands: Equatable, Sendable {
    /// The fewest ideas a `good` reply states.
    public var good: Int
    /// The fewest ideas a `partial` reply states; at least 1, so that a reply with no idea is missed.
    public var partial: Int

    public init(good: Int, partial: Int) {
        self.good = good
        self.partial = partial
    }

    /// What `ideas:` means when it gives no count: good from two ideas, partial from one.
    public static let standard = IdeaBands(good: 2, partial: 1)

    /// The band of a reply stating `count` distinct ideas.
    public func band(forIdeas count: Int) -> Band {
        if count >= good { return .good }
        if count >= partial, count > 0 { return .partial }
        return .missed
    }
}
