/// What a facilitator asks of a replay, whatever key they pressed for it: the navigation reads
/// these, so that it can be driven by a keyboard, a timer or a test alike.
public enum ReplayKey: Equatable, Sendable {
    /// The next turn (Enter, space, →).
    case next
    /// The previous turn (`b`, ←).
    case previous
    /// Stop the replay (`q`).
    case quit
    /// The turn at this position, counted from 1 as shown on screen (`3` then Enter).
    case jump(Int)
    /// The list of keys (`?`).
    case help
    /// Within the page shown (↑ ↓, PageUp, PageDown, Home, End).
    case scroll(ReplayScroll)
    /// On a group's pages, one learner at a time, or every learner again (`l`).
    case learnerByLearner
}
