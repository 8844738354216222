/// The florilège of one scenario: for each step, how a group of learners answered it and the best
/// of their replies; then how their conversations ended, and
/// how far each learner went. A value computed from transcripts and the
/// scenario, with no I/O; `DigestMarkdown`, `DigestHTML`, `DigestJSON` and `DigestCSV` render it.
public struct Digest: Equatable, Sendable {
    /// The scenario digested, as transcript headers name it.
    public var scenario: TranscriptHeader.ScenarioReference
    public var transcripts: TranscriptTally
    /// The group at a glance, shown first.
    public var overview: CohortOverview
    /// Every step of the scenario, in file order, answered or not.
    public var steps: [DigestStep]
    public var endings: EndingTally
    /// One row per transcript digested, in the order read: how far each learner went.
    public var progress: [LearnerProgress]

    public init(
        scenario: TranscriptHeader.ScenarioReference, transcripts: TranscriptTally, overview: CohortOverview, steps: [DigestStep], endings: EndingTally,
        progress: [LearnerProgress] = []
    ) {
        self.scenario = scenario
        self.transcripts = transcripts
        self.overview = overview
        self.steps = steps
        self.endings = endings
        self.progress = progress
    }

    /// The learners digested.
    public var learners: Int {
        transcripts.read
    }
}
