/// Why a transcript cannot be read against a scenario: it was played with another one, or in
/// another language (the bundled case study has one id and two languages, and French replies
/// graded with the English rubric would mean nothing).
public enum ScenarioMismatch: Error, Equatable, Sendable, CustomStringConvertible {
    case otherScenario(played: String, given: String)
    case otherLanguage(played: Language, given: Language)

    /// The mismatch between what a transcript says it played and `reference`, or nil when they agree.
    public static func between(_ played: TranscriptHeader.ScenarioReference, and given: TranscriptHeader.ScenarioReference) -> ScenarioMismatch? {
        if played.id != given.id { return .otherScenario(played: played.id, given: given.id) }
        if played.language != given.language { return .otherLanguage(played: played.language, given: given.language) }
        return nil
    }

    public var description: String {
        switch self {
        case .otherScenario(let played, let given):
            return "it is a conversation of scenario '\(played)', not '\(given)'"
        case .otherLanguage(let played, let given):
            return "it was played in '\(played.rawValue)', and this scenario is in '\(given.rawValue)'"
        }
    }
}
