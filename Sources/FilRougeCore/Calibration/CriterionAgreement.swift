/// How well one criterion's outcome matches the concepts human markers named, over the replies to
/// its step: the machine's "met" against the human's "present".
public struct CriterionAgreement: Equatable, Sendable {
    public var step: String
    public var concept: String
    public var label: String
    /// A criterion of negative weight: "present" means the reply expresses the misconception.
    public var isMisconception: Bool
    /// Met, and named by the human.
    public var truePositives = 0
    /// Met, but not named by the human.
    public var falsePositives = 0
    /// Named by the human, but not met (missed, or negated).
    public var falseNegatives = 0
    /// Neither met nor named.
    public var trueNegatives = 0

    public init(step: String, concept: String, label: String, isMisconception: Bool) {
        self.step = step
        self.concept = concept
        self.label = label
        self.isMisconception = isMisconception
    }

    /// Counts one reply.
    public mutating func add(humanNamed: Bool, machineMet: Bool) {
        switch (humanNamed, machineMet) {
        case (true, true): truePositives += 1
        case (false, true): falsePositives += 1
        case (true, false): falseNegatives += 1
        case (false, false): trueNegatives += 1
        }
    }

    /// Of the replies where the criterion was met, the share the human named it in:
    /// `TP / (TP + FP)`; nil when it was never met.
    public var precision: Double? {
        let met = truePositives + falsePositives
        return met == 0 ? nil : Double(truePositives) / Double(met)
    }

    /// Of the replies where the human named the concept, the share the criterion was met in:
    /// `TP / (TP + FN)`; nil when the human never named it.
    public var recall: Double? {
        let named = truePositives + falseNegatives
        return named == 0 ? nil : Double(truePositives) / Double(named)
    }
}

extension CriterionAgreement: Encodable {
    enum CodingKeys: String, CodingKey {
        case step, concept, label
        case isMisconception = "misconception"
        case truePositives = "true_positives"
        case falsePositives = "false_positives"
        case falseNegatives = "false_negatives"
        case trueNegatives = "true_negatives"
        case precision, recall
    }

    /// Undefined figures are written as `null`, never left out.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(step, forKey: .step)
        try container.encode(concept, forKey: .concept)
        try container.encode(label, forKey: .label)
        try container.encode(isMisconception, forKey: .isMisconception)
        try container.encode(truePositives, forKey: .truePositives)
        try container.encode(falsePositives, forKey: .falsePositives)
        try container.encode(falseNegatives, forKey: .falseNegatives)
        try container.encode(trueNegatives, forKey: .trueNegatives)
        try container.encode(precision, forKey: .precision)
        try container.encode(recall, forKey: .recall)
    }
}
