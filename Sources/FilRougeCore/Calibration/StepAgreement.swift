/// The agreement figures of the replies to one step.
public struct StepAgreement: Equatable, Sendable {
    public var step: String
    public var agreement: BandAgreement

    public init(step: String, agreement: BandAgreement = BandAgreement()) {
        self.step = step
        self.agreement = agreement
    }
}

extension StepAgreement: Encodable {
    enum CodingKeys: String, CodingKey {
        case step
    }

    /// The step's id beside the figures, in one object: `{"step": "…", "n": …, "kappa": …}`.
    public func encode(to encoder: Encoder) throws {
        try agreement.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(step, forKey: .step)
    }
}
