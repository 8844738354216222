import Testing
@testable import FilRougeCore

/// Choices files: how they are read, which replies they name, and what they change in DigestFixtures'
/// digest (step `ask`: Camille 100%, Dominique 50%, Eve 50% shown; the unnamed learner's reply,
/// in the file `unnamed-file`, scored 0 and is not).
struct ReplyChoicesTests {
    static func load(_ text: String) -> ReplyChoicesLoadResult {
        ReplyChoicesLoader.load(text, file: "choices.yaml")
    }

    static func rendered(_ text: String) -> [String] {
        let renderer = DiagnosticRenderer(source: text)
        return load(text).diagnostics.map { renderer.render($0).split(separator: "\n").first.map(String.init) ?? "" }
    }

    static func digest(_ text: String, bestReplies: Int = 3) throws -> (digest: Digest, warnings: [String]) {
        let choices = try #require(load(text).choices)
        var builder = DigestBuilder(scenario: DigestFixtures.scenario, reference: DigestFixtures.reference)
        for (record, name) in zip(DigestFixtures.records, ["camille", "dominique", "unnamed-file", "eve"]) {
            builder.add(record, fallbackName: name)
        }
        let renderer = DiagnosticRenderer(source: text)
        return (builder.digest(bestReplies: bestReplies, choices: choices), builder.warnings(about: choices).map { renderer.render($0).split(separator: "\n").first.map(String.init) ?? "" })
    }

    @Test func readsPinsThenHidesWithWhereEachIsWritten() throws {
        let text = """
            # Before the session on Monday
            hide:
              - { learner: Dominique, step: ask }
            pin:
              - learner: Eve
                step: last
              - file: group-a/unnamed-file.jsonl
                step: ask
                words: apples
            """
        let choices = try #require(Self.load(text).choices)
        #expect(choices.choices.map(\.action) == [.pin, .pin, .hide])
        #expect(choices.choices.map(\.step) == ["last", "ask", "ask"])
        #expect(choices.choices.map(\.learner) == ["Eve", nil, "Dominique"])
        #expect(choices.choices.map(\.file) == [nil, "group-a/unnamed-file.jsonl", nil])
        #expect(choices.choices.map(\.words) == [nil, "apples", nil])
        #expect(choices.choices.map { "\($0.location.line):\($0.location.column)" } == ["5:5", "7:5", "3:5"])
        #expect(Self.load(text).diagnostics.isEmpty)
    }

