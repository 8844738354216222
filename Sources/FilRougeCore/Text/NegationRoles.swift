/// The parts a word can play in a negation, looked up once per word.
public struct NegationRoles: OptionSet, Sendable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Negates on its own (`pas`, `sans`, `not`, `never`, `don't`).
    public static let cue = NegationRoles(rawValue: 1)
    /// Completes a French `ne` (`pas`, `plus`, `jamais`…).
    public static let secondPart = NegationRoles(rawValue: 2)
    /// Ends a negation's scope (`mais`, `but`).
    public static let contrast = NegationRoles(rawValue: 4)
    /// Negative in itself: negating it affirms what follows (`négliger`, `hesitate`).
    public static let reversing = NegationRoles(rawValue: 8)
    /// The French particle `ne`.
    public static let particle = NegationRoles(rawValue: 16)
    /// Starts a set phrase that only looks negative (`pas` of `pas mal`, `not` of `not only`).
    public static let phraseStart = NegationRoles(rawValue: 32)
}
