/// A plain-text account of how a reply was graded, for trainers: the words and their forms,
/// negations, each criterion with the words that met it and why, the score, the band and the route.
public struct GradeExplanation: Sendable {
    public let text: String

    /// - Parameters:
    ///   - evaluator: the scenario's compiled rubrics, when the caller has them already
    ///     (explaining many replies then costs no compilation each).
    ///   - suggestingSpellings: whether to give the dictionary's suggestions for the first words it
    ///     does not know: tens of milliseconds a word, for explaining one reply, not a batch.
    public init(
        scenario: Scenario, step stepID: String, reply: String, evaluator: RubricEvaluator? = nil, suggestingSpellings: Bool = false
    ) {
        let evaluator = evaluator ?? RubricEvaluator(scenario: scenario)
        let tokens = evaluator.analyzer.tokens(of: reply)
        let cues = NegationDetector(language: evaluator.analyzer.language).cues(in: tokens)
        // Each word's cue, the cue each first word opens and the words that end a scope, found once:
        // searching the cues at every word took minutes on a reply made of negations.
        var cueOfWord: [Int: NegationCue] = [:]
        var cueOfHead: [Int: NegationCue] = [:]
        var scopeEnds: Set<Int> = []
        for cue in cues {
            for word in cue.words { cueOfWord[word] = cue }
            if let head = cue.words.first, cueOfHead[head] == nil { cueOfHead[head] = cue }
            if let end = cue.endedBy { scopeEnds.insert(end) }
        }
        var lines: [String] = ["Reply: \(reply)", "", "Words (as written → folded → stem, and the stems of other lemmas):"]
        // The dictionary's suggestions cost tens of milliseconds a word: given for the first few
        // unknown words only, so that a long reply of gibberish is still explained at once.
        var suggestionsLeft = suggestingSpellings ? Self.suggestedWords : 0
        for (index, token) in tokens.enumerated() {
            var notes: [String] = []
            if let elision = token.elision { notes.append("elided \(elision)'") }
            if let number = token.numberSpan?.value ?? token.number { notes.append("number \(number)") }
            if let compound = token.compound { notes.append("compound \(compound.folded)") }
            if let cue = cueOfWord[index] { notes.append(cue.kind == .pseudo ? "pseudo-negation" : "negation cue") }
            if let head = token.negatedBy, let cue = cueOfHead[head] {
                notes.append("negated by '\(Self.cueName(cue, in: tokens))'")
            }
            if scopeEnds.contains(index) { notes.append("ends a negation") }
            if token.spelling == .unknown {
                let suggestions = suggestionsLeft > 0 ? Array(evaluator.analyzer.suggestions(for: token.text).prefix(3)) : []
                suggestionsLeft -= 1
                notes.append("not in the dictionary" + (suggestions.isEmpty ? "" : ", which suggests " + suggestions.joined(separator: ", ")))
            }
            let forms = "\(token.text) → \(token.folded) → \(([token.key] + token.lemmaKeys).joined(separator: " | "))"
            lines.append("  " + forms + (notes.isEmpty ? "" : "   [" + notes.joined(separator: ", ") + "]"))
        }
        lines += Self.negationLines(cues, in: tokens)
        guard let step = scenario.step(stepID), let evaluation = evaluator.evaluate(reply, step: stepID) else {
            text = (lines + ["", "No step '\(stepID)'."]).joined(separator: "\n")
            return
        }
        lines += ["", "Criteria of step '\(stepID)':"]
        for result in evaluation.criteria {
            // A whole weight reads `2`, not `2.0`; one too large for an Int keeps its exponent.
            let weight = result.weight == result.weight.rounded() && abs(result.weight) < 1e15 ? String(Int(result.weight)) : String(result.weight)
            let rule = evaluator.rule(of: stepID)
            let develops = rule?.developments[result.concept]
            var head = "  \(result.status.rawValue.uppercased()) \(result.concept) (" + (develops.map { "develops \($0.joined(separator: ", "))" } ?? "weight \(weight)")
            if result.required { head += ", required" }
            if result.isMisconception { head += ", misconception" }
            lines.append(head + ")")
            for evidence in result.evidence {
                let generic = rule?.isGeneric(evidence) == true ? ", too generic to count alone" : ""
                lines.append("      \"\(evidence.text)\" matched '\(evidence.keyword)' (\(evidence.match.rawValue)\(generic))" + (evidence.detail.map { ": \($0)" } ?? ""))
            }
            for evidence in result.negatedEvidence {
                lines.append("      \"\(evidence.text)\" matched '\(evidence.keyword)' but is negated")
            }
        }
        let thresholds = scenario.thresholds(for: step)
        if let ideas = thresholds.ideas {
            lines += [
                "",
                "Ideas counted: good from \(Self.ideas(ideas.good)) or one developed, partial from \(Self.ideas(ideas.partial)); score \(PercentText.of(evaluation.score)), the band's share of a good reply",
            ]
        } else {
            lines += [
                "",
                "Score: \(PercentText.of(evaluation.score)) → band \(evaluation.band.rawValue) (good from \(PercentText.of(thresholds.good)), partial from \(PercentText.of(thresholds.partial)))",
            ]
        }
        // A weighted band's reason is its score, on the line above, unless something else decided it.
        if let reason = evaluation.reason, let text = BandReasonWording(language: .en).full(evaluation),
           !reason.isScoreAlone {
            lines.append("Band: \(evaluation.band.rawValue) — \(text)")
        }
        let engine = DialogueEngine(scenario: scenario, seed: 0, evaluator: evaluator)
        let route = engine.route(for: step, evaluation: evaluation)
        lines.append("Route: \(route.target.name) (\(route.reason))" + (step.followUp != nil && evaluation.band != .good ? "; the follow-up question would be asked first" : ""))
        text = lines.joined(separator: "\n")
    }

