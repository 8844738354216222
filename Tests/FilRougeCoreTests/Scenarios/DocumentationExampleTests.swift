import Foundation
import FilRougeTestSupport
import Testing
import FilRougeCore

/// The complete example of docs/scenario-format.md must load and pass its own examples.
struct DocumentationExampleTests {
    static let docs = Repository.docs

    /// The YAML code blocks of a Markdown file.
    static func yamlBlocks(in markdown: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring]?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line.hasPrefix("```yaml") {
                current = []
            } else if current != nil, line.hasPrefix("```") {
                blocks.append((current ?? []).joined(separator: "\n"))
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    @Test func theCompleteExampleLoadsAndPassesItsExamples() throws {
        let markdown = try String(contentsOf: Self.docs.appendingPathComponent("scenario-format.md"), encoding: .utf8)
        let yaml = try #require(Self.yamlBlocks(in: markdown).first)
        let result = ScenarioLoader.load(yaml, file: "scenario-format.md")
        #expect(result.diagnostics.isEmpty, "\(DiagnosticRenderer(source: yaml).render(result.diagnostics))")
        let scenario = try #require(result.scenario)
        let outcomes = ExampleRunner(scenario: scenario).run()
        #expect(outcomes.count == 6)
        for outcome in outcomes {
            #expect(outcome.passed, "\(outcome.example.reply): \(outcome.failures)")
        }
    }

    @Test func theExampleReachesEveryEnding() throws {
        let markdown = try String(contentsOf: Self.docs.appendingPathComponent("scenario-format.md"), encoding: .utf8)
        let yaml = try #require(Self.yamlBlocks(in: markdown).first)
        let scenario = try #require(ScenarioLoader.load(yaml, file: "doc").scenario)
        func ending(_ replies: [String]) -> String? {
            var engine = DialogueEngine(scenario: scenario, seed: 1)
            var events = engine.start()
            for reply in replies { events += engine.submit(reply) }
            if case .finished(let finished)? = events.last { return finished.ending }
            return nil
        }
        #expect(ending(["Rien.", "Rien."]) == "fin-rapide")
        #expect(ending(["La commande en ligne, c'est simple.", "Des photos sur Facebook."]) == "enthousiaste")
        #expect(ending(["La commande en ligne, c'est simple.", "Rien du tout."]) == "prudente")
    }
}

extension DocumentationExampleTests {
    /// The paths of the "Paths" section, added to the complete example, pass and reach every route
    /// and ending; the example with a follow-up reply of the "Examples" section passes in its step.
    @Test func thePathsAndTheFollowUpExampleOfTheDocumentationPass() throws {
        let markdown = try String(contentsOf: Self.docs.appendingPathComponent("scenario-format.md"), encoding: .utf8)
        let blocks = Self.yamlBlocks(in: markdown)
        let complete = try #require(blocks.first)
        let paths = try #require(blocks.first { $0.hasPrefix("paths:") })
        let followUp = try #require(blocks.first { $0.hasPrefix("    examples:") && $0.contains("band_together") })
        // In the first step, 'commandes', the one with a follow-up question.
        let firstExamples = try #require(complete.range(of: "    examples:\n"))
        let text = complete.replacingCharacters(in: firstExamples, with: followUp + "\n") + "\n" + paths
        let result = ScenarioLoader.load(text, file: "scenario-format.md")
        #expect(result.diagnostics.isEmpty, "\(DiagnosticRenderer(source: text).render(result.diagnostics))")
        let scenario = try #require(result.scenario)
        let examples = ExampleRunner(scenario: scenario).run()
        #expect(examples.count == 7)
        #expect(examples.filter { $0.example.followUp != nil }.count == 1)
        for outcome in examples {
            #expect(outcome.passed, "\(outcome.example.reply): \(outcome.failures)")
        }
        let outcomes = PathRunner(scenario: scenario).run()
        #expect(outcomes.count == 4)
        for outcome in outcomes {
            #expect(outcome.passed, "\(outcome.path.name): \(outcome.deviation?.problems ?? [])")
        }
        #expect(PathCoverage(scenario: scenario, outcomes: outcomes).isComplete)
    }

    /// The end-to-end tests play a copy of the example; it must not drift from the documentation.
    @Test func theEndToEndFixtureIsTheDocumentedExample() throws {
        let markdown = try String(contentsOf: Self.docs.appendingPathComponent("scenario-format.md"), encoding: .utf8)
        let fixture = Self.docs.deletingLastPathComponent().appendingPathComponent("Tests/FilRougeEndToEndTests/Fixtures/boulangerie.yaml")
        #expect(try String(contentsOf: fixture, encoding: .utf8) == Self.yamlBlocks(in: markdown).first.map { $0 + "\n" })
    }
}
