import Testing
import FilRougeCore
@testable import FilRougeConsole

struct ReplayPlayerTests {
    /// What the player wrote, read back as the pages shown (`page 2`) and the lines under them.
    struct Screen {
        var writes: [String] = []

        var events: [String] {
            writes.map { text in
                if text.hasPrefix(ReplayPlayer.clearScreen) {
                    let heading = text.dropFirst(ReplayPlayer.clearScreen.count).prefix { $0 != "\n" }
                    return "page " + (heading.split(separator: "/").first.map(String.init) ?? "?")
                }
                if text.hasPrefix(ReplayPlayer.clearLine) { return "line: " + text.dropFirst(ReplayPlayer.clearLine.count) }
                return "write: " + text
            }
        }
    }

    /// Camille's replay on a screen of `columns` × `rows`, tall enough by default for every page.
    func play(
        _ keys: ScriptedKeySource, autoDelay: Double? = nil, notices: [String] = [], columns: @escaping () -> Int = { 80 },
        rows: @escaping () -> Int = { 100 }
    ) throws -> (events: [String], writes: [String], keys: ScriptedKeySource) {
        let script = try ReplayConsoleFixtures.script([("Camille", ReplayConsoleFixtures.camille())])
        let renderer = ReplayRenderer(script: script, scenario: nil, style: .plain, width: 80, showScores: false)
        let box = Box()
        var player = ReplayPlayer(renderer: renderer, columns: columns, rows: rows, write: { box.screen.writes.append($0) })
        var keys = keys
        player.present(keys: &keys, autoDelay: autoDelay, notices: notices)
        return (box.screen.events, box.screen.writes, keys)
    }

    final class Box {
        var screen = Screen()
    }

    @Test func nextBackJumpAndQuitDriveThePages() throws {
        let (events, _, _) = try play(ScriptedKeySource(typing: " b2\r1\rq"))
        #expect(events == ["page 1", "page 2", "page 1", "line: Go to step: 2", "page 2", "line: Go to step: 1", "page 1", "write: \n"])
    }

