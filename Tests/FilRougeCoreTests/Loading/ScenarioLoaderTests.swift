import Testing
@testable import FilRougeCore

struct ScenarioLoaderTests {
    static let minimal = """
        id: mini
        title: Mini
        language: en
        version: "1"
        persona: { name: Sam }
        steps:
          - id: one
            question: "Why?"
            rubric:
              - concept: reason
                keywords: [rain]
            reactions: { good: "Right.", partial: "Hm.", missed: "No." }
            examples:
              - { reply: "Because it rains.", band: good }
        endings:
          - id: bye
            says: "Bye."
        """

    @Test func loadsAMinimalScenarioWithDefaults() throws {
        let result = ScenarioLoader.load(Self.minimal, file: "mini.yaml")
        #expect(result.diagnostics.isEmpty)
        let scenario = try #require(result.scenario)
        #expect(scenario.id == "mini")
        #expect(scenario.language == .en)
        #expect(scenario.startStepID == "one")
        #expect(scenario.bands == .standard)
        #expect(scenario.steps[0].rubric[0].label == "reason")
        #expect(scenario.steps[0].rubric[0].weight == 1)
        #expect(scenario.steps[0].reactions[.partial] == ["Hm."])
        #expect(scenario.steps[0].location == SourceLocation(file: "mini.yaml", line: 7, column: 9))
    }

    @Test func anEmptyFileIsOneError() {
        for text in ["", "\n\n", "# only a comment\n"] {
            let result = ScenarioLoader.load(text, file: "empty.yaml")
            #expect(result.scenario == nil)
            #expect(result.diagnostics.count == 1)
            #expect(result.diagnostics.first?.message.hasPrefix("the file is empty") == true)
        }
    }

    @Test func suggestsTheKeyThatWasMeant() {
        let text = Self.minimal.replacingOccurrences(of: "title: Mini", with: "titel: Mini")
        let messages = ScenarioLoader.load(text, file: "f.yaml").diagnostics.map(\.message)
        #expect(messages.contains("unknown key 'titel' in the scenario; did you mean 'title'?"))
        #expect(messages.contains("the scenario has no 'title'"))
    }

    @Test func resolvesRouteTargetsToStepsEndingsAndEnd() throws {
        let text = Self.minimal.replacingOccurrences(of: "    reactions: { good: \"Right.\", partial: \"Hm.\", missed: \"No.\" }", with: """
                reactions: { good: "Right.", partial: "Hm.", missed: "No." }
                routes:
                  - when: { band: good }
                    goto: bye
                  - when: { band: partial }
                    goto: one
                  - goto: end
            """)
        let scenario = try #require(ScenarioLoader.load(text, file: "f.yaml").scenario)
        #expect(scenario.steps[0].routes.map(\.target) == [.ending("bye"), .step("one"), .end])
    }

    @Test func readsConditionsAndCounters() throws {
        let text = Self.minimal
            .replacingOccurrences(of: "persona: { name: Sam }", with: "persona: { name: Sam }\ncounters: { trust: 2 }")
            .replacingOccurrences(of: "    reactions: { good: \"Right.\", partial: \"Hm.\", missed: \"No.\" }", with: """
                reactions: { good: "Right.", partial: "Hm.", missed: "No." }
                counters: { missed: { trust: -1 } }
                routes:
                  - when: { band: [good, partial], met: [reason], score: { min: 0.5 }, counters: { trust: { min: 1, max: 3 } } }
                    goto: end
            """)
        let scenario = try #require(ScenarioLoader.load(text, file: "f.yaml").scenario)
        #expect(scenario.counters == [CounterDeclaration(name: "trust", initial: 2)])
        #expect(scenario.steps[0].counterChanges == [.missed: ["trust": -1]])
        let condition = try #require(scenario.steps[0].routes[0].condition)
        #expect(condition.bands == [.good, .partial])
        #expect(condition.met == ["reason"])
        #expect(condition.score == Condition.Bounds(min: 0.5))
        #expect(condition.counters["trust"] == Condition.Bounds(min: 1, max: 3))
        #expect(condition.summary == "band good|partial, met [reason], score >= 0.5, trust in 1...3")
    }

    @Test func warnsAboutVeryShortPrefixes() {
        let text = Self.minimal.replacingOccurrences(of: "keywords: [rain]", with: "keywords: [rain, \"ca*\"]")
        let result = ScenarioLoader.load(text, file: "f.yaml")
        #expect(result.scenario != nil)
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(result.diagnostics.first?.location == SourceLocation(file: "f.yaml", line: 11, column: 26))
    }

    @Test func trimsTheLineBreakThatEndsBlockText() throws {
        let text = Self.minimal.replacingOccurrences(of: "question: \"Why?\"", with: "question: |\n      Why?\n")
        #expect(try #require(ScenarioLoader.load(text, file: "f.yaml").scenario).steps[0].question == "Why?")
    }
}

struct ScenarioAnalysisTests {
    @Test func anEmptyKeywordListIsAnError() {
        let text = ScenarioLoaderTests.minimal.replacingOccurrences(of: "keywords: [rain]", with: "keywords: []")
        let result = ScenarioLoader.load(text, file: "f.yaml")
        #expect(result.scenario == nil)
        #expect(result.diagnostics.map(\.code) == [.emptyValue])
    }

    @Test func aStepReachedOnlyAfterAnAlwaysTakenRouteIsUnreachable() {
        let text = ScenarioLoaderTests.minimal.replacingOccurrences(of: "      - { reply: \"Because it rains.\", band: good }\n", with: """
                  - { reply: "Because it rains.", band: good }
                routes:
                  - goto: bye
                  - goto: two
              - id: two
                question: "And?"
                rubric: [{ concept: more, keywords: [more detail] }]
                reactions: { good: "Yes.", partial: "Hm.", missed: "No." }
                examples: [{ reply: "more detail", band: good }]

            """)
        let codes = ScenarioLoader.load(text, file: "f.yaml").diagnostics.map(\.code)
        #expect(codes == [.routeNeverTaken, .unreachableStep])
    }
}
