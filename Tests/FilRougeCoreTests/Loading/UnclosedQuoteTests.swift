import Testing
@testable import FilRougeCore

/// A YAML error caused by a quote left open is reported at the quote, with the line it opens on.
struct UnclosedQuoteTests {
    static func diagnostics(_ text: String) -> [Diagnostic] {
        ScenarioLoader.load(text, file: "f.yaml").diagnostics
    }

    @Test func aDoubleQuoteNeverClosedAtTheEndOfTheFile() {
        let found = Self.diagnostics("id: x\ntitle: \"Titre\nlanguage: fr\n")
        #expect(found.map(\.code) == [.yamlSyntax])
        #expect(found.first?.location == SourceLocation(file: "f.yaml", line: 2, column: 8))
        #expect(found.first?.message.hasPrefix("YAML syntax: the double quote opened at line 2 column 8 is never closed (") == true)
    }

    @Test func aQuoteNeverClosedInAFlowListAtTheEndOfTheFile() {
        let text = "id: x\nsteps:\n  - id: a\n    rubric:\n      - keywords: [\"site web\", \"réseau]\n"
        let found = Self.diagnostics(text)
        #expect(found.first?.location == SourceLocation(file: "f.yaml", line: 5, column: 32))
        #expect(found.first?.message.contains("the double quote opened at line 5 column 32 is never closed") == true)
    }

    @Test func aQuoteNeverClosedInAFlowMappingAtTheEndOfTheFile() {
        let found = Self.diagnostics("id: x\npersona: { name: 'Mme Levain }\n")
        #expect(found.first?.location == SourceLocation(file: "f.yaml", line: 2, column: 18))
        #expect(found.first?.message.contains("the single quote opened at line 2 column 18 is never closed") == true)
    }

    @Test func aQuoteClosedManyLinesLaterIsNamedWhereItOpens() {
        let text = """
        id: x
        title: "Titre
        language: fr
        version: 1.0
        persona:
          name: M. X
          description: Un ami.
        steps:
          - id: a
            question: Et alors ?
            reactions: { good: "Oui.", partial: "Bof.", missed: "Non." }

        """
        let found = Self.diagnostics(text)
        #expect(found.map(\.code) == [.yamlSyntax])
        #expect(found.first?.location == SourceLocation(file: "f.yaml", line: 2, column: 8))
        #expect(found.first?.message.hasPrefix("YAML syntax: the double quote opened at line 2 column 8 is never closed on its line: the text runs on to line 11, where the next double quote ends it (the parser stopped at line 11,") == true)
    }

    @Test func anApostropheThatClosesASingleQuote() {
        let found = Self.diagnostics("id: x\ntitle: 'C'est bien'\n")
        #expect(found.first?.location == SourceLocation(file: "f.yaml", line: 2, column: 8))
        #expect(found.first?.message.contains("the single quote opened at line 2 column 8 is closed at column 10 by an apostrophe") == true)
    }

    /// Quotes in plain texts, in comments and in `|` blocks open nothing; quotes closed on their
    /// line and doubled apostrophes are fine: an error elsewhere is reported as the parser says.
    @Test func otherErrorsAreNotBlamedOnQuotes() {
        let text = """
        id: x # l'identifiant "court
        title: C'est "bien
        says: |
          Il dit : "bonjour
          et l'autre : 'non
        author: 'l''auteur'
        version: "1.0"
          language: fr

        """
        let found = Self.diagnostics(text)
        #expect(found.map(\.code) == [.yamlSyntax])
        #expect(found.first?.message.contains("quote") == false, "\(found)")
        #expect(found.first?.location.line == 8)
    }

    @Test func theScanFindsWhereQuotesOpenAndClose() {
        let spans = QuotedScalarScan("a: \"x\"\nb: ['y', \"z\n  w\"]\nc: d'e\n").spans
        #expect(spans.map(\.openLine) == [1, 2, 2])
        #expect(spans.map(\.openColumn) == [4, 5, 10])
        #expect(spans.map(\.closeLine) == [1, 2, 3])
        #expect(spans.map(\.quote) == [.double, .single, .double])
    }
}
