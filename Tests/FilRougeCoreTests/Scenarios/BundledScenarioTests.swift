import Testing
import FilRougeCore
import FilRougeScenarios

/// The bundled case studies must load cleanly, meet the content bar, and grade every example reply
/// as their authors expect.
struct BundledScenarioTests {
    static let names = ["alancienne.fr", "alancienne.en"]

    func load(_ name: String) throws -> Scenario {
        let bundled = try #require(BundledScenarios.named(name), "\(name) is not bundled")
        let result = ScenarioLoader.load(bundled.text, file: bundled.fileName)
        let rendered = DiagnosticRenderer(source: bundled.text).render(result.diagnostics)
        #expect(result.diagnostics.isEmpty, "\(rendered)")
        return try #require(result.scenario)
    }

    @Test(arguments: names)
    func loadsWithoutAnyDiagnostic(name: String) throws {
        let scenario = try load(name)
        #expect(scenario.id == "alancienne")
        #expect(scenario.language.rawValue == name.split(separator: ".").last.map(String.init))
        #expect(scenario.endings.count >= 3)
    }

    @Test(arguments: names)
    func everyStepHasARichRubricAndExamplesOfEveryBand(name: String) throws {
        let scenario = try load(name)
        #expect(scenario.steps.count >= 9)
        for step in scenario.steps {
            #expect(step.rubric.count >= 4, "step \(step.id) has \(step.rubric.count) criteria")
            #expect(step.examples.count >= 6, "step \(step.id) has \(step.examples.count) examples")
            #expect(Set(step.examples.map(\.band)) == Set(Band.allCases), "step \(step.id) lacks a band among its examples")
        }
    }

    @Test(arguments: names)
    func everyExampleReplyGetsItsExpectedOutcome(name: String) throws {
        let scenario = try load(name)
        let outcomes = ExampleRunner(scenario: scenario).run()
        #expect(outcomes.count == scenario.steps.reduce(0) { $0 + $1.examples.count })
        for outcome in outcomes where !outcome.passed {
            Issue.record("\(outcome.example.location.map { "\($0)" } ?? name) [\(outcome.step)] \(outcome.example.reply): \(outcome.failures.joined(separator: "; "))")
        }
    }

    /// The examples exercise what a careful marker has to handle: misspellings, negations that must
    /// not earn credit, and misconceptions.
    @Test(arguments: names)
    func examplesCoverTyposNegationsAndMisconceptions(name: String) throws {
        let scenario = try load(name)
        let outcomes = ExampleRunner(scenario: scenario).run()
        for step in scenario.steps {
            let examples = outcomes.filter { $0.step == step.id }
            let typos = examples.filter { $0.evaluation.criteria.contains { $0.evidence.contains { $0.edits > 0 } } }
            let negated = examples.filter { $0.evaluation.criteria.contains { $0.status == .negated } }
            #expect(!typos.isEmpty, "step \(step.id) has no example with a misspelling")
            #expect(!negated.isEmpty, "step \(step.id) has no example with a negated concept")
            #expect(step.examples.count >= 9, "step \(step.id) has \(step.examples.count) examples")
        }
        let misconceptions = outcomes.filter { $0.evaluation.criteria.contains { $0.isMisconception && $0.status == .met } }
        #expect(misconceptions.count >= 2, "\(misconceptions.count) examples with a misconception")
    }

    @Test func bothLanguagesTellTheSameStory() throws {
        let french = try load("alancienne.fr")
        let english = try load("alancienne.en")
        #expect(french.steps.count >= 9)
        #expect(english.steps.count >= 9)
    }
}
