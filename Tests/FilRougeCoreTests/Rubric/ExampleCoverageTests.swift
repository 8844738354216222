import Testing
@testable import FilRougeCore

struct ExampleCoverageTests {
    static func scenario(examples: String) throws -> Scenario {
        let text = """
            id: couverture
            title: Couverture
            language: fr
            version: "1"
            persona: { name: Léa }
            counters: { humeur: 0 }
            steps:
              - id: site
                question: "Un site ?"
                rubric:
                  - concept: vitrine
                    keywords: [vitrine]
                  - concept: avis
                    keywords: [avis]
                  - concept: prix-bas
                    keywords: ["baisse tes prix"]
                    weight: -1
                reactions: { good: "Oui.", partial: "Bof.", missed: "Non." }
                counters: { good: { humeur: 1 } }
                routes:
                  - when: { band: good, counters: { humeur: { min: 3 } } }
                    goto: bravo
                  - when: { band: good }
                    goto: merci
                  - when: { met: [prix-bas] }
                    goto: fin
                  - goto: fin
                examples:
            \(examples)
            endings:
              - { id: bravo, says: "Bravo." }
              - { id: merci, says: "Merci." }
              - { id: fin, says: "Au revoir." }
            """
        let result = ScenarioLoader.load(text, file: "c.yaml")
        return try #require(result.scenario, "\(result.diagnostics)")
    }

    static func gaps(_ examples: String) throws -> ExampleCoverage.StepGaps {
        let scenario = try scenario(examples: examples)
        let coverage = ExampleCoverage(scenario: scenario, outcomes: ExampleRunner(scenario: scenario).run())
        return try #require(coverage.steps.first)
    }

    @Test func reportsWhatNoExampleExercises() throws {
        let gaps = try Self.gaps("""
                  - { reply: "Une vitrine et des avis.", band: good }
            """)
        #expect(gaps.unmetCriteria == ["prix-bas"])
        #expect(gaps.missingBands == [.partial, .missed])
        // Route 1 tests a counter too: the good reply could take it, and then also route 2.
        #expect(gaps.untakenRoutes == [.init(number: 3, target: "fin"), .init(number: 4, target: "fin")])
    }

    @Test func isEmptyWhenEveryCriterionBandAndRouteIsExercised() throws {
        let gaps = try Self.gaps("""
                  - { reply: "Une vitrine et des avis.", band: good }
                  - { reply: "Une vitrine.", band: partial }
                  - { reply: "Baisse tes prix.", band: missed }
                  - { reply: "Rien du tout.", band: missed }
            """)
        #expect(gaps.isEmpty, "\(gaps)")
    }

    @Test func aRouteAfterAnAlwaysTakenOneIsNeverTaken() throws {
        let step = Step(id: "s", question: "?", rubric: [], routes: [
            Route(target: .end), Route(condition: Condition(bands: [.good]), target: .ending("e")),
        ])
        let evaluation = ReplyEvaluation(score: 1, band: .good, criteria: [])
        #expect(ExampleCoverage.routesPossiblyTaken(in: step, by: evaluation) == [0])
    }
}
