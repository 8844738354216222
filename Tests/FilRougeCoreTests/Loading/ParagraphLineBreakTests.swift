import Foundation
import Testing
@testable import FilRougeCore

/// `|` blocks with a sentence cut over two lines are warned about; meant line breaks are not.
struct ParagraphLineBreakTests {
    static func scenario(opening: String) -> String {
        """
        id: x
        title: Titre
        language: fr
        version: "1.0"
        persona: { name: "M. X" }
        \(opening)
        steps:
          - id: a
            question: "Et ?"
            rubric:
              - concept: c
                keywords: [site]
            reactions: { good: "a", partial: "b", missed: "c" }
            examples:
              - { reply: "site", band: good }
        endings:
          - id: fin
            says: "Au revoir."
        """
    }

    static func warnings(opening: String) -> [Diagnostic] {
        ScenarioLoader.load(scenario(opening: opening), file: "f.yaml").diagnostics.filter { $0.code == .paragraphLineBreak }
    }

    @Test func aSentenceCutInALiteralBlockIsWarnedAboutAtItsFirstLine() {
        let found = Self.warnings(opening: "opening: |\n  Vous retrouvez Mme Levain devant sa boutique,\n  un samedi matin.")
        #expect(found.count == 1)
        #expect(found.first?.location == SourceLocation(file: "f.yaml", line: 7, column: 3))
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.hasPrefix("this '|' block cuts a sentence between lines 7 and 8: ") == true)
    }

    @Test func everyCutOfABlockIsCountedInOneWarning() {
        let found = Self.warnings(opening: "opening: |\n  Une phrase\n  coupée. Une autre\n  aussi.")
        #expect(found.map(\.location.line) == [7])
        #expect(found.first?.message.contains("between lines 7 and 8 (and 1 more time in this block)") == true)
    }

    @Test(arguments: [
        "opening: |\n  Une phrase par ligne.\n  Une autre phrase.",
        "opening: |\n  La liste :\n  - un ;\n  - deux.",
        "opening: |\n  Mme Levain\n  Boulangerie du Centre\n  12 rue des Lilas",
        "opening: >\n  Une phrase coupée\n  sur deux lignes, jointes par '>'.",
        "opening: \"Une phrase coupée\n  sur deux lignes, jointes par YAML.\"",
        "opening: |\n  Elle dit « bonjour. »\n  puis s'en va.",
    ])
    func meantLineBreaksAndJoinedLinesAreLeftAlone(opening: String) {
        #expect(Self.warnings(opening: opening).isEmpty)
    }

    @Test func playingDoesNotLookForIt() {
        let text = Self.scenario(opening: "opening: |\n  Une phrase\n  coupée.")
        #expect(ScenarioLoader.load(text, file: "f.yaml", warnings: false).diagnostics.isEmpty)
    }

    /// The example of docs/scenario-format.md ("Long texts") is clean.
    @Test func theDocumentedWayIsClean() throws {
        let markdown = try String(contentsOf: DocumentationExampleTests.docs.appendingPathComponent("scenario-format.md"), encoding: .utf8)
        let block = try #require(DocumentationExampleTests.yamlBlocks(in: markdown).first { $0.hasPrefix("opening: >\n") })
        #expect(block.contains("says: |"))
        let says = block.replacingOccurrences(of: "says: |", with: "description: |")
        #expect(Self.warnings(opening: says).isEmpty)
    }
}
