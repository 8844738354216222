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

    func play(_ keys: ScriptedKeySource, autoDelay: Double? = nil, notices: [String] = [], columns: @escaping () -> Int = { 80 }) throws -> (events: [String], writes: [String], keys: ScriptedKeySource) {
        let script = try ReplayConsoleFixtures.script([("Camille", ReplayConsoleFixtures.camille())])
        let renderer = ReplayRenderer(script: script, scenario: nil, style: .plain, width: 80, showScores: false)
        let box = Box()
        var player = ReplayPlayer(renderer: renderer, columns: columns, write: { box.screen.writes.append($0) })
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

    @Test func noticesAreShownAboveTheFirstPageOnly() throws {
        let (_, writes, _) = try play(ScriptedKeySource(typing: " q"), notices: ["camille.jsonl:4: bad line; line skipped"])
        #expect(writes[0].hasPrefix(ReplayPlayer.clearScreen + "camille.jsonl:4: bad line; line skipped\n\n1/2 · "))
        #expect(!writes[1].contains("camille.jsonl"))
    }

    @Test func printingEverythingShowsEveryPageInOrderWithoutPauseOrScreenControl() throws {
        let script = try ReplayConsoleFixtures.script([("Camille", ReplayConsoleFixtures.camille())])
        let renderer = ReplayRenderer(script: script, scenario: nil, style: .plain, width: 80, showScores: false)
        var output = ""
        var player = ReplayPlayer(renderer: renderer, columns: { 80 }, write: { output += $0 })
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
        var player = ReplayPlayer(renderer: renderer, columns: { 80 }, write: { output += $0 })
        player.printAll()
        #expect(output == "The corner shop · Sam\n\nNo step in this transcript: nothing to replay.\n\nThe transcript stops here, with no end recorded.\n")
        var keys = ScriptedKeySource(typing: " ")
        var interactive = ReplayPlayer(renderer: renderer, columns: { 80 }, write: { output = $0 })
        interactive.present(keys: &keys, autoDelay: nil)
        #expect(output.hasPrefix("The corner shop · Sam"))
        #expect(keys.timeoutsAsked.isEmpty, "no key is waited for")
    }
}
