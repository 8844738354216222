/// How a step's band setting is written for people, in every report that proposes one: the same
/// words as the scenario file's `bands`, so that a trainer can copy them.
public enum BandSettingText {
    /// `ideas good 2, partial 1`, or `good 0.7, partial 0.4`.
    public static func describe(_ setting: BandThresholds) -> String {
        if let ideas = setting.ideas {
            return "ideas good \(ideas.good), partial \(ideas.partial)"
        }
        return "good \(number(setting.good)), partial \(number(setting.partial))"
    }

    /// The YAML flow mapping of `bands:` for `setting`: `{ ideas: { good: 2, partial: 1 } }` or
    /// `{ good: 0.65, partial: 0.3 }`.
    public static func yaml(_ setting: BandThresholds) -> String {
        if let ideas = setting.ideas {
            return "{ ideas: { good: \(ideas.good), partial: \(ideas.partial) } }"
        }
        return "{ good: \(number(setting.good)), partial: \(number(setting.partial)) }"
    }

    /// A threshold with at most two decimals and no trailing zero: `0.65`, `0.7`, `1`.
    public static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100
        let fraction = hundredths % 100
        if fraction == 0 { return "\(whole)" }
        if fraction % 10 == 0 { return "\(whole).\(fraction / 10)" }
        return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
