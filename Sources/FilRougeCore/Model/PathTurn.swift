/// One turn of a path: at the step the conversation must be at, a reply with the outcome it must
/// get, or a command the learner types instead of a reply.
public struct PathTurn: Equatable, Sendable {
    /// The step the conversation must be at when the turn is played; a reply to a follow-up
    /// question is at the same step as the reply before it.
    public var step: String
    public var action: Action
    /// Where the turn is written, for reporting a path that goes astray there.
    public var location: SourceLocation?

    public enum Action: Equatable, Sendable {
        case reply(PathReply)
        case command(PathCommand)
    }

    public init(step: String, action: Action, location: SourceLocation? = nil) {
        self.step = step
        self.action = action
        self.location = location
    }
}

/// A reply of a path with what it must get: for a first reply, its own band; for the reply to a
/// follow-up question, the band of the two replies graded together, as the engine grades them.
public struct PathReply: Equatable, Sendable {
    public var text: String
    public var band: Band
    /// Concepts the reply must meet (with a follow-up answer: the two replies together).
    public var met: [String]
    /// Concepts it must not meet.
    public var missed: [String]

    public init(text: String, band: Band, met: [String] = [], missed: [String] = []) {
        self.text = text
        self.band = band
        self.met = met
        self.missed = missed
    }
}

/// The commands a path can type: those that ask the engine something without leaving the step.
/// `/quit` is left out, since a path reaches an ending; `/score` and `/coach` only change what the
/// screen shows.
public enum PathCommand: String, CaseIterable, Equatable, Sendable {
    case hint
    case `repeat`
}
