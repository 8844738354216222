/// The band settings a fit tries for a step: of the kind the step already uses, so that a fit
/// never turns bands by ideas into thresholds or back (that is the trainer's choice, and the
/// marking guide's).
enum BandSettingCandidates {
    /// The grid of weighted thresholds, in hundredths: every twentieth from 5% to 100%. Finer steps
    /// would only follow the marks more closely, not the marker.
    static let thresholdStep = 5

    /// Every setting of `current`'s kind: for thresholds, each `good` from 10% and each `partial`
    /// from 5% up to it; for ideas, each `good` from 1 to the step's number of ideas (at least 2)
    /// and each `partial` from 1 up to it.
    static func candidates(like current: BandThresholds, ideaCount: Int) -> [BandThresholds] {
        if let ideas = current.ideas {
            let most = max(2, ideaCount, ideas.good)
            return (1...most).flatMap { good in
                (1...good).map { partial in
                    var setting = current
                    setting.ideas = IdeaBands(good: good, partial: partial)
                    return setting
                }
            }
        }
        return stride(from: 2 * thresholdStep, through: 100, by: thresholdStep).flatMap { good in
            stride(from: thresholdStep, through: good, by: thresholdStep).map { partial in
                BandThresholds(good: Double(good) / 100, partial: Double(partial) / 100)
            }
        }
    }

    /// How far `setting` is from `current`: a fit that finds several equally good settings keeps
    /// the nearest, so that the change it proposes is the smallest one.
    static func distance(_ setting: BandThresholds, from current: BandThresholds) -> Double {
        if let ideas = setting.ideas, let now = current.ideas {
            return Double(abs(ideas.good - now.good) + abs(ideas.partial - now.partial))
        }
        return abs(setting.good - current.good) + abs(setting.partial - current.partial)
    }
}
