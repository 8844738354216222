import Testing
@testable import FilRougeCore

/// The skeleton `filrouge new` writes must be a scenario that loads without a warning and whose
/// examples all pass, in each language, so that a trainer starts from something that works.
struct ScenarioSkeletonTests {
    @Test(arguments: Language.allCases)
    func theSkeletonLoadsWithoutAnyDiagnostic(language: Language) throws {
        let text = try #require(ScenarioSkeleton.text(id: "my-case_2", language: language))
        let result = ScenarioLoader.load(text, file: "skeleton.yaml")
        #expect(result.diagnostics.isEmpty, "\(DiagnosticRenderer(source: text).render(result.diagnostics))")
        let scenario = try #require(result.scenario)
        #expect(scenario.id == "my-case_2")
        #expect(scenario.language == language)
        #expect((2...3).contains(scenario.steps.count))
        #expect(scenario.endings.count == 2)
        #expect(scenario.steps.contains { !$0.routes.isEmpty })
    }

    @Test(arguments: Language.allCases)
    func everyExamplePassesAndEveryStepHasOneInEachBand(language: Language) throws {
        let text = try #require(ScenarioSkeleton.text(id: "demo", language: language))
        let scenario = try #require(ScenarioLoader.load(text, file: "skeleton.yaml").scenario)
        let outcomes = ExampleRunner(scenario: scenario).run()
        for outcome in outcomes {
            #expect(outcome.passed, "\(outcome.example.reply): \(outcome.failures)")
        }
        for step in scenario.steps {
            #expect(Set(step.examples.map(\.band)) == Set(Band.allCases), "step \(step.id)")
        }
    }

    @Test(arguments: Language.allCases)
    func theSkeletonShowsATypoAndANegationAtWork(language: Language) throws {
        let text = try #require(ScenarioSkeleton.text(id: "demo", language: language))
        let scenario = try #require(ScenarioLoader.load(text, file: "skeleton.yaml").scenario)
        let outcomes = ExampleRunner(scenario: scenario).run()
        let typo = outcomes.flatMap(\.evaluation.criteria).flatMap(\.evidence).contains { $0.match == .typo }
        #expect(typo)
        let negated = outcomes.flatMap(\.evaluation.criteria).contains { $0.status == .negated }
        #expect(negated)
    }

    @Test func theConversationIsInTheLanguageAsked() throws {
        let french = try #require(ScenarioSkeleton.text(id: "demo", language: .fr))
        let english = try #require(ScenarioSkeleton.text(id: "demo", language: .en))
        #expect(french.contains("question: \"À ton avis, pourquoi est-ce que je perds des clients ?\""))
        #expect(english.contains("question: \"Why do you think I'm losing customers?\""))
        #expect(french.contains("docs/scenario-format.md") && english.contains("docs/scenario-format.md"))
    }

    @Test func anIdThatBreaksTheRuleIsRefused() {
        for id in ["", "two words", "quote\"", "café", "a.b", "x:\n  y"] {
            #expect(ScenarioSkeleton.text(id: id, language: .fr) == nil, "\(id)")
        }
    }
}
