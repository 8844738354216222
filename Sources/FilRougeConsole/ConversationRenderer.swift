import FilRougeCore

/// Turns conversation events into the text shown on the terminal. It only formats: deciding what
/// happens is the engine's work, writing it out is the runner's.
public struct ConversationRenderer: Sendable {
    public let scenario: Scenario
    public let text: InterfaceText
    public let style: Style
    /// The columns to wrap to; the runner updates it when the window is resized.
    public var width: Int
    /// Show the learner's replies again (when they were not typed at a terminal, so never echoed).
    public var echoReplies: Bool
    public var showCoach: Bool

    public init(scenario: Scenario, style: Style, width: Int, echoReplies: Bool, showCoach: Bool = true) {
        self.scenario = scenario
        self.text = InterfaceText.forLanguage(scenario.language)
        self.style = style
        self.width = width
        self.echoReplies = echoReplies
        self.showCoach = showCoach
    }

    /// What to show for an event, or nil when it shows nothing.
    public func render(_ event: DialogueEvent) -> String? {
        switch event {
        case .narration(let narration):
            // A blank line after the narration and after each reaction separates the turns.
            return style.apply(.narration, wrapped(safe(narration.text))) + "\n"
        case .friendLine(let line):
            return friend(safe(line.text)) + (line.kind == .reaction ? "\n" : "")
        case .question(let question):
            return friend(safe(question.text), role: .question)
        case .reply(let reply):
            return echoReplies ? labelled(text.you, safe(reply.text), role: .learner) : nil
        case .evaluation(let evaluation):
            guard showCoach else { return nil }
            return coachNote(evaluation.evaluation, step: evaluation.step)
        case .hint(let hint):
            let body = hint.text.map(safe) ?? text.noMoreHints
            return labelled(text.hint, body, role: .hint)
        case .finished(let finished):
            return summary(finished)
        case .command, .countersChanged, .route, .stepCompleted:
            return nil
        }
    }

    /// The prompt before each reply.
    public var prompt: String {
        style.apply(.learner, text.you) + " › "
    }

    /// The title line shown before the opening.
    public var banner: String {
        let title = style.apply(.heading, safe(scenario.title))
        return title + "\n" + style.apply(.coach, text.startHint) + "\n"
    }

    /// The command list.
    public var help: String {
        let rows = text.commandHelp.map { names, description in
            "  " + names.joined(separator: ", ") + " — " + description
        }
        return ([text.helpIntro] + rows).joined(separator: "\n")
    }

    /// One line: the concepts met, with the learner's words that met them; those mentioned only in
    /// a negation; misconceptions, with the coach's word on them; and those still missing.
    public func coachNote(_ evaluation: ReplyEvaluation, step: String) -> String {
        let concepts = evaluation.criteria.filter { !$0.isMisconception }
        let met = concepts.filter { $0.status == .met }.map { result in
            style.apply(.met, safe(result.label)) + quoted(result.evidence.first?.text, unless: result.label)
        }
        let negated = concepts.filter { $0.status == .negated }.map { result in
            style.apply(.missed, safe(result.label)) + quoted(result.negatedEvidence.first?.text, unless: result.label)
        }
        // A development left out is no idea missing: it only says how one idea could have been developed.
        let missed = concepts.filter { $0.status == .missed && !$0.isDevelopment }.map { style.apply(.missed, safe($0.label)) }
        let misconceptions = evaluation.criteria.filter { $0.isMisconception && $0.status == .met }.map { result in
            style.apply(.missed, safe(result.label)) + quoted(result.evidence.first?.text, unless: result.label)
                + (feedback(for: result, step: step).map { " — " + safe($0) } ?? "")
        }
        let nbsp = "\u{00A0}"
        // The band with its reason, never a bare percentage: "partial 54%" says nothing to act on.
        // Briefly, since the ideas and misconceptions are listed just after; with thresholds, where
        // the bands start.
        let wording = BandReasonWording(language: scenario.language)
        let thresholds = scenario.step(step).map(scenario.thresholds(for:))
        let reason = evaluation.reason.map { reason in
            " — " + (reason.rule == .score ? wording.full(evaluation, thresholds: thresholds) ?? "" : wording.brief(reason))
        } ?? ""
        var parts = [style.apply(.coach, "\(text.coach)\(nbsp)·") + " " + bandLabel(evaluation.band) + " " + style.apply(.coach, ExampleOutcome.percent(evaluation.score) + reason)]
        parts.append("✓" + nbsp + text.metHeading + text.colon + (met.isEmpty ? text.nothingMet : met.joined(separator: ", ")))
        if !negated.isEmpty { parts.append("⊘" + nbsp + text.negatedHeading + text.colon + negated.joined(separator: ", ")) }
        if !misconceptions.isEmpty { parts.append("⚠" + nbsp + text.misconceptionHeading + text.colon + misconceptions.joined(separator: "; ")) }
        if !missed.isEmpty { parts.append("✗" + nbsp + text.missedHeading + text.colon + missed.joined(separator: ", ")) }
        return wrapped(parts.joined(separator: "  "), indent: "    ")
    }

