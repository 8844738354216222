import FilRougeCore

/// Turns the pages of a replay into the text shown: roomy (a blank line between utterances, the
/// position `3/11` at the top), the friend's and the learners' names before what they said, and,
/// when asked for, each reply's grade with the words that earned it marked in the reply.
///
/// Everything that comes from a transcript or a scenario is made safe for the terminal here.
public struct ReplayRenderer: Sendable {
    public let script: ReplayScript
    public let text: ReplayText
    public let style: Style
    /// Show the grades (coach notes and marked words) and the totals; without them only the
    /// conversation is shown, so that a group can discuss the replies before seeing the marks.
    public let showScores: Bool
    public let friendName: String
    /// Formats the coach notes exactly as the conversation showed them.
    private var coach: ConversationRenderer
    /// The scenario given, for the friend's closing words (transcripts keep only the ending's id).
    private let scenario: Scenario?

    /// The columns to wrap to; the player sets it from the terminal before each page.
    public var width: Int {
        get { coach.width }
        set { coach.width = newValue }
    }

    /// - Parameter scenario: the scenario the transcripts were played with, when it is known (the
    ///   one given to regrade, or the bundled one of the same id): it names the friend and gives
    ///   the coach's word on misconceptions.
    public init(script: ReplayScript, scenario: Scenario?, style: Style, width: Int, showScores: Bool) {
        self.script = script
        self.text = ReplayText.forLanguage(scenario?.language ?? script.language)
        self.style = style
        self.showScores = showScores
        self.scenario = scenario
        let friendName = scenario?.persona.name ?? text.friendFallback
        self.friendName = friendName
        let header = script.learners.first?.record.header?.scenario
        let known = scenario ?? Scenario(
            id: header?.id ?? "", title: header?.title ?? "", language: script.language, version: header?.version ?? "",
            persona: Persona(name: friendName), steps: [], endings: []
        )
        self.coach = ConversationRenderer(scenario: known, style: style, width: width, echoReplies: false)
    }

    private var interface: InterfaceText { text.interface }
    private var isComparison: Bool { script.learners.count > 1 }

    // MARK: Pages

    /// The page at `index` (from 0), without the keys line.
    public func page(_ index: Int) -> String {
        guard let page = script.pages.indices.contains(index) ? script.pages[index] : nil else { return "" }
        var blocks = [heading(position: index + 1)]
        if index == 0 {
            if !script.narration.isEmpty {
                blocks.append(style.apply(.narration, wrapped(safe(script.narration.joined(separator: "\n")))))
            }
            blocks += scenarioNotices()
        }
        blocks += page.says.map { friend(safe($0)) }
        if let question = page.question {
            blocks.append(friend(safe(question), bodyRole: .question))
        }
        for entry in page.entries {
            if isComparison { blocks.append(rule(for: entry.learner)) }
            if entry.turns.isEmpty {
                blocks.append(learnerLine(entry.learner, style.apply(.coach, text.notReached)))
            }
            for turn in entry.turns {
                blocks += body(of: turn, learner: entry.learner)
            }
        }
        if index == script.pages.count - 1 {
            blocks += closing()
        }
        return blocks.joined(separator: "\n\n")
    }

    /// What is shown when a transcript has no step at all.
    public var emptyReplay: String {
        ([heading(position: nil)] + [text.nothingToReplay] + closing()).joined(separator: "\n\n")
    }

    /// `3/11 · Title · Camille`.
    public func heading(position: Int?) -> String {
        var parts: [String] = []
        if let position { parts.append("\(position)/\(script.pages.count)") }
        if let title = script.title { parts.append(safe(title)) }
        parts.append(script.learners.map { safe($0.label) }.joined(separator: ", "))
        return style.apply(.heading, wrapped(parts.joined(separator: " · ")))
    }

    /// The keys, at the foot of a page on a terminal.
    public var keyLine: String {
        style.apply(.coach, wrapped(text.keyLine))
    }

    public var keyHelp: String {
        text.keyHelp.map { "  " + $0 }.joined(separator: "\n")
    }

    /// The line under the page that answers a key that could not be obeyed.
    public func notice(_ notice: ReplayNavigator.Notice) -> String {
        switch notice {
        case .atStart: return text.atStart
        case .atEnd: return text.atEnd
        case .noSuchPosition(let position): return text.noSuchPosition(position, script.pages.count)
        }
    }