    /// `1 idea`, `2 ideas`.
    static func ideas(_ count: Int) -> String {
        count == 1 ? "1 idea" : "\(count) ideas"
    }

    /// For how many words unknown to the dictionary its suggestions are shown.
    static let suggestedWords = 5

    /// How a cue is named: its words as written, an elided word with its apostrophe (`n'ai`), and
    /// `…` where it frames other words (`ne … pas`).
    static func cueName(_ cue: NegationCue, in tokens: [Token]) -> String {
        var name = ""
        var previous: Int?
        for index in cue.words {
            if let previous { name += index == previous + 1 ? " " : " … " }
            name += written(tokens[index])
            previous = index
        }
        return name
    }

    /// A word as written, with the word elided before it (`d'un`, `n'ai`).
    static func written(_ token: Token) -> String {
        (token.elision.map { "\($0)'" } ?? "") + token.text
    }

    /// Each cue with its kind and the words in its scope, the words whose matches do not count;
    /// pseudo-negations are named as such, since their words are affirmed.
    static func negationLines(_ cues: [NegationCue], in tokens: [Token]) -> [String] {
        guard !cues.isEmpty else { return ["", "Negations: none"] }
        var lines = ["", "Negations (kind: cue → the words it covers):"]
        var bare: [String] = []
        for cue in cues {
            let name = cueName(cue, in: tokens)
            // A verb carrying an elided `n'` is negated, and named with the cue already.
            let scope = cue.scope.filter { !cue.words.contains($0) }.map { written(tokens[$0]) }.joined(separator: " ")
            let ending = cue.endedBy.map { " (until '\(tokens[$0].text)')" } ?? ""
            switch cue.kind {
            case .pseudo where scope.isEmpty:
                lines.append("  pseudo: \(name) — not a negation")
            case .pseudo:
                lines.append("  pseudo: \(name) → \(scope) — a negative word negated: what follows is affirmed")
            case _ where scope.isEmpty:
                bare.append("\(cue.kind.rawValue): \(name)")
            default:
                lines.append("  \(cue.kind.rawValue): \(name) → \(scope)\(ending)")
            }
        }
        if !bare.isEmpty { lines.append("  covering no word of their own: \(bare.joined(separator: ", "))") }
        return lines
    }
}
