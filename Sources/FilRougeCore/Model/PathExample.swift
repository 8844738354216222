/// A whole conversation written by the trainer, turn by turn, with where each turn must stand and
/// the ending it must reach. Where an example tests one reply to one step, a path tests what the
/// replies do together: follow-up questions, counters, routes and the ending.
public struct PathExample: Equatable, Sendable {
    /// How the trainer calls the path, in reports.
    public var name: String
    public var turns: [PathTurn]
    /// The id of the ending the conversation must reach after the last turn.
    public var ending: String
    /// Where the path is written.
    public var location: SourceLocation?
    /// Where its `ending` is written, for reporting a path that ends elsewhere.
    public var endingLocation: SourceLocation?

    public init(name: String, turns: [PathTurn], ending: String, location: SourceLocation? = nil, endingLocation: SourceLocation? = nil) {
        self.name = name
        self.turns = turns
        self.ending = ending
        self.location = location
        self.endingLocation = endingLocation
    }
}