    @Test func reportsEveryMistakeWhereItIs() {
        let text = """
            pin:
              - learner: Eve
              - lerner: Eve
                step: ask
              - step: ask
              - learner: [Eve, Camille]
                step: ask
            hidden:
              - learner: Eve
            """
        #expect(Self.rendered(text) == [
            "choices.yaml:2:5: error: choice 1 of 'pin' has no 'step' [missing-key]",
            "choices.yaml:3:5: error: unknown key 'lerner' in choice 2 of 'pin'; did you mean 'learner'? [unknown-key]",
            "choices.yaml:3:5: error: choice 2 of 'pin' names no reply: give the 'learner' or the 'file' (or both) with the 'step' [missing-key]",
            "choices.yaml:5:5: error: choice 3 of 'pin' names no reply: give the 'learner' or the 'file' (or both) with the 'step' [missing-key]",
            "choices.yaml:6:14: error: 'learner' must be a text, not a list [wrong-type]",
            "choices.yaml:8:1: error: unknown key 'hidden' in a choices file; did you mean 'hide'? [unknown-key]",
        ])
        #expect(Self.load(text).choices == nil)
    }

    @Test func reportsYAMLSyntaxAndAnEmptyFile() {
        #expect(Self.rendered("pin:\n  - learner: \"Eve\n    step: ask\n") .first?.hasPrefix("choices.yaml:") == true)
        #expect(Self.rendered("pin:\n  - learner: \"Eve\n    step: ask\n").first?.hasSuffix("[yaml-syntax]") == true)
        #expect(Self.rendered("# nothing yet\n") == ["choices.yaml:1:1: error: the file is empty: a choices file has a 'pin' list, a 'hide' list, or both [empty-file]"])
        #expect(Self.rendered("- learner: Eve\n") == ["choices.yaml:1:1: error: a choices file must be a mapping of keys to values, not a list [wrong-type]"])
    }

    @Test func namesALearnerWithoutCaseOrAccentsAndAFileWithoutFoldersOrExtension() throws {
        let answer = try #require(try Self.digest("pin: []\n").digest.steps.first?.bestReplies.first)
        #expect(answer.learner == .named("Camille"))
        let camille = StepAnswer(
            order: 0, learner: .named("Camille"), source: AnswerSource(shownName: "Camille Émery", fileStem: "camille"),
            replies: [Reply(step: "ask", attempt: 1, text: "Apples, and pears!")], evaluation: ReplyEvaluation(score: 1, band: .good, criteria: [])
        )
        func choice(learner: String? = nil, file: String? = nil, words: String? = nil) -> ReplyChoice {
            ReplyChoice(action: .pin, step: "ask", learner: learner, file: file, words: words, location: SourceLocation(file: "c", line: 1, column: 1))
        }
        #expect(choice(learner: " camille EMERY ").matches(camille))
        #expect(!choice(learner: "Camille").matches(camille))
        #expect(choice(file: "group-a/camille.jsonl").matches(camille))
        #expect(choice(file: "camille").matches(camille))
        #expect(!choice(file: "camille-2.jsonl").matches(camille))
        #expect(choice(learner: "Camille Emery", words: "PEARS apples").matches(camille))
        #expect(!choice(learner: "Camille Emery", words: "cherries").matches(camille))
        #expect(choice(file: "camille", words: "apples").matches(camille))
    }

    @Test func aPinnedReplyComesFirstWhateverItsGrade() throws {
        // The unnamed learner's reply scored 0: never shown but pinned, then first.
        let (digest, warnings) = try Self.digest("pin:\n  - { file: unnamed-file.jsonl, step: ask }\n")
        let best = try #require(digest.steps.first?.bestReplies)
        #expect(best.map(\.learner) == [.named("unnamed-file"), .named("Camille"), .named("Dominique")])
        #expect(best.map(\.pinned) == [true, false, false])
        #expect(warnings.isEmpty)
        #expect(DigestMarkdown.render(digest).contains("**unnamed-file** · missed 0% · *chosen by the facilitator*\n\n> I don't like *apples*"))
        #expect(DigestHTML.render(digest).contains("<figure class=\"reply pinned\">\n<figcaption><strong>unnamed-file</strong> · missed 0% · <span class=\"pinned-label\">chosen by the facilitator</span></figcaption>"))
    }

    @Test func pinsKeepTheOrderOfTheFileAndAreShownBeyondTheNumberAsked() throws {
        let (digest, _) = try Self.digest("pin:\n  - { learner: eve, step: ask }\n  - { learner: dominique, step: ask }\n", bestReplies: 1)
        #expect(digest.steps.first?.bestReplies.map(\.learner) == [.named("Eve"), .named("Dominique")])
    }

    @Test func aHiddenReplyIsNeverShown() throws {
        let (digest, warnings) = try Self.digest("hide:\n  - { learner: Camille, step: ask }\n")
        #expect(digest.steps.first?.bestReplies.map(\.learner) == [.named("Dominique"), .named("Eve")])
        // Hidden from the best replies only: the figures still count Camille.
        #expect(digest.steps.first?.bandCounts[.good] == 1)
        #expect(warnings.isEmpty)
    }

    @Test func warnsOfAnUnknownStepAndOfAChoiceThatNamesNoReply() throws {
        let text = """
            pin:
              - { learner: Camille, step: asc }
              - { learner: Camille, step: side }
              - { learner: Camille, step: ask, words: cherries }
              - { learner: Eve, step: ask }
            hide:
              - { file: eve, step: ask }
            """
        let (digest, warnings) = try Self.digest(text)
        #expect(warnings == [
            "choices.yaml:2:5: warning: 'step' names 'asc', which is not a step of routes; did you mean 'ask'?; this choice is left out [unknown-choice-step]",
            "choices.yaml:3:5: warning: no reply to step 'side' matches this choice (learner 'Camille'); it is left out [choice-without-reply]",
            "choices.yaml:4:5: warning: no reply to step 'ask' matches this choice (learner 'Camille', words 'cherries'); it is left out [choice-without-reply]",
            "choices.yaml:5:5: warning: a reply this choice pins (learner 'Eve') is hidden too, so it is not shown [choice-without-reply]",
        ])
        #expect(digest.steps.first?.bestReplies.map(\.learner) == [.named("Camille"), .named("Dominique")])
    }

    /// One file for several florilèges (`--each-scenario`): a choice is wrong only when it is wrong
    /// for all of them. Here a second builder of the same scenario holds Eve alone.
    @Test func withSeveralFlorilegesAChoiceIsWarnedAboutOnlyWhenNoneHasItsStepOrReply() throws {
        let text = """
            pin:
              - { learner: Camille, step: ask }
              - { learner: Eve, step: ask }
              - { learner: Zoé, step: ask }
              - { learner: Eve, step: asc }
            """
        let choices = try #require(Self.load(text).choices)
        var everyone = DigestBuilder(scenario: DigestFixtures.scenario, reference: DigestFixtures.reference)
        for (record, name) in zip(DigestFixtures.records, ["camille", "dominique", "unnamed-file", "eve"]) {
            everyone.add(record, fallbackName: name)
        }
        var eveAlone = DigestBuilder(scenario: DigestFixtures.scenario, reference: DigestFixtures.reference)
        eveAlone.add(ConversationRecord(text: DigestFixtures.eve), fallbackName: "eve")
        let renderer = DiagnosticRenderer(source: text)
        let warnings = ReplyChoiceWarnings.of(choices, in: [eveAlone, everyone]).map { renderer.render($0).split(separator: "\n").first.map(String.init) ?? "" }
        // Camille is in one of the two: no warning; the step is named once, by its scenario's id.
        #expect(warnings == [
            "choices.yaml:4:5: warning: no reply to step 'ask' matches this choice (learner 'Zoé'); it is left out [choice-without-reply]",
            "choices.yaml:5:5: warning: 'step' names 'asc', which is not a step of routes; did you mean 'ask'?; this choice is left out [unknown-choice-step]",
        ])
        // Eve's builder alone does not have Camille.
        #expect(eveAlone.warnings(about: choices).count == 3)
    }
}