    /// ` «words»` when the learner's words say something the label does not.
    private func quoted(_ words: String?, unless label: String) -> String {
        guard let words, TextFolder.fold(words) != TextFolder.fold(label) else { return "" }
        let highlighted = style.apply(.evidence, safe(words).replacingOccurrences(of: " ", with: "\u{00A0}"))
        return "\u{00A0}" + text.openQuote + highlighted + text.closeQuote
    }

    /// The trainer's feedback for a criterion of a step.
    private func feedback(for result: CriterionResult, step: String) -> String? {
        scenario.step(step)?.rubric.first { $0.concept == result.concept }?.feedback
    }

    /// The summary of results so far (for `/score`).
    public func scoreLine(_ summary: ConversationSummary) -> String {
        guard !summary.steps.isEmpty else { return text.noScoreYet }
        return text.scoreLine(summary.steps.count, ExampleOutcome.percent(summary.score), text.bandName(summary.band))
    }

    /// The end-of-conversation table: each step's band, score and concepts, then the total.
    public func summary(_ finished: Finished) -> String {
        var lines = ["", style.apply(.heading, text.summaryHeading)]
        if finished.reason == .quit { lines.append(text.endedEarly) }
        let idWidth = finished.summary.steps.map(\.step.count).max() ?? 0
        for result in finished.summary.steps {
            let id = result.step.padding(toLength: idWidth, withPad: " ", startingAt: 0)
            let score = ExampleOutcome.percent(result.score)
            let padded = String(repeating: " ", count: max(0, 4 - score.count)) + score
            let band = text.bandName(result.band)
            let bandPadded = band.padding(toLength: max(band.count, 8), withPad: " ", startingAt: 0)
            let concepts = result.criteria.filter { !$0.misconception }
            let met = concepts.filter { $0.status == .met }.map { safe($0.label) }
            let developments = Set(scenario.step(result.step)?.rubric.filter(\.isDevelopment).map(\.concept) ?? [])
            let missed = concepts.filter { $0.status != .met && !developments.contains($0.concept) }.map { safe($0.label) }
            let misconceptions = result.criteria.filter { $0.misconception && $0.status == .met }.map { safe($0.label) }
            var line = "  \(id)  \(padded)  " + bandStyled(result.band, bandPadded)
            if let reason = result.reason, !reason.isScoreAlone { line += "  (" + BandReasonWording(language: scenario.language).brief(reason) + ")" }
            if !met.isEmpty { line += "  ✓ " + met.joined(separator: ", ") }
            if !misconceptions.isEmpty { line += "  ⚠ " + misconceptions.joined(separator: ", ") }
            if !missed.isEmpty { line += "  ✗ " + missed.joined(separator: ", ") }
            lines.append(wrapped(line, indent: String(repeating: " ", count: idWidth + 20)))
        }
        if !finished.summary.steps.isEmpty {
            lines.append("  " + text.total + text.colon + ExampleOutcome.percent(finished.summary.score) + " (" + bandStyled(finished.summary.band, text.bandName(finished.summary.band)) + ")")
        }
        return lines.joined(separator: "\n")
    }

    // MARK: Pieces

    private func friend(_ body: String, role: Style.Role? = nil) -> String {
        labelled(safe(scenario.persona.name), body, role: .friendName, bodyRole: role)
    }

    /// `Label : body`, wrapped with continuation lines indented.
    private func labelled(_ label: String, _ body: String, role: Style.Role, bodyRole: Style.Role? = nil) -> String {
        let plain = wrapped(label + text.colon + body, indent: "  ")
        let rest = plain.dropFirst(label.count)
        let styledRest = bodyRole.map { style.apply($0, String(rest)) } ?? String(rest)
        return style.apply(role, label) + styledRest
    }

    private func bandLabel(_ band: Band) -> String {
        bandStyled(band, text.bandName(band))
    }

    private func bandStyled(_ band: Band, _ label: String) -> String {
        switch band {
        case .good: return style.apply(.good, label)
        case .partial: return style.apply(.partial, label)
        case .missed: return style.apply(.missedBand, label)
        }
    }

    private func wrapped(_ body: String, indent: String = "") -> String {
        TextWrapper.wrap(body, width: width, indent: indent)
    }

    private func safe(_ value: String) -> String {
        TerminalSafeText.sanitize(value)
    }
}
