/// A replay page as lines of the screen, in its four parts, so that the screen can keep the
/// heading and the question at the top while the rest scrolls (see `ReplayScreenLayout`).
///
/// Each line is one row of the terminal: the renderer has wrapped and cut them to its width.
/// Parts are shown in this order, with a blank line between two that are not empty.
public struct ReplayPageLines: Equatable, Sendable {
    /// The position, the scenario and the learners, and the step's name and number.
    public var heading: [String]
    /// What comes before the question: notices, the narration of the first page, what the friend
    /// says first.
    public var lead: [String]
    /// The friend's question, which the learners answered.
    public var question: [String]
    /// The learners' turns, and after the last step how the conversations ended.
    public var body: [String]

    public init(heading: [String], lead: [String] = [], question: [String] = [], body: [String] = []) {
        self.heading = heading
        self.lead = lead
        self.question = question
        self.body = body
    }

    /// The parts given, one after the other, with a blank line between two that are not empty.
    static func joined(_ parts: [[String]]) -> [String] {
        parts.filter { !$0.isEmpty }.enumerated().flatMap { index, part in
            index == 0 ? part : [""] + part
        }
    }
}