    /// The line under the page while a position is typed.
    public func typing(_ digits: String) -> String {
        text.goTo + digits
    }

    // MARK: Turns

    private func body(of replayTurn: ReplayTurn, learner: Int) -> [String] {
        let turn = replayTurn.turn
        var blocks = turn.hints.map { hint in
            labelled(interface.hint, hint.text.map(safe) ?? interface.noMoreHints, role: .hint)
        }
        for reply in turn.replies {
            if reply.attempt > 1, let followUp = turn.followUpQuestion {
                blocks.append(friend(safe(followUp), bodyRole: .question, followUp: true))
            }
            let evaluation = turn.evaluations.first { $0.attempt == reply.attempt }
            var said = learnerLine(learner, showScores ? highlighted(reply, evaluation?.evaluation) : safe(reply.text))
            if showScores, let evaluation {
                // Right under the reply, as the conversation showed it.
                said += "\n" + coach.coachNote(evaluation.evaluation, step: turn.step)
            }
            blocks.append(said)
        }
        if turn.replies.isEmpty {
            blocks.append(learnerLine(learner, style.apply(.coach, text.noReply)))
        } else if turn.replies.count == 1, let followUp = turn.followUpQuestion {
            blocks.append(friend(safe(followUp), bodyRole: .question, followUp: true))
            blocks.append(learnerLine(learner, style.apply(.coach, text.noReply)))
        }
        blocks += turn.reactions.map { friend(safe($0.text)) }
        if let regrade = replayTurn.regrade.flatMap(regradeLines) {
            blocks.append(regrade)
        }
        return blocks
    }

    /// The reply with the words that met a criterion marked: coloured on a terminal, in brackets
    /// otherwise; words in a negation are followed by ⊘ and a misconception's by ⚠, as in the
    /// coach's note.
    private func highlighted(_ reply: Reply, _ evaluation: ReplyEvaluation?) -> String {
        let highlight = ReplyHighlight(reply: reply.text, attempt: reply.attempt, evaluation: evaluation)
        return highlight.segments.map { segment in
            let words = safe(segment.text)
            guard let kind = segment.kind else { return words }
            let role: Style.Role = kind == .met ? .met : .missed
            let marked = style.colour
                ? words.split(separator: " ", omittingEmptySubsequences: false)
                    .map { style.apply(role, style.apply(.evidence, String($0))) }.joined(separator: " ")
                : "[" + words + "]"
            switch kind {
            case .met: return marked
            case .negated: return marked + "⊘"
            case .misconception: return marked + "⚠"
            }
        }.joined()
    }

    /// Then and now, or nil when there was no reply to grade.
    private func regradeLines(_ regrade: TurnRegrade) -> String? {
        let heading = style.apply(.heading, text.regradeHeading) + interface.colon
        switch regrade.outcome {
        case .stepRemoved:
            return wrapped(heading + style.apply(.missed, text.stepRemoved(safe(regrade.step))), indent: "  ")
        case .notAnswered:
            return nil
        case .graded(let comparison):
            var parts: [String] = []
            let newGrade = band(comparison.newBand) + " " + ExampleOutcome.percent(comparison.newScore)
            if comparison.bandChanged {
                let oldGrade = comparison.oldBand.map { band($0) + (comparison.oldScore.map { " " + ExampleOutcome.percent($0) } ?? "") } ?? "?"
                parts.append(oldGrade + " → " + newGrade)
            } else {
                parts.append(newGrade + " (" + text.unchanged + ")")
            }
            if let newRoute = comparison.newRoute {
                let route = text.route + interface.colon
                if comparison.routeChanged {
                    parts.append(route + style.apply(.missed, safe(comparison.oldRoute ?? "?") + " → " + safe(newRoute)))
                } else {
                    parts.append(route + safe(newRoute) + " (" + text.unchanged + ")")
                }
            }
            var lines = [heading + parts.joined(separator: " · ")]
            if !comparison.gained.isEmpty {
                lines.append("+ " + text.gained + interface.colon + comparison.gained.map { style.apply(.met, safe($0)) }.joined(separator: ", "))
            }
            if !comparison.lost.isEmpty {
                lines.append("− " + text.lost + interface.colon + comparison.lost.map { style.apply(.missed, safe($0)) }.joined(separator: ", "))
            }
            switch comparison.followUp {
            case .noLongerAsked: lines.append(text.followUpNoLongerAsked)
            case .wouldBeAsked: lines.append(text.followUpWouldBeAsked)
            case nil: break
            }
            return lines.enumerated().map { index, line in
                wrapped((index == 0 ? "" : "  ") + line, indent: "    ")
            }.joined(separator: "\n")
        }
    }

