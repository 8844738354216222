/// The words Landis and Koch (1977) proposed for ranges of kappa; a convention to read the figure,
/// not a verdict, and loose with few replies.
public enum KappaInterpretation: String, CaseIterable, Sendable {
    /// Below 0: worse than chance.
    case poor
    /// 0 to 0.20.
    case slight
    /// 0.21 to 0.40.
    case fair
    /// 0.41 to 0.60.
    case moderate
    /// 0.61 to 0.80.
    case substantial
    /// 0.81 to 1.
    case almostPerfect = "almost perfect"

    public init(kappa: Double) {
        switch kappa {
        case ..<0: self = .poor
        case ...0.20: self = .slight
        case ...0.40: self = .fair
        case ...0.60: self = .moderate
        case ...0.80: self = .substantial
        default: self = .almostPerfect
        }
    }
}
