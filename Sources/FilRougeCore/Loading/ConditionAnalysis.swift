/// Reasoning about conditions without grading any reply: whether one condition holds whenever
/// another does, and whether a condition can hold at all. Both answers are safe: when unsure they
/// say "no", so that a warning built on them is never wrong.
enum ConditionAnalysis {
    /// True when `earlier` holds for every reply `later` holds for, so that a route with `later`
    /// written after a route with `earlier` is never taken.
    static func covers(_ earlier: Condition?, _ later: Condition?) -> Bool {
        guard let earlier else { return true }
        guard let later else { return earlier.isAlwaysTrue }
        if let bands = earlier.bands, bands != Set(Band.allCases) {
            guard let laterBands = later.bands, laterBands.isSubset(of: bands) else { return false }
        }
        guard Set(earlier.met).isSubset(of: later.met), Set(earlier.missed).isSubset(of: later.missed) else { return false }
        if let bounds = earlier.score, !bounds.contains(later.score) { return false }
        return earlier.counters.allSatisfy { name, bounds in bounds.contains(later.counters[name]) }
    }

    /// Why `condition` can never hold, or nil when it may.
    /// - Parameters:
    ///   - thresholds: the bands' thresholds where the condition is tested.
    ///   - hasRequired: whether some criterion is required, which lets a high score be `partial`.
    static func impossibility(of condition: Condition, thresholds: BandThresholds, hasRequired: Bool) -> String? {
        if let bands = condition.bands, bands.isEmpty {
            return "its 'band' list is empty"
        }
        if let concept = condition.met.first(where: condition.missed.contains) {
            return "it asks for '\(concept)' both met and missed"
        }
        guard let score = condition.score else { return nil }
        let low = score.min ?? 0
        let high = score.max ?? 1
        if low > 1 + 1e-9 || high < -1e-9 {
            return "scores lie between 0% and 100%"
        }
        let bands = condition.bands ?? Set(Band.allCases)
        let possible = bands.contains { band in
            let range = scoreRange(of: band, thresholds: thresholds, hasRequired: hasRequired)
            return low <= range.upperBound + 1e-9 && high + 1e-9 >= range.lowerBound
        }
        if possible { return nil }
        let names = Band.allCases.filter(bands.contains).map(\.rawValue).joined(separator: " or ")
        return "no reply in band \(names) has a score \(score.summary)"
    }

    /// The scores a reply of `band` can have (closed at both ends, so slightly generous).
    static func scoreRange(of band: Band, thresholds: BandThresholds, hasRequired: Bool) -> ClosedRange<Double> {
        switch band {
        case .good: return thresholds.good...1
        case .partial: return thresholds.partial...(hasRequired ? 1 : thresholds.good)
        case .missed: return 0...thresholds.partial
        }
    }
}

extension Condition {
    /// True when nothing in the condition restricts it.
    var isAlwaysTrue: Bool {
        (bands == nil || bands == Set(Band.allCases)) && met.isEmpty && missed.isEmpty && score == nil && counters.isEmpty
    }
}

extension Condition.Bounds {
    /// Whether every value within `other` is within these bounds; an absent `other` is unbounded.
    func contains(_ other: Condition.Bounds?) -> Bool {
        if let min {
            guard let otherMin = other?.min, otherMin >= min - 1e-9 else { return false }
        }
        if let max {
            guard let otherMax = other?.max, otherMax <= max + 1e-9 else { return false }
        }
        return true
    }
}
