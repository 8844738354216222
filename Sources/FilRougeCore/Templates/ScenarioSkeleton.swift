/// The file `filrouge new` writes: a small scenario that already passes `filrouge check` and
/// `filrouge test`, with comments on every key, for a trainer to change into their own rather than
/// start from an empty page. The conversation is in the language asked for; the comments too.
public enum ScenarioSkeleton {
    /// The skeleton of a scenario whose id is `id`, or nil when `id` breaks the `IdentifierRule`
    /// (the id is written into the file as it is).
    public static func text(id: String, language: Language) -> String? {
        guard IdentifierRule.isValid(id) else { return nil }
        return template(for: language).replacing(idPlaceholder, with: id)
    }

    /// Where the templates put the scenario's id.
    static let idPlaceholder = "{{id}}"

    static func template(for language: Language) -> String {
        switch language {
        case .fr: return FrenchScenarioSkeleton.template
        case .en: return EnglishScenarioSkeleton.template
        }
    }
}
