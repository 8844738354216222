import FilRougeCore

// Fuzzes `ScenarioLoader.load` with any bytes as a scenario file: YAML parsing, decoding into the
// model, the graph, route and example checks, the rendering of every diagnostic with its source
// line, and, when the file loads, grading its own example replies with its compiled rubrics,
// explaining a grade, and playing a few turns.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenarioLoader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    let lossy = input.lossyText
    check(lossy)
    // Valid UTF-8 read strictly must give the same text, hence the same result.
    if let strict = input.strictText {
        require(strict == lossy, "valid UTF-8 read strictly and lossily differ")
    }
    return 0
}

private func check(_ text: String) {
    let result = ScenarioLoader.load(text, file: "fuzz.yaml")
    let hasErrors = result.diagnostics.contains { $0.severity == .error }
    require((result.scenario == nil) == hasErrors, "a scenario comes back exactly when there is no error")
    for diagnostic in result.diagnostics {
        require(diagnostic.location.line >= 1 && diagnostic.location.column >= 1,
                "diagnostic located at line \(diagnostic.location.line), column \(diagnostic.location.column)")
    }
    _ = DiagnosticRenderer(source: text).render(result.diagnostics)
    guard let scenario = result.scenario else { return }
    let evaluator = RubricEvaluator(scenario: scenario)
    for outcome in ExampleRunner(scenario: scenario, evaluator: evaluator).run() {
        require(outcome.evaluation.score.isFinite, "score \(outcome.evaluation.score) for an example of \(outcome.step)")
        _ = outcome.failures
    }
    if let step = scenario.steps.first {
        let reply = step.examples.first?.reply ?? String(text.prefix(200))
        _ = GradeExplanation(scenario: scenario, step: step.id, reply: reply, evaluator: evaluator)
    }
    // Play the scenario a few turns, so that its routes, conditions and counters run too.
    var engine = DialogueEngine(scenario: scenario, seed: 1, evaluator: evaluator)
    _ = engine.start()
    let replies = scenario.steps.flatMap { $0.examples.map(\.reply) } + [""]
    for turn in 0..<20 {
        guard case .awaitingReply = engine.phase else { break }
        _ = engine.submit(replies[turn % replies.count])
    }
    _ = engine.summary
}
