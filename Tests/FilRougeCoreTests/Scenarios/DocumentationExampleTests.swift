import Foundation
import Testing
import FilRougeCore

/// The complete example of docs/scenario-format.md must load and pass its own examples.
struct DocumentationExampleTests {
    static let docs = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs")

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
    /// The end-to-end tests play a copy of the example; it must not drift from the documentation.
    @Test func theEndToEndFixtureIsTheDocumentedExample() throws {
        let markdown = try String(contentsOf: Self.docs.appendingPathComponent("scenario-format.md"), encoding: .utf8)
        let fixture = Self.docs.deletingLastPathComponent().appendingPathComponent("Tests/FilRougeEndToEndTests/Fixtures/boulangerie.yaml")
        #expect(try String(contentsOf: fixture, encoding: .utf8) == Self.yamlBlocks(in: markdown).first.map { $0 + "\n" })
    }
}
