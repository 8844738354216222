/// A part of a group: how many, out of how many. The share is left undefined when the group is
/// empty (a step no learner reached), rather than shown as 0%.
public struct Proportion: Equatable, Sendable {
    public var count: Int
    public var total: Int

    public init(count: Int, of total: Int) {
        self.count = count
        self.total = total
    }

    /// From 0 to 1; nil when the group is empty.
    public var share: Double? {
        total > 0 ? Double(count) / Double(total) : nil
    }
}
