/// A counter the story keeps (trust, patience…), changed by the outcome of steps and read by conditions.
public struct CounterDeclaration: Equatable, Sendable {
    public var name: String
    public var initial: Int

    public init(name: String, initial: Int) {
        self.name = name
        self.initial = initial
    }
}
