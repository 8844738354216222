/// The friend the learner talks with.
public struct Persona: Equatable, Sendable {
    public var name: String
    /// Who they are, for the trainer and the opening of the conversation.
    public var description: String?

    public init(name: String, description: String? = nil) {
        self.name = name
        self.description = description
    }
}
