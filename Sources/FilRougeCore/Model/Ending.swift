/// How the conversation closes.
public struct Ending: Equatable, Sendable {
    public var id: String
    /// Nil: chosen whenever reached (and, as the last ending, when no other holds).
    public var condition: Condition?
    public var says: String
    /// Where the ending is written.
    public var location: SourceLocation?

    public init(id: String, condition: Condition? = nil, says: String, location: SourceLocation? = nil) {
        self.id = id
        self.condition = condition
        self.says = says
        self.location = location
    }
}
