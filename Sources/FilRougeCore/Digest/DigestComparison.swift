/// Two or more groups' digests of one scenario side by side: for each step, how many of each
/// group answered, their bands and the criteria they met; then how each group's conversations
/// ended. Built from the groups' `Digest`s, so that each group's figures are exactly those of its
/// own florilège; `DigestComparisonMarkdown`, `…HTML`, `…JSON` and `…CSV` render it.
public struct DigestComparison: Equatable, Sendable {
    /// One group: its name (the folder given on the command line) and its digest.
    public struct Group: Equatable, Sendable {
        public var name: String
        public var digest: Digest

        public init(name: String, digest: Digest) {
            self.name = name
            self.digest = digest
        }
    }

    /// The scenario compared, as transcript headers name it.
    public var scenario: TranscriptHeader.ScenarioReference
    /// In the order given.
    public var groups: [Group]
    /// Every step of the scenario, in file order.
    public var steps: [ComparedStep]
    /// Every ending reached by a group, the scenario's first, then left before the end and
    /// interrupted.
    public var endings: [ComparedEnding]

    /// - Parameter groups: digests of one scenario (the first group's steps and endings give the
    ///   order; a step or ending a group lacks counts as none of its learners).
    public init(groups: [Group]) {
        self.groups = groups
        scenario = groups.first?.digest.scenario ?? TranscriptHeader.ScenarioReference(id: "", title: "", version: "", language: .en, hash: "")
        let digests = groups.map(\.digest)
        steps = (digests.first?.steps ?? []).map { step in ComparedStep(step, in: digests) }
        endings = ComparedEnding.rows(of: digests.map(\.endings))
    }
}
