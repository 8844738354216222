import FilRougeCore

// Fuzzes grading: any bytes (read as UTF-8, invalid sequences replaced) as a learner's reply to every
// step of the bundled French and English scenarios, with a follow-up merge, and now and then the
// trainer's explanation of the grade.

private struct Grader {
    let scenario: Scenario
    let evaluator: RubricEvaluator
}

/// Each step's rubric is compiled when a reply to it is first graded; a reply to every step here
/// compiles them all while the graders are made, which the suppression below covers.
private let graders = BundledScenarios.all.map { scenario in
    let evaluator = RubricEvaluator(scenario: scenario)
    for step in scenario.steps { _ = evaluator.evaluate("", step: step.id) }
    return Grader(scenario: scenario, evaluator: evaluator)
}

/// Loads and compiles the scenarios before the first input, so that their memory is not taken for a
/// leak of that input.
@_cdecl("LLVMFuzzerInitialize")
public func initializeReplyEvaluator(_ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> CInt {
    _ = graders.count
    return 0
}

/// What LeakSanitizer must not report: the graders above live until the process exits, but Swift keeps
/// the cases of its indirect enums (`MatchExpression`) behind pointers with tag bits set, which the
/// leak checker does not recognise, so at exit it takes their boxes for leaks.
@_cdecl("__lsan_default_suppressions")
public func leakSuppressions() -> UnsafePointer<CChar> {
    let suppressions: StaticString = "leak:FuzzTarget7graders\n"
    return UnsafeRawPointer(suppressions.utf8Start).assumingMemoryBound(to: CChar.self)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReplyEvaluator(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    let reply = input.lossyText
    let scalarCount = reply.unicodeScalars.count
    for grader in graders {
        for step in grader.scenario.steps {
            guard let evaluation = grader.evaluator.evaluate(reply, step: step.id) else {
                require(false, "no evaluation for step \(step.id) of its own scenario")
                return 0
            }
            check(evaluation, of: reply, scalarCount: scalarCount, step: step.id)
            // The reply as its own follow-up: what a learner repeating themselves gets.
            let merged = grader.evaluator.merge(evaluation, evaluation, step: step.id)
            require(merged.band == evaluation.band, "merging a reply with itself changes its band at \(step.id)")
        }
    }
    // The explanation renders every token and criterion: costlier, so for one input in eight.
    if let first = input.bytes.first, first % 8 == 0, size > 1 {
        let grader = graders[Int(input.bytes[1]) % graders.count]
        let steps = grader.scenario.steps
        let step = steps[Int(first / 8) % steps.count]
        let explanation = GradeExplanation(scenario: grader.scenario, step: step.id, reply: reply, evaluator: grader.evaluator)
        require(!explanation.text.isEmpty, "empty explanation")
    }
    return 0
}

private func check(_ evaluation: ReplyEvaluation, of reply: String, scalarCount: Int, step: String) {
    require(evaluation.score.isFinite && evaluation.score >= 0 && evaluation.score <= 1,
            "score \(evaluation.score) at \(step)")
    for criterion in evaluation.criteria {
        for evidence in criterion.evidence + criterion.negatedEvidence {
            for range in evidence.ranges {
                require(range.start >= 0 && range.start <= range.end && range.end <= scalarCount,
                        "evidence range \(range.start)..<\(range.end) outside a reply of \(scalarCount) scalars at \(step)")
            }
        }
    }
}
