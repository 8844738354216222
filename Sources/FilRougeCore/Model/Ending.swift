/// How the conversation closes.
public struct Ending: Equatable, Sendable {
    public var id: String
    /// Nil: chosen whenever reached (and, as the last ending, when no other holds).
    public var condition: Condition?
    public var says: String

    public init(id: String, condition: Condition? = nil, says: String) {
        self.id = id
        self.condition = condition
        self.says = says
    }
}
