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
        // Rubric snippets are lists of criteria; the other blocks, and the development criterion
        // (which needs its idea and bands by ideas), are tested with the step of "Why a band".
        let snippets = DocumentationExampleTests.yamlBlocks(in: markdown).dropFirst()
            .filter { $0.hasPrefix("      - concept:") && !$0.contains("develops:") }
        #expect(snippets.count >= 2)
        for snippet in snippets {
            let text = Self.scenario(rubric: snippet)
            let result = ScenarioLoader.load(text, file: "snippet.yaml")
            #expect(result.diagnostics.isEmpty, "\(DiagnosticRenderer(source: text).render(result.diagnostics))")
        }
    }

    @Test func theMisconceptionSnippetTakesItsWeightOff() throws {
        let markdown = try String(contentsOf: DocumentationExampleTests.docs.appendingPathComponent("scenario-format.md"), encoding: .utf8)
        let snippet = try #require(DocumentationExampleTests.yamlBlocks(in: markdown).first { $0.contains("concept: baisser-les-prix") })
        let rubric = snippet + "\n      - concept: conseil\n        keywords: [conseil]\n        weight: 2"
        let scenario = try #require(ScenarioLoader.load(Self.scenario(rubric: rubric), file: "s.yaml").scenario)
        let evaluator = RubricEvaluator(scenario: scenario)
        #expect(evaluator.evaluate("Du conseil", step: "un")?.score == 1)
        #expect(evaluator.evaluate("Du conseil, et baisse tes prix", step: "un")?.score == 0.5)
    }

    /// The step of "Why a band" grades the replies of the table under it as the table says.
    @Test func theIdeaBandsExampleGradesAsItsTableSays() throws {
        let markdown = try String(contentsOf: DocumentationExampleTests.docs.appendingPathComponent("scenario-format.md"), encoding: .utf8)
        let blocks = DocumentationExampleTests.yamlBlocks(in: markdown)
        let step = try #require(blocks.first { $0.hasPrefix("  - id: site-web") })
        let text = """
            id: exemple
            title: Exemple
            language: fr
            version: "1"
            persona: { name: M. Alancienne }
            steps:
            \(step)
            endings:
              - id: fin
                says: "."
            """
        let result = ScenarioLoader.load(text, file: "exemple.yaml")
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(DiagnosticRenderer(source: text).render(result.diagnostics))")
        let scenario = try #require(result.scenario)
        let evaluator = RubricEvaluator(scenario: scenario)
        let development = try #require(blocks.first { $0.hasPrefix("      - concept:") && $0.contains("develops:") })
        #expect(step.contains(development), "the development snippet is a criterion of the step")
        let after = try #require(markdown.components(separatedBy: "How it grades").last)
        let section = after.components(separatedBy: "\n#").first ?? after
        let rows = section.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| reply") && !$0.hasPrefix("| ---") }
        #expect(rows.count == 8)
        for row in rows {
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let evaluation = try #require(evaluator.evaluate(cells[0], step: "site-web"))
            #expect(evaluation.band.rawValue == cells[1], "\(cells[0])")
            let reason = try #require(evaluation.reason)
            #expect(BandReasonWording(language: .en).brief(reason) == cells[2], "\(cells[0])")
        }
    }
}
