import FilRougeCore

/// Turns conversation events into the text shown on the terminal. It only formats: deciding what
/// happens is the engine's work, writing it out is the runner's.
public struct ConversationRenderer: Sendable {
    /// The lines, bands and coach's notes, drawn as a replay draws them.
    private var turns: TurnRenderer
    /// Show the learner's replies again (when they were not typed at a terminal, so never echoed).
    public var echoReplies: Bool
    public var showCoach: Bool

    public init(scenario: Scenario, style: Style, width: Int, echoReplies: Bool, showCoach: Bool = true) {
        self.turns = TurnRenderer(scenario: scenario, style: style, width: width)
        self.echoReplies = echoReplies
        self.showCoach = showCoach
    }

    public var scenario: Scenario { turns.scenario }
    public var text: InterfaceText { turns.text }
    public var style: Style { turns.style }

    /// The columns to wrap to; the runner updates it when the window is resized.
    public var width: Int {
        get { turns.width }
        set { turns.width = newValue }
    }

    /// What to show for an event, or nil when it shows nothing.
    public func render(_ event: DialogueEvent) -> String? {
        switch event {
        case .narration(let narration):
            // A blank line after the narration and after each reaction separates the turns.
            return style.apply(.narration, turns.wrapped(turns.safe(narration.text))) + "\n"
        case .friendLine(let line):
            return turns.friend(turns.safe(line.text)) + (line.kind == .reaction ? "\n" : "")
        case .question(let question):
            return turns.friend(turns.safe(question.text), bodyRole: .question)
        case .reply(let reply):
            return echoReplies ? turns.labelled(text.you, turns.safe(reply.text), role: .learner) : nil
        case .evaluation(let evaluation):
            guard showCoach else { return nil }
            return coachNote(evaluation.evaluation, step: evaluation.step)
        case .hint(let hint):
            let body = hint.text.map(turns.safe) ?? text.noMoreHints
            return turns.labelled(text.hint, body, role: .hint)
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
        let title = style.apply(.heading, turns.safe(scenario.title))
        return title + "\n" + style.apply(.coach, text.startHint) + "\n"
    }

    /// The command list.
    public var help: String {
        let rows = text.commandHelp.map { names, description in
            "  " + names.joined(separator: ", ") + " — " + description
        }
        return ([text.helpIntro] + rows).joined(separator: "\n")
    }

    /// The coach's note on a reply: see `TurnRenderer.coachNote(_:step:)`.
    public func coachNote(_ evaluation: ReplyEvaluation, step: String) -> String {
        turns.coachNote(evaluation, step: step)
    }

    /// The summary of results so far (for `/score`).
    public func scoreLine(_ summary: ConversationSummary) -> String {
        guard !summary.steps.isEmpty else { return text.noScoreYet }
        return text.scoreLine(summary.steps.count, PercentText.of(summary.score), text.bandName(summary.band))
    }

    /// The end-of-conversation table: each step's band, score and concepts, then the total.
    public func summary(_ finished: Finished) -> String {
        var lines = ["", style.apply(.heading, text.summaryHeading)]
        if finished.reason == .quit { lines.append(text.endedEarly) }
        let idWidth = finished.summary.steps.map(\.step.count).max() ?? 0
        for result in finished.summary.steps {
            let id = result.step.padding(toLength: idWidth, withPad: " ", startingAt: 0)
            let score = PercentText.of(result.score)
            let padded = String(repeating: " ", count: max(0, 4 - score.count)) + score
            let band = text.bandName(result.band)
            let bandPadded = band.padding(toLength: max(band.count, 8), withPad: " ", startingAt: 0)
            let concepts = result.criteria.filter { !$0.misconception }
            let met = concepts.filter { $0.status == .met }.map { turns.safe($0.label) }
            let developments = Set(scenario.step(result.step)?.rubric.filter(\.isDevelopment).map(\.concept) ?? [])
            let missed = concepts.filter { $0.status != .met && !developments.contains($0.concept) }.map { turns.safe($0.label) }
            let misconceptions = result.criteria.filter { $0.misconception && $0.status == .met }.map { turns.safe($0.label) }
            var line = "  \(id)  \(padded)  " + turns.band(result.band, label: bandPadded)
            if let reason = result.reason, !reason.isScoreAlone { line += "  (" + BandReasonWording(language: scenario.language).brief(reason) + ")" }
            if !met.isEmpty { line += "  ✓ " + met.joined(separator: ", ") }
            if !misconceptions.isEmpty { line += "  ⚠ " + misconceptions.joined(separator: ", ") }
            if !missed.isEmpty { line += "  ✗ " + missed.joined(separator: ", ") }
            lines.append(turns.wrapped(line, indent: String(repeating: " ", count: idWidth + 20)))
        }
        if !finished.summary.steps.isEmpty {
            lines.append("  " + text.total + text.colon + PercentText.of(finished.summary.score) + " (" + turns.band(finished.summary.band) + ")")
        }
        return lines.joined(separator: "\n")
    }
}
