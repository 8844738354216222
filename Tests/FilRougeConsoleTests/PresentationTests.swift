import Testing
import FilRougeCore
@testable import FilRougeConsole

struct TextWrapperTests {
    @Test func wrapsAtSpacesWithinTheWidth() {
        let text = "one two three four five six seven eight nine ten"
        let wrapped = TextWrapper.wrap(text, width: 15, indent: "  ")
        #expect(wrapped == "one two three\n  four five six\n  seven eight\n  nine ten")
        #expect(wrapped.split(separator: "\n").allSatisfy { $0.count <= 15 })
    }

    @Test func keepsParagraphsIndentationAndAlignment() {
        #expect(TextWrapper.wrap("  a  b\n\nc", width: 40) == "  a  b\n\nc")
    }

    @Test func colourSequencesTakeNoRoom() {
        let red = "\u{1B}[31mrouge\u{1B}[0m"
        #expect(TextWrapper.visibleWidth(red[...]) == 5)
        #expect(TextWrapper.wrap("\(red) \(red) \(red)", width: 12) == "\(red) \(red)\n\(red)")
    }

    @Test func neverBreaksInsideAWordOrAtANonBreakingSpace() {
        #expect(TextWrapper.wrap("incomprehensibilities x", width: 10) == "incomprehensibilities\nx")
        #expect(TextWrapper.wrap("aaaa à\u{00A0}creuser", width: 12) == "aaaa\nà\u{00A0}creuser")
    }

    @Test func aLineWiderThanTheScreenIsCutIntoTheRowsTheTerminalWouldShow() {
        #expect(TextWrapper.screenRows(of: "incomprehensibilities", width: 10) == ["incomprehe", "nsibilitie", "s"])
        #expect(TextWrapper.screenRows(of: "exactly10!", width: 10) == ["exactly10!"])
        #expect(TextWrapper.screenRows(of: "", width: 10) == [""])
        // Colour sequences take no room and stay whole; an accent's combining mark stays with its letter.
        let red = "\u{1B}[31mrouge\u{1B}[0m"
        #expect(TextWrapper.screenRows(of: red + red, width: 5) == [red + "\u{1B}[31m", "rouge\u{1B}[0m"])
        #expect(TextWrapper.screenRows(of: "abce\u{0301}f", width: 4) == ["abce\u{0301}", "f"])
    }
}

struct ColourPolicyTests {
    @Test func colourOnlyOnATerminalWithoutNoColorOrDumbTerm() {
        #expect(ColourPolicy.allowsColour(outputIsTerminal: true, environment: ["TERM": "xterm-256color"]))
        #expect(!ColourPolicy.allowsColour(outputIsTerminal: false, environment: [:]))
        #expect(!ColourPolicy.allowsColour(outputIsTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(ColourPolicy.allowsColour(outputIsTerminal: true, environment: ["NO_COLOR": ""]))
        #expect(!ColourPolicy.allowsColour(outputIsTerminal: true, environment: ["TERM": "dumb"]))
    }

    @Test func plainStyleAddsNothing() {
        #expect(Style.plain.apply(.question, "Pourquoi ?") == "Pourquoi ?")
        #expect(Style(colour: true).apply(.question, "Pourquoi ?") == "\u{1B}[1mPourquoi ?\u{1B}[0m")
    }
}

struct ReplCommandTests {
    @Test(arguments: [
        ("/help", ReplCommand.Parsed.command(.help)),
        ("/aide", .command(.help)),
        ("  /INDICE ", .command(.hint)),
        ("/répéter", .command(.repeatQuestion)),
        ("/repeter", .command(.repeatQuestion)),
        ("/quitter", .command(.quit)),
        ("/score", .command(.score)),
        ("/coach", .command(.coach)),
        ("/frobnicate", .unknown("/frobnicate")),
        ("/ je pense que non", .reply),
        ("Bonjour", .reply),
    ])
    func parsesCommandsAndReplies(line: String, expected: ReplCommand.Parsed) {
        #expect(ReplCommand.parse(line) == expected)
    }

    @Test func everyNameIsCompletable() {
        #expect(ReplCommand.allNames.contains("/quitter"))
        #expect(Set(ReplCommand.allNames).count == ReplCommand.allNames.count)
    }
}

struct StandardPathsTests {
    @Test func followsXDGAndFallsBackToHome() {
        let xdg = StandardPaths(environment: ["XDG_STATE_HOME": "/s", "XDG_DATA_HOME": "/d", "HOME": "/h"])
        #expect(xdg.historyFile.path == "/s/filrouge/history")
        #expect(xdg.transcriptsDirectory.path == "/d/filrouge/transcripts")
        let home = StandardPaths(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"])
        #expect(home.historyFile.path == "/h/.local/state/filrouge/history")
        #expect(home.transcriptsDirectory.path == "/h/.local/share/filrouge/transcripts")
    }
}

struct CoachNoteTests {
    static let source = """
        id: n
        title: N
        language: en
        version: "1"
        persona: { name: Sam }
        steps:
          - id: price
            question: "How do I compete?"
            rubric:
              - { concept: advice, label: "sell advice", keywords: [advice] }
              - { concept: site, label: "a website", keywords: [website] }
              - { concept: proximity, label: "stay close", keywords: [close] }
              - concept: lower-prices
                label: "lowering prices"
                weight: -1
                match: { near: [lower, price], within: 3 }
                feedback: "A price war is lost in advance."
            reactions: { good: "a", partial: "b", missed: "c" }
        endings:
          - id: bye
            says: "."
        """

    @Test func showsWordsNegationsMisconceptionsAndWhatIsMissing() throws {
        let scenario = try #require(ScenarioLoader.load(Self.source, file: "n.yaml").scenario)
        let evaluation = try #require(RubricEvaluator(scenario: scenario).evaluate("Give advices, no website, and lower your prices", step: "price"))
        let renderer = ConversationRenderer(scenario: scenario, style: .plain, width: 300, echoReplies: false)
        #expect(renderer.coachNote(evaluation, step: "price") == "Coach\u{00A0}· missed 0% — good from 70%, partial from 40%; less a misconception: “lowering prices”  ✓\u{00A0}met: sell advice\u{00A0}“advices”  ⊘\u{00A0}negated: a website\u{00A0}“website”  ⚠\u{00A0}careful: lowering prices\u{00A0}“lower\u{00A0}prices” — A price war is lost in advance.  ✗\u{00A0}missing: stay close")
    }

    @Test func theSummaryShowsMisconceptionsApart() throws {
        let scenario = try #require(ScenarioLoader.load(Self.source, file: "n.yaml").scenario)
        var engine = DialogueEngine(scenario: scenario, seed: 1)
        _ = engine.start()
        let events = engine.submit("advice, and lower your prices")
        guard case .finished(let finished)? = events.last else {
            Issue.record("the conversation did not end")
            return
        }
        let summary = ConversationRenderer(scenario: scenario, style: .plain, width: 200, echoReplies: false).summary(finished)
        #expect(summary.contains("  price    0%  missed    (by weight, lowered by a misconception)  ✓ sell advice  ⚠ lowering prices  ✗ a website, stay close"))
    }
}
