/// How roles of the conversation look: ANSI colours on a terminal that allows them, nothing otherwise.
public struct Style: Sendable {
    public let colour: Bool

    public init(colour: Bool) {
        self.colour = colour
    }

    public static let plain = Style(colour: false)

    /// Ends every coloured stretch: back to the terminal's own colours and weight.
    public static let reset = "\u{1B}[0m"

    public enum Role: Sendable {
        case friendName, question, narration, coach, met, missed, hint, heading, learner, good, partial, missedBand, evidence
    }

    public func apply(_ role: Role, _ text: String) -> String {
        guard colour, !text.isEmpty else { return text }
        return code(for: role) + text + Style.reset
    }

    /// The escape sequence that starts `role`.
    public func code(for role: Role) -> String {
        switch role {
        case .friendName: return "\u{1B}[1;36m"
        case .question: return "\u{1B}[1m"
        case .narration: return "\u{1B}[3;2m"
        case .coach: return "\u{1B}[2m"
        case .met, .good: return "\u{1B}[32m"
        case .missed, .missedBand: return "\u{1B}[31m"
        case .partial: return "\u{1B}[33m"
        case .hint: return "\u{1B}[35m"
        case .heading: return "\u{1B}[1;4m"
        case .learner: return "\u{1B}[1;34m"
        case .evidence: return "\u{1B}[4m"
        }
    }
}
