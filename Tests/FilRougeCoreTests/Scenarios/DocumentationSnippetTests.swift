import Foundation
import Testing
import FilRougeCore

/// The rubric snippets of docs/scenario-format.md load as criteria of a step.
struct DocumentationSnippetTests {
    static func scenario(rubric: String) -> String {
        """
        id: snippet
        title: Snippet
        language: fr
        version: "1"
        persona: { name: Léa }
        steps:
          - id: un
            question: "?"
            rubric:
        \(rubric)
            reactions: { good: "a", partial: "b", missed: "c" }
            examples: [{ reply: "…", band: missed }]
        endings:
          - id: fin
            says: "."
        """
    }

    @Test func everyRubricSnippetLoads() throws {
        let markdown = try String(contentsOf: DocumentationExampleTests.docs.appendingPathComponent("scenario-format.md"), encoding: .utf8)
        let snippets = DocumentationExampleTests.yamlBlocks(in: markdown).dropFirst()
        #expect(snippets.count >= 2)
        for snippet in snippets {
            let text = Self.scenario(rubric: snippet)
            let result = ScenarioLoader.load(text, file: "snippet.yaml")
            #expect(result.diagnostics.isEmpty, "\(DiagnosticRenderer(source: text).render(result.diagnostics))")
        }
    }

    @Test func theMisconceptionSnippetTakesItsWeightOff() throws {
        let markdown = try String(contentsOf: DocumentationExampleTests.docs.appendingPathComponent("scenario-format.md"), encoding: .utf8)
        let snippet = try #require(DocumentationExampleTests.yamlBlocks(in: markdown).last)
        let rubric = snippet + "\n      - concept: conseil\n        keywords: [conseil]\n        weight: 2"
        let scenario = try #require(ScenarioLoader.load(Self.scenario(rubric: rubric), file: "s.yaml").scenario)
        let evaluator = RubricEvaluator(scenario: scenario)
        #expect(evaluator.evaluate("Du conseil", step: "un")?.score == 1)
        #expect(evaluator.evaluate("Du conseil, et baisse tes prix", step: "un")?.score == 0.5)
    }
}
