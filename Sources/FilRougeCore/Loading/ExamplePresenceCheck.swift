/// Warns about steps without example replies: their rubric is untested, and `filrouge test`
/// cannot tell a trainer when a change of keywords breaks them.
enum ExamplePresenceCheck {
    static func diagnostics(for scenario: Scenario, file: String) -> [Diagnostic] {
        scenario.steps.filter(\.examples.isEmpty).map { step in
            Diagnostic(
                .stepWithoutExamples,
                "step '\(step.id)' has no 'examples': add a few replies with the band they deserve, so that 'filrouge test' checks its rubric",
                at: step.location ?? SourceLocation(file: file, line: 1, column: 1)
            )
        }
    }
}
