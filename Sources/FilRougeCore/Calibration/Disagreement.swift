/// A marked reply the rubric gave another band than the human did, with how the rubric graded it.
public struct Disagreement: Equatable, Sendable {
    /// The line of the marks file the row starts on.
    public var line: Int
    public var step: String
    public var reply: String
    public var human: Band
    public var machine: Band
    /// The machine's score, from 0 to 1.
    public var score: Double
    /// Why the rubric gave its band, in full (`BandReasonWording`).
    public var reason: String?
    /// The concepts the human named; nil when the marks file has no `concepts` column.
    public var humanConcepts: [String]?
    /// The concepts the rubric found met, misconceptions included, in rubric order.
    public var machineConcepts: [String]
    /// `GradeExplanation`'s account of the machine's grade.
    public var explanation: String

    public init(
        line: Int, step: String, reply: String, human: Band, machine: Band, score: Double, reason: String? = nil,
        humanConcepts: [String]?, machineConcepts: [String], explanation: String
    ) {
        self.reason = reason
        self.line = line
        self.step = step
        self.reply = reply
        self.human = human
        self.machine = machine
        self.score = score
        self.humanConcepts = humanConcepts
        self.machineConcepts = machineConcepts
        self.explanation = explanation
    }

    /// How many bands apart the two marks are: 1 (next to each other) or 2 (`missed` against `good`).
    public var distance: Int {
        abs(ConfusionMatrix.index(of: human) - ConfusionMatrix.index(of: machine))
    }
}

extension Disagreement: Encodable {
    enum CodingKeys: String, CodingKey {
        case line, step, reply, human, machine, score, explanation
        case reason = "machine_reason"
        case humanConcepts = "human_concepts"
        case machineConcepts = "machine_concepts"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(line, forKey: .line)
        try container.encode(step, forKey: .step)
        try container.encode(reply, forKey: .reply)
        try container.encode(human, forKey: .human)
        try container.encode(machine, forKey: .machine)
        try container.encode(score, forKey: .score)
        try container.encode(reason, forKey: .reason)
        try container.encode(humanConcepts, forKey: .humanConcepts)
        try container.encode(machineConcepts, forKey: .machineConcepts)
        try container.encode(explanation, forKey: .explanation)
    }
}
