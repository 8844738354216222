import Testing
import FilRougeCore
@testable import FilRougeConsole

struct ReplayRendererTests {
    func renderer(_ learners: [(String, String)], scenario: Scenario? = nil, scores: Bool, style: Style = .plain, regrade: (Scenario, String)? = nil) throws -> ReplayRenderer {
        let script = try ReplayConsoleFixtures.script(learners.map { (label: $0.0, text: $0.1) }, regrade: regrade)
        return ReplayRenderer(script: script, scenario: scenario, style: style, width: 80, showScores: scores)
    }

    @Test func showsTheConversationTurnByTurnWithoutTheGrades() throws {
        let replay = try renderer([("Camille", ReplayConsoleFixtures.camille())], scenario: ReplayConsoleFixtures.scenario, scores: false)
        #expect(replay.page(0) == """
            1/2 · The corner shop · Camille
            Step 1 · online

            You meet Mrs Penny at her counter.

            Mrs Penny: Customers keep asking.

            Mrs Penny: Should I sell online?

            Hint: Think of the web.

            Camille: Not a website, give a discount

            Mrs Penny (follow-up): How would that work?

            Camille: A web shop and reviews

            Mrs Penny: Maybe.
            """)
        #expect(replay.page(1) == """
            2/2 · The corner shop · Camille
            Step 2 · social

            Mrs Penny: And social media?

            Camille: Post photos

            Mrs Penny: Nice.

            Mrs Penny: Thanks!

            The conversation reached its end (ending “done”).
            """)
    }

    @Test func scoresShowTheCoachNoteAndMarkTheWordsInTheReply() throws {
        let replay = try renderer([("Camille", ReplayConsoleFixtures.camille())], scenario: ReplayConsoleFixtures.scenario, scores: true)
        // The coach's note keeps its words together with no-break spaces; they are plain spaces here.
        let page = replay.page(0).replacingOccurrences(of: "\u{00A0}", with: " ")
        #expect(page.contains("""
            Camille: Not a [website]⊘, give a [discount]⚠
            Coach · missed 0% — a misconception alone  ✓ met: nothing yet  ⊘ negated: a web
                shop “website”  ⚠ careful: cutting prices “discount” — A price war is lost
                in advance.  ✗ missing: customer reviews
            """))
        #expect(page.contains("Camille: A [web shop] and [reviews]\n"))
        #expect(replay.page(1).hasSuffix("The conversation reached its end (ending “done”).\nTotal: 75% (good)"))
    }

    @Test func onATerminalTheMarkedWordsAreColouredInsteadOfBracketed() throws {
        let replay = try renderer([("Camille", ReplayConsoleFixtures.camille())], scores: true, style: Style(colour: true))
        let page = replay.page(0)
        #expect(page.contains("A \u{1B}[32m\u{1B}[4mweb\u{1B}[0m\u{1B}[0m \u{1B}[32m\u{1B}[4mshop\u{1B}[0m\u{1B}[0m and"))
        #expect(!page.contains("[web shop]"))
    }

    @Test func withoutAScenarioTheFriendHasAGenericName() throws {
        let replay = try renderer([("Camille", ReplayConsoleFixtures.camille())], scores: false)
        #expect(replay.friendName == "Friend")
        #expect(replay.page(1).contains("Friend: And social media?"))
        // Nothing gives the step's number in the scenario: only its id names it.
        #expect(replay.page(1).hasPrefix("2/2 · The corner shop · Camille\nStep social\n\n"))
    }

    @Test func severalLearnersShareEachStepsPage() throws {
        let replay = try renderer([("Camille", ReplayConsoleFixtures.camille()), ("Léa", ReplayConsoleFixtures.lea())], scenario: ReplayConsoleFixtures.scenario, scores: false)
        let first = replay.page(0)
        #expect(first.hasPrefix("1/2 · The corner shop · Camille, Léa\nStep 1 · online\n\n"))
        #expect(first.components(separatedBy: "Should I sell online?").count == 2, "the question is shown once")
        #expect(first.contains("── Camille ──"))
        #expect(first.contains("── Léa ──\n\nLéa: A website with reviews\n\nMrs Penny: Lovely!"))
        let second = replay.page(1)
        #expect(second.contains("── Léa ──\n\nLéa: (no reply)"))
        #expect(second.hasSuffix("""
            Camille: The conversation reached its end (ending “done”).

            Léa: The conversation ended before its close.
            """))
    }

    @Test func aLearnerWhoDidNotReachAStepIsSaidSo() throws {
        let short = try ReplayConsoleFixtures.transcript(learner: "Sam") { engine in engine.start() + engine.quit() }
        let replay = try renderer([("Sam", short), ("Camille", ReplayConsoleFixtures.camille())], scores: false)
        #expect(replay.page(0).contains("Sam: (no reply)"))
        #expect(replay.page(1).contains("── Sam ──\n\nSam: (did not reach this step)"))
    }

    @Test func theRegradeSaysWhatWouldChangeTurnByTurn() throws {
        let source = ReplayConsoleFixtures.source
            .replacingOccurrences(of: "keywords: [photos]", with: "keywords: [pictures]")
            .replacingOccurrences(of: "version: \"2\"", with: "version: \"3\"")
        let scenario = try #require(ScenarioLoader.load(source, file: "shop.yaml").scenario)
        let replay = try renderer([("Camille", ReplayConsoleFixtures.camille())], scenario: scenario, scores: false, regrade: (scenario, source))
        #expect(replay.page(0).contains("Regrade: the scenario changed since the conversation (version 2 → 3).\n"))
        #expect(replay.page(0).contains("Regrade: partial 50% (unchanged) · next: social (unchanged)"))
        #expect(replay.page(1).contains("""
            Regrade: good 100% → missed 0% · next: end (unchanged)
              − lost: photos
            """))
        // The total was the mean of 50% and 100%; it would now be the mean of 50% and 0%.
        #expect(replay.page(1).hasSuffix("""
            The conversation reached its end (ending “done”).
            Regrade: 1 of 2 steps would change band or route.
            Regrade: total good 75% → missed 25% · ending: done (unchanged)
            """))
    }

    @Test func theRegradeWithTheSameTextSaysSo() throws {
        let scenario = try ReplayConsoleFixtures.scenario
        let replay = try renderer([("Camille", ReplayConsoleFixtures.camille())], scenario: scenario, scores: false, regrade: (scenario, ReplayConsoleFixtures.source))
        #expect(replay.page(0).contains("Regrade: the scenario is the one played, to the letter."))
        #expect(replay.page(1).hasSuffix("Regrade: 0 of 2 steps would change band or route.\nRegrade: total good 75% (unchanged) · ending: done (unchanged)"))
    }

    @Test func whatTheTranscriptSaysIsMadeSafeForTheTerminal() throws {
        let text = try ReplayConsoleFixtures.transcript(learner: "Cam\u{1B}]0;owned\u{07}ille") { engine in
            engine.start() + engine.submit("a website\u{1B}[2J with \u{9B}31mreviews")
        }
        let record = ConversationRecord(text: text)
        let script = ReplayScript(learners: [ReplayLearner(label: record.header?.learner ?? "", record: record)])
        for scores in [false, true] {
            let page = ReplayRenderer(script: script, scenario: nil, style: .plain, width: 80, showScores: scores).page(0)
            #expect(!page.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" || $0 == "\u{07}" })
            #expect(page.contains("Camille: a "))
        }
        let marked = ReplayRenderer(script: script, scenario: nil, style: .plain, width: 80, showScores: true).page(0)
        // The escape sequence glued `31m` to `reviews`, which the grade did not read as the keyword either.
        #expect(marked.contains("Camille: a [website] with reviews"))
    }

    @Test func wrapsToTheWidthItIsGiven() throws {
        var replay = try renderer([("Camille", ReplayConsoleFixtures.camille())], scenario: ReplayConsoleFixtures.scenario, scores: true)
        replay.width = 30
        let lines = replay.page(0).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 30 || !$0.contains(" ") })
        #expect(lines.contains("Coach\u{00A0}· missed 0% — a"))
    }

    /// A good first reply goes straight to the third step: the page in second position is the
    /// scenario's step 3, as the florilège numbers it.
    @Test func theStepUnderTheHeadingIsNumberedAsInTheScenarioNotByItsPlaceInTheReplay() throws {
        let source = """
            id: skip
            title: Skips
            language: en
            version: "1"
            persona: { name: Sam }
            steps:
              - id: first
                question: "One?"
                rubric: [{ concept: one, keywords: [one] }]
                reactions: { good: "Yes.", partial: "Hm.", missed: "No." }
                routes:
                  - when: { band: [good] }
                    goto: third
              - id: second
                question: "Two?"
                rubric: [{ concept: two, keywords: [two] }]
                reactions: { good: "Yes.", partial: "Hm.", missed: "No." }
              - id: third
                question: "Three?"
                rubric: [{ concept: three, keywords: [three] }]
                reactions: { good: "Yes.", partial: "Hm.", missed: "No." }
            endings:
              - id: done
                says: "Bye."
            """
        let scenario = try #require(ScenarioLoader.load(source, file: "skip.yaml").scenario)
        let text = try ReplayConsoleFixtures.transcript(learner: "Camille", source: source) { engine in
            engine.start() + engine.submit("one") + engine.submit("three")
        }
        let replay = try renderer([("Camille", text)], scenario: scenario, scores: false)
        #expect(replay.page(0).hasPrefix("1/2 · Skips · Camille\nStep 1 · first\n\n"))
        #expect(replay.page(1).hasPrefix("2/2 · Skips · Camille\nStep 3 · third\n\nSam: Three?"))
    }

    @Test func notesAnswerTheKeysThatCannotBeObeyed() throws {
        let replay = try renderer([("Camille", ReplayConsoleFixtures.camille())], scores: false)
        #expect(replay.notice(.atStart) == "This is the first step.")
        #expect(replay.notice(.atEnd) == "This is the last step: b to go back, q to quit.")
        #expect(replay.notice(.noSuchPosition(9)) == "No step 9: from 1 to 2.")
        #expect(replay.typing("12") == "Go to step: 12")
        #expect(replay.notice(.topOfPage) == "This is the top of the page.")
        #expect(replay.notice(.bottomOfPage) == "This is the bottom of the page: Enter for the next step.")
    }

    @Test func onTheScreenAPageComesInItsPartsOneRowALine() throws {
        let replay = try renderer([("Camille", ReplayConsoleFixtures.camille()), ("Léa", ReplayConsoleFixtures.lea())], scenario: ReplayConsoleFixtures.scenario, scores: false)
        let first = replay.screenLines(0, notices: ["lea.jsonl:3: bad line; line skipped"])
        #expect(first.heading == ["1/2 · The corner shop · Camille, Léa", "Step 1 · online"])
        #expect(first.lead == ["lea.jsonl:3: bad line; line skipped", "", "You meet Mrs Penny at her counter.", "", "Mrs Penny: Customers keep asking."])
        #expect(first.question == ["Mrs Penny: Should I sell online?"])
        #expect(first.body.prefix(3) == ["── Camille ──", "", "Hint: Think of the web."])
        #expect(first.body.suffix(3) == ["Léa: A website with reviews", "", "Mrs Penny: Lovely!"])
        let second = replay.screenLines(1)
        #expect(second.lead.isEmpty)
        #expect(second.question == ["Mrs Penny: And social media?"])
    }

    @Test func aWordWiderThanTheScreenTakesAsManyRowsAsTheTerminalGivesIt() throws {
        let text = try ReplayConsoleFixtures.transcript(learner: "Camille") { engine in
            engine.start() + engine.submit("See https://example.org/a-very-long-address-that-no-space-breaks")
        }
        var replay = try renderer([("Camille", text)], scores: false)
        replay.width = 30
        let body = replay.screenLines(0).body
        #expect(body.prefix(3) == ["Camille: See", "  https://example.org/a-very-l", "ong-address-that-no-space-brea"])
        #expect(body.allSatisfy { $0.count <= 30 })
    }

    @Test func theInterfaceSpeaksTheScenariosLanguage() throws {
        let french = ReplayConsoleFixtures.source.replacingOccurrences(of: "language: en", with: "language: fr")
        let text = try ReplayConsoleFixtures.transcript(learner: "Camille", source: french) { engine in
            engine.start() + engine.submit("website")
        }
        let replay = try renderer([("Camille", text)], scores: false)
        #expect(replay.friendName == "L’ami·e")
        #expect(replay.page(0).hasPrefix("1/1 · The corner shop · Camille\nÉtape online\n\n"))
        #expect(replay.page(0).contains("Camille\u{00A0}: website"))
        #expect(replay.notice(.noSuchPosition(4)) == "Pas d’étape 4\u{00A0}: de 1 à 1.")
        #expect(replay.page(0).hasSuffix("La transcription s’arrête ici, sans fin enregistrée."))
    }
}
