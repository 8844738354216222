import FilRougeCore

/// What a live conversation and its replay both draw, drawn in one place so that a replay shows a
/// turn exactly as the conversation showed it: `Label : words` lines wrapped to the terminal, the
/// friend's lines, a band in its colour, and the coach's note under a reply.
///
/// Everything from a scenario or a transcript that passes through here is made safe for the
/// terminal.
struct TurnRenderer: Sendable {
    /// The scenario played: it names the friend, and gives the coach's feedback and the bands'
    /// thresholds.
    let scenario: Scenario
    let text: InterfaceText
    let style: Style
    /// The columns to wrap to.
    var width: Int

    init(scenario: Scenario, style: Style, width: Int) {
        self.scenario = scenario
        self.text = InterfaceText.forLanguage(scenario.language)
        self.style = style
        self.width = width
    }

    // MARK: Lines

    /// `Label : body`, wrapped with continuation lines indented.
    func labelled(_ label: String, _ body: String, role: Style.Role, bodyRole: Style.Role? = nil) -> String {
        let plain = wrapped(label + text.colon + body, indent: "  ")
        let rest = String(plain.dropFirst(label.count))
        return style.apply(role, label) + (bodyRole.map { style.apply($0, rest) } ?? rest)
    }

    /// The friend's words after their name; a follow-up question says it is one.
    func friend(_ body: String, bodyRole: Style.Role? = nil, followUp: Bool = false) -> String {
        let name = safe(scenario.persona.name) + (followUp ? " (" + text.followUpMarker + ")" : "")
        return labelled(name, body, role: .friendName, bodyRole: bodyRole)
    }

    /// The band's name in the band's colour, or `label` (the name padded to a column) in it.
    func band(_ band: Band, label: String? = nil) -> String {
        let label = label ?? text.bandName(band)
        switch band {
        case .good: return style.apply(.good, label)
        case .partial: return style.apply(.partial, label)
        case .missed: return style.apply(.missedBand, label)
        }
    }

    func wrapped(_ body: String, indent: String = "") -> String {
        TextWrapper.wrap(body, width: width, indent: indent)
    }

    func safe(_ value: String) -> String {
        TerminalSafeText.sanitize(value)
    }

    // MARK: The coach's note

    /// One line: the concepts met, with the learner's words that met them; those mentioned only in
    /// a negation; misconceptions, with the coach's word on them; and those still missing.
    func coachNote(_ evaluation: ReplyEvaluation, step: String) -> String {
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
        var parts = [style.apply(.coach, "\(text.coach)\(nbsp)·") + " " + band(evaluation.band) + " " + style.apply(.coach, PercentText.of(evaluation.score) + reason)]
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
}
