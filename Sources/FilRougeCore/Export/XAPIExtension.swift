/// The names of the extensions Fil Rouge's statements carry, each the last segment of an IRI
/// `ACTIVITY-BASE/xapi/extensions/NAME` (`XAPIExport.extensionIRI`): written by `XAPIExport`, read
/// by `XAPIConversations`, listed in docs/xapi.md.
public enum XAPIExtension {
    // In an `answered` statement's result.
    public static let band = "band"
    public static let criteriaMet = "criteria-met"
    public static let criteriaNegated = "criteria-negated"
    public static let misconceptionsMet = "misconceptions-met"
    public static let attempts = "attempts"
    /// The step's final grade, as a transcript writes it: every criterion with its evidence.
    public static let evaluation = "evaluation"
    /// The hints asked for at the step, in order (an empty text when none was left).
    public static let hints = "hints"
    // In a `completed` or `suspended` statement's result.
    public static let ending = "ending"
    /// The step whose question was asked and left unanswered when the conversation was left
    /// (`suspended` only): how far the learner went.
    public static let stoppedAt = "stopped-at"
    // In every statement's context.
    public static let scenarioVersion = "scenario-version"
    public static let scenarioHash = "scenario-hash"
    /// When the conversation began (its transcript's header).
    public static let conversationStarted = "conversation-started"
    /// The turn's position in the conversation, from 0 (`answered` only): a step played twice is two turns.
    public static let turn = "turn"
}
