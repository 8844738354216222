/// A move within a page that is taller than the screen: the heading and the question stay at the
/// top, and what the learners said moves under them. Moving between steps is another key's work
/// (Enter, `b`, ← →), so that reading a long page never loses the step by accident.
public enum ReplayScroll: Equatable, Sendable {
    /// One line up (↑).
    case lineUp
    /// One line down (↓).
    case lineDown
    /// A screen up (PageUp).
    case pageUp
    /// A screen down (PageDown).
    case pageDown
    /// The top of the page (Home).
    case top
    /// The bottom of the page (End): the last learner's reply.
    case bottom
}