    @Test func keysThatCannotBeObeyedLeaveThePageAndSayWhy() throws {
        let (events, _, _) = try play(ScriptedKeySource(typing: "b  9\r0\rq"))
        #expect(events == [
            "page 1", "line: This is the first step.",
            "page 2", "line: This is the last step: b to go back, q to quit.",
            "line: Go to step: 9", "line: No step 9: from 1 to 2.",
            "line: Go to step: 0", "line: No step 0: from 1 to 2.",
            "write: \n",
        ])
    }

    @Test func backspaceAndEscapeCorrectTheNumberBeingTyped() throws {
        let (events, _, _) = try play(ScriptedKeySource([.typing("1"), .typing(""), .typing("2"), .key(.jump(2)), .key(.quit)]))
        #expect(events == ["page 1", "line: Go to step: 1", "line: ", "line: Go to step: 2", "page 2", "write: \n"])
    }

    @Test func theEndOfTheKeysEndsTheReplay() throws {
        let (events, _, _) = try play(ScriptedKeySource(typing: " "))
        #expect(events == ["page 1", "page 2", "write: \n"])
    }

    @Test func automaticallyEachPageStaysForTheDelayAndTheLastEndsTheReplay() throws {
        let (events, _, keys) = try play(ScriptedKeySource([.timedOut, .timedOut, .key(.next)]), autoDelay: 7)
        #expect(events == ["page 1", "page 2", "write: \n"])
        #expect(keys.timeoutsAsked == [7, 7])
        #expect(keys.remaining == [.key(.next)], "the replay stopped after the last page's delay")
    }

    @Test func keysStillWorkDuringAnAutomaticReplay() throws {
        let (events, _, _) = try play(ScriptedKeySource([.timedOut, .key(.previous), .key(.quit)]), autoDelay: 3)
        #expect(events == ["page 1", "page 2", "page 1", "write: \n"])
    }

    @Test func aResizedWindowRedrawsThePageToItsNewWidth() throws {
        let widths = WidthSequence(widths: [80, 30])
        let (events, writes, _) = try play(ScriptedKeySource([.redraw, .key(.quit)]), columns: { widths.next() })
        #expect(events == ["page 1", "page 1", "write: \n"])
        let narrow = writes[1].split(separator: "\n").map { $0.replacingOccurrences(of: ReplayPlayer.clearScreen, with: "") }
        #expect(narrow.allSatisfy { $0.count <= 30 }, "\(narrow)")
        #expect(writes[0].split(separator: "\n").contains { $0.count > 30 })
    }

    final class WidthSequence {
        var widths: [Int]
        init(widths: [Int]) { self.widths = widths }
        func next() -> Int { widths.count > 1 ? widths.removeFirst() : widths[0] }
    }

    @Test func helpListsTheKeysUnderThePage() throws {
        let (events, writes, _) = try play(ScriptedKeySource(typing: "?q"))
        #expect(events == ["page 1", "page 1", "write: \n"])
        #expect(writes[0].hasSuffix("Enter or space: next · b: back · number then Enter: go to step · q: quit · ?:\nhelp\n"))
        #expect(writes[1].contains("  a number then Enter: go to that step (3 for the third, as in “3/11”)\n"))
    }

    @Test func noticesAreShownUnderTheFirstPagesHeadingUntilAnotherPageIsShown() throws {
        let (_, writes, _) = try play(ScriptedKeySource([.redraw, .key(.next), .key(.quit)]), notices: ["camille.jsonl:4: bad line; line skipped"])
        #expect(writes[0].hasPrefix(
            ReplayPlayer.clearScreen + "1/2 · The corner shop · Camille\nStep online\n\ncamille.jsonl:4: bad line; line skipped\n\nYou meet Mrs Penny"
        ))
        #expect(writes[1].contains("camille.jsonl:4: bad line; line skipped"), "a redraw of the same page keeps them")
        #expect(!writes[2].contains("camille.jsonl"))
    }

    /// Camille's and Léa's replies to the first step on a screen of 80 × 16: the page has 26 lines,
    /// the keys take 2 rows under a blank one, and the last row is kept for notices.
    @Test func aGroupPageTallerThanTheScreenScrollsUnderItsQuestion() throws {
        let script = try ReplayConsoleFixtures.script([("Camille", ReplayConsoleFixtures.camille()), ("Léa", ReplayConsoleFixtures.lea())])
        let renderer = ReplayRenderer(script: script, scenario: try ReplayConsoleFixtures.scenario, style: .plain, width: 80, showScores: false)
        var writes: [String] = []
        var player = ReplayPlayer(renderer: renderer, columns: { 80 }, rows: { 16 }, write: { writes.append($0) })
        let pageDown = "\u{1B}[6~"
        var keys = ScriptedKeySource(typing: pageDown + pageDown + pageDown + pageDown + "\u{1B}[A" + "\u{1B}[5~\u{1B}[5~\u{1B}[5~\u{1B}[5~" + " q")
        player.present(keys: &keys, autoDelay: nil)

        let keyLine = "\n\nEnter or space: next · b: back · number then Enter: go to step · q: quit · ?:\nhelp\n"
        let top = "1/2 · The corner shop · Camille, Léa\nStep 1 · online\n\nMrs Penny: Should I sell online?\n\n"
        // Half of the 11 rows the page has (one goes to the line under it) is 5: the narration and
        // what Mrs Penny says first would make the part that stays 9 rows, so they scroll.
        #expect(writes[0] == ReplayPlayer.clearScreen + top
            + "You meet Mrs Penny at her counter.\n\nMrs Penny: Customers keep asking.\n\n── Camille ──\n\n"
            + "↑ ↓ PageUp PageDown: scroll (lines 1–6 of 21)" + keyLine)
        // A screen down is 5 lines: the window of 6 keeps its last line.
        #expect(writes[1] == ReplayPlayer.clearScreen + top
            + "\nHint: Think of the web.\n\nCamille: Not a website, give a discount\n\nMrs Penny (follow-up): How would that work?\n"
            + "↑ ↓ PageUp PageDown: scroll (lines 6–11 of 21)" + keyLine)
        #expect(writes[2] == ReplayPlayer.clearScreen + top
            + "Mrs Penny (follow-up): How would that work?\n\nCamille: A web shop and reviews\n\nMrs Penny: Maybe.\n\n"
            + "↑ ↓ PageUp PageDown: scroll (lines 11–16 of 21)" + keyLine)
        #expect(writes[3] == ReplayPlayer.clearScreen + top
            + "\n── Léa ──\n\nLéa: A website with reviews\n\nMrs Penny: Lovely!\n"
            + "↑ ↓ PageUp PageDown: scroll (lines 16–21 of 21)" + keyLine)
        #expect(writes[4] == ReplayPlayer.clearLine + "This is the bottom of the page: Enter for the next step.")
        #expect(writes[5].contains("(lines 15–20 of 21)"), "one line up")
        #expect(writes[6].contains("(lines 10–15 of 21)"))
        #expect(writes[7].contains("(lines 5–10 of 21)"))
        #expect(writes[8].contains("(lines 1–6 of 21)"), "no further up than the top")
        #expect(writes[9] == ReplayPlayer.clearLine + "This is the top of the page.")
        #expect(writes[10].hasPrefix(ReplayPlayer.clearScreen + "2/2 · The corner shop · Camille, Léa\nStep 2 · social\n\nMrs Penny: And social media?\n\n── Camille ──\n"))
        #expect(writes[10].contains("(lines 1–"), "the next page starts at its top")
        #expect(writes.count == 12)
        for screen in writes where screen.hasPrefix(ReplayPlayer.clearScreen) {
            #expect(screen.split(separator: "\n", omittingEmptySubsequences: false).count == 16, "the screen is filled and never scrolled")
        }
    }

    @Test func aResizedWindowKeepsThePageScrolledAsFarAsItCan() throws {
        let script = try ReplayConsoleFixtures.script([("Camille", ReplayConsoleFixtures.camille()), ("Léa", ReplayConsoleFixtures.lea())])
        let renderer = ReplayRenderer(script: script, scenario: try ReplayConsoleFixtures.scenario, style: .plain, width: 80, showScores: false)
        var writes: [String] = []
        let heights = WidthSequence(widths: [16, 16, 16, 30])
        var player = ReplayPlayer(renderer: renderer, columns: { 80 }, rows: { heights.next() }, write: { writes.append($0) })
        var keys = ScriptedKeySource([.key(.scroll(.pageDown)), .key(.scroll(.pageDown)), .redraw, .key(.quit)])
        player.present(keys: &keys, autoDelay: nil)
        #expect(writes[2].contains("(lines 11–16 of 21)"))
        // 30 rows hold the whole page, 26 lines, with its 4 rows of footer: nothing scrolls.
        #expect(!writes[3].contains("lines"))
        #expect(writes[3].hasPrefix(ReplayPlayer.clearScreen + "1/2 · The corner shop · Camille, Léa\nStep 1 · online\n\nYou meet Mrs Penny"))
        #expect(player.scrollOffset == 0)
    }

    @Test func oneLearnerAtATimeShowsEachLearnerUnderTheQuestionThenTheNextStep() throws {
        let script = try ReplayConsoleFixtures.script([("Camille", ReplayConsoleFixtures.camille()), ("Léa", ReplayConsoleFixtures.lea())])
        let renderer = ReplayRenderer(script: script, scenario: try ReplayConsoleFixtures.scenario, style: .plain, width: 80, showScores: false)
        var writes: [String] = []
        var player = ReplayPlayer(renderer: renderer, columns: { 80 }, rows: { 40 }, write: { writes.append($0) })
        var keys = ScriptedKeySource(typing: "l  bll")
        player.present(keys: &keys, autoDelay: nil)
        let question = "Mrs Penny: Should I sell online?\n\n"
        #expect(writes[1].hasPrefix(ReplayPlayer.clearScreen + "1/2 · The corner shop · Camille, Léa\nStep 1 · online\n\n"))
        #expect(writes[1].contains(question + "── Camille · 1/2 ──\n\nHint: Think of the web."))
        #expect(!writes[1].contains("Léa".appending(":")))
        #expect(writes[2].contains(question + "── Léa · 2/2 ──\n\nLéa: A website with reviews\n\nMrs Penny: Lovely!\n\nEnter or space"))
        #expect(!writes[2].contains("Camille:"))
        // After the last learner, the next step, with its first learner; back, the last learner again.
        #expect(writes[3].contains("Mrs Penny: And social media?\n\n── Camille · 1/2 ──\n\nCamille: Post photos"))
        #expect(writes[3].contains("Camille: The conversation reached its end (ending “done”)."))
        #expect(!writes[3].contains("Léa: The conversation"), "the ending of the learner shown only")
        #expect(writes[4].contains("── Léa · 2/2 ──"))
        #expect(writes[5].contains("── Camille ──") && writes[5].contains("── Léa ──"), "every learner again")
        #expect(writes[6].contains("── Léa · 2/2 ──") == false && writes[6].contains("── Camille · 1/2 ──"), "one at a time starts with the first")
    }

    @Test func oneLearnerAtATimeInTheReplayOfOneConversationSaysWhyNot() throws {
        let (events, _, _) = try play(ScriptedKeySource(typing: "lq"))
        #expect(events == ["page 1", "line: One conversation only: one learner at a time is for groups.", "write: \n"])
    }

    @Test func printingEverythingShowsEveryPageInOrderWithoutPauseOrScreenControl() throws {
        let script = try ReplayConsoleFixtures.script([("Camille", ReplayConsoleFixtures.camille())])
        let renderer = ReplayRenderer(script: script, scenario: nil, style: .plain, width: 80, showScores: false)
        var output = ""
        var player = ReplayPlayer(renderer: renderer, columns: { 80 }, rows: { 24 }, write: { output += $0 })
        player.printAll()
        #expect(output == renderer.page(0) + "\n\n" + renderer.page(1) + "\n")
        #expect(!output.contains("\u{1B}"))
        #expect(!output.contains(renderer.text.keyLine))
    }

    @Test func aTranscriptWithoutAStepSaysThereIsNothingToReplay() throws {
        let empty = try ReplayConsoleFixtures.transcript(learner: "Sam") { engine in [] }
        let script = try ReplayConsoleFixtures.script([("Sam", empty)])
        let renderer = ReplayRenderer(script: script, scenario: nil, style: .plain, width: 80, showScores: false)
        var output = ""
        var player = ReplayPlayer(renderer: renderer, columns: { 80 }, rows: { 24 }, write: { output += $0 })
        player.printAll()
        #expect(output == "The corner shop · Sam\n\nNo step in this transcript: nothing to replay.\n\nThe transcript stops here, with no end recorded.\n")
        var keys = ScriptedKeySource(typing: " ")
        var interactive = ReplayPlayer(renderer: renderer, columns: { 80 }, rows: { 24 }, write: { output = $0 })
        interactive.present(keys: &keys, autoDelay: nil)
        #expect(output.hasPrefix("The corner shop · Sam"))
        #expect(keys.timeoutsAsked.isEmpty, "no key is waited for")
    }
}
