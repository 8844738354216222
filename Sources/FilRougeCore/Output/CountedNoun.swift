/// A count with its noun in the number that agrees with it: "1 step", "2 steps", "0 steps" in
/// English; "0 étape", "1 étape", "2 étapes" in French, where a count below two takes the singular.
public enum CountedNoun {
    /// - Parameters:
    ///   - one: the noun in the singular (`step`, `étape terminée`).
    ///   - many: the noun in the plural; `one` with an `s` when absent.
    ///   - language: whose rule of agreement applies.
    public static func phrase(_ count: Int, _ one: String, _ many: String? = nil, language: Language = .en) -> String {
        "\(count) \(isSingular(count, language: language) ? one : many ?? one + "s")"
    }

    /// Whether `count` takes the singular in `language`.
    public static func isSingular(_ count: Int, language: Language) -> Bool {
        switch language {
        case .en: return count == 1
        case .fr: return count == 1 || count == 0 || count == -1
        }
    }
}
