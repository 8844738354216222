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
