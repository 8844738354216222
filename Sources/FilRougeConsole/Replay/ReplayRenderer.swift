import FilRougeCore

/// Turns the pages of a replay into the text shown: roomy (a blank line between utterances, the
/// position `3/11` and the step at the top), the friend's and the learners' names before what they said, and,
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
    /// The scenario given, for the friend's closing words (transcripts keep only the ending's id).
    private let scenario: Scenario?
    /// The lines, bands and coach's notes, drawn exactly as the conversation drew them.
    private var turns: TurnRenderer

    /// The columns to wrap to; the player sets it from the terminal before each page.
    public var width: Int {
        get { turns.width }
        set { turns.width = newValue }
    }

    /// The friend's name: the scenario's, or a word for "the friend" when the scenario is unknown.
    public var friendName: String { turns.scenario.persona.name }

    /// - Parameter scenario: the scenario the transcripts were played with, when it is known (the
    ///   one given to regrade, or the bundled one of the same id): it names the friend and gives
    ///   the coach's word on misconceptions.
    public init(script: ReplayScript, scenario: Scenario?, style: Style, width: Int, showScores: Bool) {
        self.script = script
        self.text = ReplayText.forLanguage(scenario?.language ?? script.language)
        self.style = style
        self.showScores = showScores
        self.scenario = scenario
        let header = script.learners.first?.record.header?.scenario
        let known = scenario ?? Scenario(
            id: header?.id ?? "", title: header?.title ?? "", language: script.language, version: header?.version ?? "",
            persona: Persona(name: text.friendFallback), steps: [], endings: []
        )
        self.turns = TurnRenderer(scenario: known, style: style, width: width)
    }

    private var interface: InterfaceText { text.interface }
    private var isComparison: Bool { script.learners.count > 1 }

    // MARK: Pages

    /// The page at `index` (from 0), without the keys line: every line of it, for a file or a
    /// pipe.
    public func page(_ index: Int) -> String {
        let parts = blocks(index)
        return (parts.heading + parts.lead + parts.question + parts.body).joined(separator: "\n\n")
    }

    /// The page at `index` as rows of the screen, in the parts that `ReplayScreenLayout` keeps at
    /// the top or scrolls; `notices` (damaged lines) come first in the part before the question.
    /// - Parameter learner: the only learner whose turns are shown, one at a time; nil for all.
    public func screenLines(_ index: Int, learner: Int? = nil, notices: [String] = []) -> ReplayPageLines {
        let parts = blocks(index, learner: learner)
        let rows = { (blocks: [String]) -> [String] in
            blocks.joined(separator: "\n\n").split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
                TextWrapper.screenRows(of: String(line), width: width)
            }
        }
        let lead = (notices.isEmpty ? [] : [notices.map { turns.wrapped($0) }.joined(separator: "\n")]) + parts.lead
        return ReplayPageLines(
            heading: rows(parts.heading), lead: lead.isEmpty ? [] : rows(lead),
            question: rows(parts.question), body: rows(parts.body)
        )
    }

    /// The line under a page taller than the screen: how to scroll it and where the window
    /// stands. One row, cut at the screen's edge: the layout has no room for a second.
    public func scrollPosition(_ layout: ReplayScreenLayout) -> String {
        let visible = layout.visible
        let line = text.scrollPosition(visible.lowerBound + 1, visible.upperBound, layout.scrolling.count)
        return style.apply(.coach, TextWrapper.screenRows(of: line, width: width).first ?? line)
    }

    /// The page's blocks, in four parts: the heading; what comes before the question; the
    /// question; the learners' turns (`learner`'s alone when given) and the ending.
    private func blocks(_ index: Int, learner: Int? = nil) -> (heading: [String], lead: [String], question: [String], body: [String]) {
        guard let page = script.pages.indices.contains(index) ? script.pages[index] : nil else { return ([], [], [], []) }
        var lead: [String] = []
        if index == 0 {
            if !script.narration.isEmpty {
                lead.append(style.apply(.narration, turns.wrapped(turns.safe(script.narration.joined(separator: "\n")))))
            }
            lead += scenarioNotices()
        }
        lead += page.says.map { turns.friend(turns.safe($0)) }
        let question = page.question.map { [turns.friend(turns.safe($0), bodyRole: .question)] } ?? []
        var body: [String] = []
        for entry in page.entries where learner == nil || entry.learner == learner {
            if isComparison { body.append(rule(for: entry.learner, alone: learner != nil)) }
            if entry.turns.isEmpty {
                body.append(learnerLine(entry.learner, style.apply(.coach, text.notReached)))
            }
            for turn in entry.turns {
                body += self.body(of: turn, learner: entry.learner)
            }
        }
        if index == script.pages.count - 1 {
            body += closing().enumerated().filter { learner == nil || $0.offset == learner }.map(\.element)
        }
        return ([heading(position: index + 1) + "\n" + stepLine(page.step)], lead, question, body)
    }

    /// What is shown when a transcript has no step at all.
    public var emptyReplay: String {
        ([heading(position: nil)] + [text.nothingToReplay] + closing()).joined(separator: "\n\n")
    }

    /// `3/11 · Title · Camille`.
    public func heading(position: Int?) -> String {
        var parts: [String] = []
        if let position { parts.append("\(position)/\(script.pages.count)") }
        if let title = script.title { parts.append(turns.safe(title)) }
        parts.append(script.learners.map { turns.safe($0.label) }.joined(separator: ", "))
        return style.apply(.heading, turns.wrapped(parts.joined(separator: " · ")))
    }

    /// The step under the heading, by its number in the scenario (the florilège's) when the
    /// scenario is known: `Étape 3 · site-web`. Steps have no title; their id is the name the
    /// scenario's author gave them, and the florilège's too.
    public func stepLine(_ step: String) -> String {
        style.apply(.heading, turns.wrapped(text.step(scenario?.stepNumber(of: step), turns.safe(step))))
    }

    /// The keys, at the foot of a page on a terminal.
    public var keyLine: String {
        style.apply(.coach, turns.wrapped(text.keyLine))
    }

    public var keyHelp: String {
        text.keyHelp.map { turns.wrapped("  " + $0, indent: "    ") }.joined(separator: "\n")
    }

    /// The line under the page that answers a key that could not be obeyed.
    public func notice(_ notice: ReplayNavigator.Notice) -> String {
        switch notice {
        case .atStart: return text.atStart
        case .atEnd: return text.atEnd
        case .noSuchPosition(let position): return text.noSuchPosition(position, script.pages.count)
        case .topOfPage: return text.topOfPage
        case .bottomOfPage: return text.bottomOfPage
        case .singleLearner: return text.singleLearner
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
            turns.labelled(interface.hint, hint.text.map(turns.safe) ?? interface.noMoreHints, role: .hint)
        }
        for reply in turn.replies {
            if reply.attempt > 1, let followUp = turn.followUpQuestion {
                blocks.append(turns.friend(turns.safe(followUp), bodyRole: .question, followUp: true))
            }
            let evaluation = turn.evaluations.first { $0.attempt == reply.attempt }
            var said = learnerLine(learner, showScores ? highlighted(reply, evaluation?.evaluation) : turns.safe(reply.text))
            if showScores, let evaluation {
                // Right under the reply, as the conversation showed it.
                said += "\n" + turns.coachNote(evaluation.evaluation, step: turn.step)
            }
            blocks.append(said)
        }
        if turn.replies.isEmpty {
            blocks.append(learnerLine(learner, style.apply(.coach, text.noReply)))
        } else if turn.replies.count == 1, let followUp = turn.followUpQuestion {
            blocks.append(turns.friend(turns.safe(followUp), bodyRole: .question, followUp: true))
            blocks.append(learnerLine(learner, style.apply(.coach, text.noReply)))
        }
        blocks += turn.reactions.map { turns.friend(turns.safe($0.text)) }
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
            let words = turns.safe(segment.text)
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
            return turns.wrapped(heading + style.apply(.missed, text.stepRemoved(turns.safe(regrade.step))), indent: "  ")
        case .notAnswered:
            return nil
        case .graded(let comparison):
            var parts: [String] = []
            let newGrade = turns.band(comparison.newBand) + " " + PercentText.of(comparison.newScore)
            if comparison.bandChanged {
                let oldGrade = comparison.oldBand.map { turns.band($0) + (comparison.oldScore.map { " " + PercentText.of($0) } ?? "") } ?? "?"
                parts.append(oldGrade + " → " + newGrade)
            } else {
                parts.append(newGrade + " (" + text.unchanged + ")")
            }
            if let newRoute = comparison.newRoute {
                let route = text.route + interface.colon
                if comparison.routeChanged {
                    parts.append(route + style.apply(.missed, turns.safe(comparison.oldRoute ?? "?") + " → " + turns.safe(newRoute)))
                } else {
                    parts.append(route + turns.safe(newRoute) + " (" + text.unchanged + ")")
                }
            }
            var lines = [heading + parts.joined(separator: " · ")]
            if !comparison.gained.isEmpty {
                lines.append("+ " + text.gained + interface.colon + comparison.gained.map { style.apply(.met, turns.safe($0)) }.joined(separator: ", "))
            }
            if !comparison.lost.isEmpty {
                lines.append("− " + text.lost + interface.colon + comparison.lost.map { style.apply(.missed, turns.safe($0)) }.joined(separator: ", "))
            }
            switch comparison.followUp {
            case .noLongerAsked: lines.append(text.followUpNoLongerAsked)
            case .wouldBeAsked: lines.append(text.followUpWouldBeAsked)
            case nil: break
            }
            return lines.enumerated().map { index, line in
                turns.wrapped((index == 0 ? "" : "  ") + line, indent: "    ")
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
            return [turns.wrapped(heading + describe(first), indent: "  ")]
        }
        return [heading.trimmingTrailingSpace + "\n" + zip(script.learners, changes).compactMap { learner, change in
            change.map { turns.wrapped("  " + turns.safe(learner.label) + interface.colon + describe($0), indent: "    ") }
        }.joined(separator: "\n")]
    }

    private func describe(_ change: TranscriptRegrade.ScenarioChange) -> String {
        switch change {
        case .unchanged: return text.scenarioUnchanged
        case .changed(let played, let current): return text.scenarioChanged(turns.safe(played), turns.safe(current))
        }
    }

    /// How each conversation finished, its total when grades are shown, and the regrade's tally.
    private func closing() -> [String] {
        script.learners.map { learner in
            var lines: [String] = []
            let record = learner.record
            var farewell: String?
            if !isComparison, let ending = record.finished?.ending, let says = scenario?.ending(ending)?.says {
                farewell = turns.friend(turns.safe(says))
            }
            switch record.finished?.reason {
            case .completed: lines.append(text.completed(record.finished?.ending.map(turns.safe)))
            case .quit: lines.append(interface.endedEarly)
            case nil: lines.append(text.cut)
            }
            if showScores, let summary = record.finished?.summary, !summary.steps.isEmpty {
                lines.append(interface.total + interface.colon + PercentText.of(summary.score) + " (" + turns.band(summary.band) + ")")
            }
            if let regrade = learner.regrade {
                lines.append(text.regradeHeading + interface.colon + text.regradeSummary(regrade.differingCount, regrade.answeredCount, regrade.removedCount))
                if let outcome = regradeOutcome(regrade) { lines.append(outcome) }
            }
            guard isComparison else {
                return (farewell.map { $0 + "\n\n" } ?? "") + lines.map { turns.wrapped($0, indent: "  ") }.joined(separator: "\n")
            }
            let prefix = style.apply(.learner, turns.safe(learner.label)) + interface.colon
            return lines.enumerated().map { index, line in
                index == 0 ? turns.wrapped(prefix + line, indent: "  ") : turns.wrapped("  " + line, indent: "    ")
            }.joined(separator: "\n")
        }
    }

    /// The total and the ending then and now, as the turns' regrades say theirs: `Nouvelle
    /// correction : total réussi 100% → partiel 67% · fin : convaincue → sceptique`; nil when no
    /// step was completed.
    private func regradeOutcome(_ regrade: TranscriptRegrade) -> String? {
        guard let total = regrade.total else { return nil }
        let old = turns.band(total.oldBand) + " " + PercentText.of(total.oldScore)
        let new = turns.band(total.newBand) + " " + PercentText.of(total.newScore)
        var parts = [text.regradeHeading + interface.colon + interface.total.lowercased() + " " + (total.changed ? old + " → " + new : new + " (" + text.unchanged + ")")]
        if let ending = regrade.ending {
            let label = text.ending + interface.colon
            parts.append(ending.changed
                ? label + style.apply(.missed, turns.safe(ending.old) + " → " + turns.safe(ending.new))
                : label + turns.safe(ending.new) + " (" + text.unchanged + ")")
        }
        return parts.joined(separator: " · ")
    }

    // MARK: Pieces

    /// `── Camille ──` over a learner's turns; alone on the page, with their place among the
    /// learners: `── Camille · 3/6 ──`.
    private func rule(for learner: Int, alone: Bool = false) -> String {
        let label = turns.safe(script.learners[learner].label) + (alone ? " · \(learner + 1)/\(script.learners.count)" : "")
        let bar = String(repeating: "─", count: 2)
        return style.apply(.learner, bar + " " + label + " " + bar)
    }

    private func learnerLine(_ learner: Int, _ body: String) -> String {
        turns.labelled(turns.safe(script.learners[learner].label), body, role: .learner)
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
