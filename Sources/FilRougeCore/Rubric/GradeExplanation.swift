/// A plain-text account of how a reply was graded, for trainers: the words and their forms,
/// negations, each criterion with the words that met it and why, the score, the band and the route.
public struct GradeExplanation: Sendable {
    public let text: String

    /// - Parameter evaluator: the scenario's compiled rubrics, when the caller has them already
    ///   (explaining many replies then costs no compilation each).
    public init(scenario: Scenario, step stepID: String, reply: String, evaluator: RubricEvaluator? = nil) {
        let evaluator = evaluator ?? RubricEvaluator(scenario: scenario)
        let tokens = evaluator.analyzer.tokens(of: reply)
        var lines: [String] = ["Reply: \(reply)", "", "Words (as written → folded → stem, and the stems of other lemmas):"]
        // The dictionary's suggestions cost tens of milliseconds a word: given for the first few
        // unknown words only, so that a long reply of gibberish is still explained at once.
        var suggestionsLeft = Self.suggestedWords
        for token in tokens {
            var notes: [String] = []
            if let elision = token.elision { notes.append("elided \(elision)'") }
            if let number = token.numberSpan?.value ?? token.number { notes.append("number \(number)") }
            if let compound = token.compound { notes.append("compound \(compound.folded)") }
            if token.isNegationCue { notes.append("negation cue") }
            if let cue = token.negatedBy { notes.append("negated by '\(Self.cueName(tokens[cue]))'") }
            if token.spelling == .unknown {
                let suggestions = suggestionsLeft > 0 ? Array(evaluator.analyzer.suggestions(for: token.text).prefix(3)) : []
                suggestionsLeft -= 1
                notes.append("not in the dictionary" + (suggestions.isEmpty ? "" : ", which suggests " + suggestions.joined(separator: ", ")))
            }
            let forms = "\(token.text) → \(token.folded) → \(([token.key] + token.lemmaKeys).joined(separator: " | "))"
            lines.append("  " + forms + (notes.isEmpty ? "" : "   [" + notes.joined(separator: ", ") + "]"))
        }
        lines += Self.negationLines(tokens)
        guard let step = scenario.step(stepID), let evaluation = evaluator.evaluate(reply, step: stepID) else {
            text = (lines + ["", "No step '\(stepID)'."]).joined(separator: "\n")
            return
        }
        lines += ["", "Criteria of step '\(stepID)':"]
        for result in evaluation.criteria {
            // A whole weight reads `2`, not `2.0`; one too large for an Int keeps its exponent.
            let weight = result.weight == result.weight.rounded() && abs(result.weight) < 1e15 ? String(Int(result.weight)) : String(result.weight)
            var head = "  \(result.status.rawValue.uppercased()) \(result.concept) (weight \(weight)"
            if result.required { head += ", required" }
            if result.isMisconception { head += ", misconception" }
            lines.append(head + ")")
            for evidence in result.evidence {
                lines.append("      \"\(evidence.text)\" matched '\(evidence.keyword)' (\(evidence.match.rawValue))" + (evidence.detail.map { ": \($0)" } ?? ""))
            }
            for evidence in result.negatedEvidence {
                lines.append("      \"\(evidence.text)\" matched '\(evidence.keyword)' but is negated")
            }
        }
        let thresholds = scenario.thresholds(for: step)
        lines += [
            "",
            "Score: \(ExampleOutcome.percent(evaluation.score)) → band \(evaluation.band.rawValue) (good from \(ExampleOutcome.percent(thresholds.good)), partial from \(ExampleOutcome.percent(thresholds.partial)))",
        ]
        let engine = DialogueEngine(scenario: scenario, seed: 0, evaluator: evaluator)
        let route = engine.route(for: step, evaluation: evaluation)
        lines.append("Route: \(route.target.name) (\(route.reason))" + (step.followUp != nil && evaluation.band != .good ? "; the follow-up question would be asked first" : ""))
        text = lines.joined(separator: "\n")
    }

    /// For how many words unknown to the dictionary its suggestions are shown.
    static let suggestedWords = 5

    /// How a negation cue is named: the elided `n'` of `n'ai`, or the word itself.
    static func cueName(_ token: Token) -> String {
        token.elision.map { "\($0)'" } ?? token.text
    }

    /// Each negation cue with the words in its scope, the words whose matches do not count.
    static func negationLines(_ tokens: [Token]) -> [String] {
        let cues = tokens.indices.filter { tokens[$0].isNegationCue }
        guard !cues.isEmpty else { return ["", "Negations: none"] }
        var lines = ["", "Negations (cue → the words it covers):"]
        var bare: [String] = []
        for cue in cues {
            let scope = tokens.filter { $0.negatedBy == cue }.map(\.text)
            if scope.isEmpty {
                bare.append(cueName(tokens[cue]))
            } else {
                lines.append("  \(cueName(tokens[cue])) → \(scope.joined(separator: " "))")
            }
        }
        if !bare.isEmpty { lines.append("  covering no word of their own: \(bare.joined(separator: ", "))") }
        return lines
    }
}
