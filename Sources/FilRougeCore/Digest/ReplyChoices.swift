/// Every choice of a choices file (`filrouge digest --choices`), in the order written: pins keep
/// that order among a step's best replies.
public struct ReplyChoices: Equatable, Sendable {
    public var choices: [ReplyChoice]

    public init(_ choices: [ReplyChoice]) {
        self.choices = choices
    }

    /// No choice: the florilège as the selection alone makes it.
    public static let none = ReplyChoices([])

    /// The choices of one step that do `action`, in the order written.
    func choices(_ action: ReplyChoice.Action, step: String) -> [ReplyChoice] {
        choices.filter { $0.action == action && $0.step == step }
    }
}
