/// What is wrong with a choices file once the transcripts are read, as warnings at each choice: a
/// step no scenario digested has, a choice that names no reply, a reply both pinned and hidden.
///
/// One choices file may serve several florilèges at once (`digest --each-scenario`, a French and an
/// English version of a scenario): a choice is wrong only when it is wrong for all of them, since
/// a choice about one scenario's step says nothing of another's.
public enum ReplyChoiceWarnings {
    public static func of(_ choices: ReplyChoices, in builders: [DigestBuilder]) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for choice in choices.choices {
            let concerned = builders.filter { builder in builder.scenario.steps.contains { $0.id == choice.step } }
            guard !concerned.isEmpty else {
                warnings.append(unknownStep(choice, in: builders))
                continue
            }
            let matchedByBuilder = concerned.map { $0.answers(to: choice.step).filter(choice.matches) }
            guard matchedByBuilder.contains(where: { !$0.isEmpty }) else {
                warnings.append(Diagnostic(.choiceWithoutReply, "no reply to step '\(choice.step)' matches this choice (\(choice.described)); it is left out", at: choice.location))
                continue
            }
            let hides = choices.choices(.hide, step: choice.step)
            if choice.action == .pin, matchedByBuilder.contains(where: { matched in hides.contains { hide in matched.contains(where: hide.matches) } }) {
                warnings.append(Diagnostic(.choiceWithoutReply, "a reply this choice pins (\(choice.described)) is hidden too, so it is not shown", at: choice.location))
            }
        }
        return warnings
    }

    /// `'step' names 'ask2', which is not a step of meeting; did you mean 'ask'?`: the steps of
    /// every scenario digested are suggested.
    private static func unknownStep(_ choice: ReplyChoice, in builders: [DigestBuilder]) -> Diagnostic {
        var scenarios: [String] = []
        var stepIDs: [String] = []
        for builder in builders {
            if !scenarios.contains(builder.reference.id) { scenarios.append(builder.reference.id) }
            for step in builder.scenario.steps where !stepIDs.contains(step.id) { stepIDs.append(step.id) }
        }
        let named = scenarios.isEmpty ? "the scenario" : scenarios.joined(separator: " or ")
        return Diagnostic(.unknownChoiceStep, "'step' names '\(choice.step)', which is not a step of \(named)\(Suggestion.didYouMean(choice.step, in: stepIDs)); this choice is left out", at: choice.location)
    }
}
