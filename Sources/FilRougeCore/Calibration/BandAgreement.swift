/// The agreement figures of a set of marked replies: how many, how often the bands match, and the
/// two kappas, with the confusion matrix they come from.
public struct BandAgreement: Equatable, Sendable {
    public var confusion: ConfusionMatrix

    public init(confusion: ConfusionMatrix = ConfusionMatrix()) {
        self.confusion = confusion
    }

    public var count: Int {
        confusion.total
    }

    /// Nil when there is no reply.
    public var accuracy: Double? {
        AgreementStatistics.accuracy(confusion)
    }

    /// Nil when undefined (see `AgreementStatistics`).
    public var kappa: Double? {
        AgreementStatistics.cohensKappa(confusion)
    }

    /// Nil when undefined (see `AgreementStatistics`).
    public var quadraticWeightedKappa: Double? {
        AgreementStatistics.quadraticWeightedKappa(confusion)
    }
}

extension BandAgreement: Encodable {
    enum CodingKeys: String, CodingKey {
        case count = "n"
        case accuracy, kappa
        case quadraticWeightedKappa = "quadratic_weighted_kappa"
        case confusion
    }

    /// Undefined figures are written as `null`, never left out, so that every object has the same keys.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(count, forKey: .count)
        try container.encode(accuracy, forKey: .accuracy)
        try container.encode(kappa, forKey: .kappa)
        try container.encode(quadraticWeightedKappa, forKey: .quadraticWeightedKappa)
        try container.encode(confusion, forKey: .confusion)
    }
}
