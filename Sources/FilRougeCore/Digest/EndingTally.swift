/// How the group's conversations ended: which ending each reached, or that it did not finish.
public struct EndingTally: Equatable, Sendable {
    /// Every ending of the scenario in file order, reached or not, then any other ending a
    /// transcript names.
    public var reached: [EndingCount]
    /// Left before an ending: `/quit`, Ctrl-D, the end of the input.
    public var quit: Proportion
    /// Transcripts that stop without an end line: a killed terminal, a closed laptop.
    public var interrupted: Proportion

    public struct EndingCount: Equatable, Sendable {
        public var id: String
        /// What the florilège calls it (`EndingTitle`): the id for an ending the scenario lacks.
        public var title: String
        public var learners: Proportion
    }

    public init(reached: [EndingCount], quit: Proportion, interrupted: Proportion) {
        self.reached = reached
        self.quit = quit
        self.interrupted = interrupted
    }

    /// The learners who did not reach an ending.
    public var notFinished: Proportion {
        Proportion(count: quit.count + interrupted.count, of: quit.total)
    }
}
