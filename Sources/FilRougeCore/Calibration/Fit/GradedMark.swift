/// A marked reply with the rubric's criterion results, which do not depend on the band setting: a
/// fit grades each reply once and bands it again under every setting it tries.
struct GradedMark {
    var mark: MarkedReply
    var results: [CriterionResult]

    /// The band `rule` gives the reply.
    func band(under rule: GradingRule) -> Band {
        rule.grade(results).band
    }
}