    // MARK: Before and after

    /// Whether the scenario given to regrade is the text each conversation was played with.
    private func scenarioNotices() -> [String] {
        let changes = script.learners.map { $0.regrade?.scenarioChange }
        guard changes.contains(where: { $0 != nil }) else { return [] }
        let heading = style.apply(.heading, text.regradeHeading) + interface.colon
        if !isComparison || Set(changes.map { $0.map(describe) }).count == 1, let first = changes.first ?? nil {
            return [wrapped(heading + describe(first), indent: "  ")]
        }
        return [heading.trimmingTrailingSpace + "\n" + zip(script.learners, changes).compactMap { learner, change in
            change.map { wrapped("  " + safe(learner.label) + interface.colon + describe($0), indent: "    ") }
        }.joined(separator: "\n")]
    }

    private func describe(_ change: TranscriptRegrade.ScenarioChange) -> String {
        switch change {
        case .unchanged: return text.scenarioUnchanged
        case .changed(let played, let current): return text.scenarioChanged(safe(played), safe(current))
        }
    }

    /// How each conversation finished, its total when grades are shown, and the regrade's tally.
    private func closing() -> [String] {
        script.learners.map { learner in
            var lines: [String] = []
            let record = learner.record
            var farewell: String?
            if !isComparison, let ending = record.finished?.ending, let says = scenario?.ending(ending)?.says {
                farewell = friend(safe(says))
            }
            switch record.finished?.reason {
            case .completed: lines.append(text.completed(record.finished?.ending.map(safe)))
            case .quit: lines.append(interface.endedEarly)
            case nil: lines.append(text.cut)
            }
            if showScores, let summary = record.finished?.summary, !summary.steps.isEmpty {
                lines.append(interface.total + interface.colon + ExampleOutcome.percent(summary.score) + " (" + band(summary.band) + ")")
            }
            if let regrade = learner.regrade {
                lines.append(text.regradeHeading + interface.colon + text.regradeSummary(regrade.differingCount, regrade.answeredCount, regrade.removedCount))
            }
            guard isComparison else {
                return (farewell.map { $0 + "\n\n" } ?? "") + lines.map { wrapped($0, indent: "  ") }.joined(separator: "\n")
            }
            let prefix = style.apply(.learner, safe(learner.label)) + interface.colon
            return lines.enumerated().map { index, line in
                index == 0 ? wrapped(prefix + line, indent: "  ") : wrapped("  " + line, indent: "    ")
            }.joined(separator: "\n")
        }
    }

    // MARK: Pieces

    private func rule(for learner: Int) -> String {
        let label = safe(script.learners[learner].label)
        let bar = String(repeating: "─", count: 2)
        return style.apply(.learner, bar + " " + label + " " + bar)
    }

    private func learnerLine(_ learner: Int, _ body: String) -> String {
        labelled(safe(script.learners[learner].label), body, role: .learner)
    }

    private func friend(_ body: String, bodyRole: Style.Role? = nil, followUp: Bool = false) -> String {
        let name = safe(friendName) + (followUp ? " (" + interface.followUpMarker + ")" : "")
        return labelled(name, body, role: .friendName, bodyRole: bodyRole)
    }

    /// `Label : body`, wrapped with continuation lines indented.
    private func labelled(_ label: String, _ body: String, role: Style.Role, bodyRole: Style.Role? = nil) -> String {
        let plain = wrapped(label + interface.colon + body, indent: "  ")
        let rest = String(plain.dropFirst(label.count))
        return style.apply(role, label) + (bodyRole.map { style.apply($0, rest) } ?? rest)
    }

    private func band(_ band: Band) -> String {
        let name = interface.bandName(band)
        switch band {
        case .good: return style.apply(.good, name)
        case .partial: return style.apply(.partial, name)
        case .missed: return style.apply(.missedBand, name)
        }
    }

    private func wrapped(_ body: String, indent: String = "") -> String {
        TextWrapper.wrap(body, width: width, indent: indent)
    }

    private func safe(_ value: String) -> String {
        TerminalSafeText.sanitize(value)
    }
}

private extension String {
    /// The French colon ends with a space that a heading on its own line does not need.
    var trimmingTrailingSpace: String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
