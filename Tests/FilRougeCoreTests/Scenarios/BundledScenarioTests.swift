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

    /// Played, a bundled scenario is loaded without compiling its keywords to check them: it must be
    /// the very scenario the full check loads.
    @Test(arguments: names)
    func loadsTheSameWithoutCheckingItsKeywords(name: String) throws {
        let bundled = try #require(BundledScenarios.named(name))
        let quick = ScenarioLoader.load(bundled.text, file: bundled.fileName, warnings: false, checkingKeywords: false)
        #expect(quick.diagnostics.isEmpty)
        #expect(quick.scenario == (try load(name)))
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
            #expect(step.examples.count >= 15, "step \(step.id) has \(step.examples.count) examples")
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
            if step.rubric.contains(where: \.isMisconception) {
                let stated = examples.filter { $0.evaluation.criteria.contains { $0.isMisconception && $0.status == .met } }
                #expect(!stated.isEmpty, "step \(step.id) has no example stating a misconception")
            }
        }
        let misconceptions = outcomes.filter { $0.evaluation.criteria.contains { $0.isMisconception && $0.status == .met } }
        #expect(misconceptions.count >= 2, "\(misconceptions.count) examples with a misconception")
    }

    /// Both grade as the marking guide does: by ideas, with off-topic replies among the examples.
    @Test(arguments: names)
    func everyStepBandsByIdeas(name: String) throws {
        let scenario = try load(name)
        for step in scenario.steps {
            #expect(scenario.thresholds(for: step).ideas == IdeaBands(good: 2, partial: 1), "step \(step.id)")
        }
    }

    /// The two languages are one case study: the same steps in the same order, the same concepts
    /// with the same ids and kinds, the same routes, counters and endings.
    @Test func bothLanguagesTellTheSameStory() throws {
        let french = try load("alancienne.fr")
        let english = try load("alancienne.en")
        #expect(french.steps.count == english.steps.count)
        var stepIDs: [String: String] = [:]
        for (fr, en) in zip(french.steps, english.steps) { stepIDs[fr.id] = en.id }
        // Counters and endings have names in their language: they are compared in order.
        #expect(french.counters.map(\.initial) == english.counters.map(\.initial))
        var counterNames: [String: String] = [:]
        for (fr, en) in zip(french.counters, english.counters) { counterNames[fr.name] = en.name }
        func inEnglish(_ condition: Condition?) -> Condition? {
            guard var condition else { return nil }
            condition.counters = Dictionary(uniqueKeysWithValues: condition.counters.map { (counterNames[$0.key] ?? $0.key, $0.value) })
            return condition
        }
        #expect(french.endings.count == english.endings.count)
        var endingIDs: [String: String] = [:]
        for (fr, en) in zip(french.endings, english.endings) { endingIDs[fr.id] = en.id }
        for (fr, en) in zip(french.endings, english.endings) {
            #expect(inEnglish(fr.condition) == en.condition, "ending \(fr.id) / \(en.id)")
        }
        for (fr, en) in zip(french.steps, english.steps) {
            #expect(fr.rubric.map(\.concept) == en.rubric.map(\.concept), "\(fr.id) / \(en.id)")
            #expect(fr.rubric.map(\.weight) == en.rubric.map(\.weight), "\(fr.id) / \(en.id)")
            #expect(fr.rubric.map(\.develops) == en.rubric.map(\.develops), "\(fr.id) / \(en.id)")
            #expect(fr.rubric.map(\.required) == en.rubric.map(\.required), "\(fr.id) / \(en.id)")
            #expect(fr.counterChanges.mapValues { Dictionary(uniqueKeysWithValues: $0.map { (counterNames[$0.key] ?? $0.key, $0.value) }) } == en.counterChanges, "\(fr.id) / \(en.id)")
            #expect(fr.followUp != nil && en.followUp != nil || fr.followUp == nil && en.followUp == nil, "\(fr.id) / \(en.id)")
            #expect(fr.routes.count == en.routes.count, "\(fr.id) / \(en.id)")
            for (frRoute, enRoute) in zip(fr.routes, en.routes) {
                #expect(inEnglish(frRoute.condition) == enRoute.condition, "\(fr.id) / \(en.id)")
                let target: String = switch frRoute.target {
                case .step(let id): stepIDs[id] ?? id
                case .ending(let id): endingIDs[id] ?? id
                default: "\(frRoute.target)"
                }
                let englishTarget: String = switch enRoute.target {
                case .step(let id), .ending(let id): id
                default: "\(enRoute.target)"
                }
                #expect(target == englishTarget, "\(fr.id) / \(en.id)")
            }
        }
    }
}
