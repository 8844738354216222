import Testing
@testable import FilRougeCore

/// Numbers a scenario file may hold that no trainer would write, but that must never crash the
/// program: found by fuzzing the loader (fuzz/targets/scenario-loader.swift).
struct ExtremeNumberTests {
    static func scenario(counterStart: String, change: String, weight: String = "1") throws -> Scenario {
        let source = """
            id: extreme
            title: Extreme
            language: en
            version: "1"
            persona: { name: Sam }
            counters: { trust: \(counterStart) }
            steps:
              - id: ask
                question: "Why?"
                rubric:
                  - { concept: reason, keywords: [because], weight: \(weight) }
                reactions: { good: "Right.", partial: "Hm.", missed: "No." }
                counters: { good: { trust: \(change) } }
                examples:
                  - { reply: "Because.", band: good }
            endings:
              - id: bye
                says: "Bye."
            """
        let result = ScenarioLoader.load(source, file: "extreme.yaml")
        return try #require(result.scenario, "\(result.diagnostics)")
    }

    @Test func aCounterPushedPastTheLargestWholeNumberStaysThere() throws {
        var engine = DialogueEngine(scenario: try Self.scenario(counterStart: "\(Int.max - 1)", change: "5"), seed: 1)
        _ = engine.start()
        let events = engine.submit("because")
        #expect(engine.counters["trust"] == Int.max)
        #expect(events.contains(.countersChanged(CountersChanged(step: "ask", changes: ["trust": 5], values: ["trust": Int.max]))))
    }

    @Test func aCounterPushedPastTheSmallestWholeNumberStaysThere() throws {
        var engine = DialogueEngine(scenario: try Self.scenario(counterStart: "-5", change: "\(Int.min)"), seed: 1)
        _ = engine.start()
        _ = engine.submit("because")
        #expect(engine.counters["trust"] == Int.min)
    }

    @Test func countersAddAsUsualWithinRange() {
        #expect(DialogueEngine.saturatingSum(3, -5) == -2)
        #expect(DialogueEngine.saturatingSum(Int.max, -1) == Int.max - 1)
        #expect(DialogueEngine.saturatingSum(Int.min, 1) == Int.min + 1)
    }

    @Test func anExplanationShowsAWeightTooLargeForAWholeNumber() throws {
        let scenario = try Self.scenario(counterStart: "0", change: "1", weight: "1e300")
        let explanation = GradeExplanation(scenario: scenario, step: "ask", reply: "because").text
        #expect(explanation.contains("MET reason (weight 1e+300)"))
        let ordinary = try Self.scenario(counterStart: "0", change: "1", weight: "2")
        #expect(GradeExplanation(scenario: ordinary, step: "ask", reply: "because").text.contains("MET reason (weight 2)"))
    }
}

/// A number beyond what the machine holds is said to be too large, not to be no number.
struct NumberTooLargeTests {
    static func diagnostics(counter: String = "0", weight: String = "1", within: String = "2") -> [Diagnostic] {
        let source = """
            id: large
            title: Large
            language: en
            version: "1"
            persona: { name: Sam }
            counters: { trust: \(counter) }
            steps:
              - id: ask
                question: "Why?"
                rubric:
                  - { concept: reason, match: { near: [because, reason], within: \(within) }, weight: \(weight) }
                reactions: { good: "Right.", partial: "Hm.", missed: "No." }
                counters: { good: { trust: 1 } }
                routes:
                  - when: { counters: { trust: { min: 1 } } }
                    goto: end
            endings:
              - id: bye
                says: "Bye."
            """
        return ScenarioLoader.load(source, file: "large.yaml", warnings: false).diagnostics
    }

    @Test func aWholeNumberBeyondTheLargestIsTooLarge() {
        let found = Self.diagnostics(counter: "99999999999999999999")
        #expect(found.map(\.code) == [.invalidValue])
        #expect(found.first?.message == "the number 99999999999999999999 is too large: whole numbers go up to 9223372036854775807")
        #expect(Self.diagnostics(counter: "9223372036854775808").first?.message == "the number 9223372036854775808 is too large: whole numbers go up to 9223372036854775807")
        #expect(Self.diagnostics(within: "+99999999999999999999").first?.message == "the number +99999999999999999999 is too large: whole numbers go up to 9223372036854775807")
    }

    @Test func aWholeNumberBelowTheSmallestIsTooSmall() {
        #expect(Self.diagnostics(counter: "-9223372036854775809").first?.message == "the number -9223372036854775809 is too small: whole numbers go down to -9223372036854775808")
    }

    @Test func theLargestAndSmallestWholeNumbersAreRead() {
        #expect(Self.diagnostics(counter: "9223372036854775807").isEmpty)
        #expect(Self.diagnostics(counter: "-9223372036854775808").isEmpty)
    }

    @Test func aDecimalNumberBeyondTheLargestIsTooLarge() {
        #expect(Self.diagnostics(weight: "1e400").first?.message == "the number 1e400 is too large")
        #expect(Self.diagnostics(weight: "1e300").isEmpty)
    }

    /// Words are not numbers, whatever they spell: they keep their message.
    @Test(arguments: [".inf", "-.inf", ".nan", "inf", "nan", "Infinity", "lourd"])
    func infinityAndNotANumberAreNoNumbers(weight: String) {
        let found = Self.diagnostics(weight: weight)
        #expect(found.map(\.code) == [.wrongType])
        #expect(found.first?.message == "'weight' must be a number, not '\(weight)'")
    }

    @Test func aWordWhereAWholeNumberGoesIsStillNoWholeNumber() {
        #expect(Self.diagnostics(counter: "beaucoup").first?.message == "'trust' must be a whole number, not 'beaucoup'")
        #expect(Self.diagnostics(counter: "1.5").first?.message == "'trust' must be a whole number, not '1.5'")
    }
}
