import Foundation
import FilRougeTestSupport
import Testing
@testable import FilRougeCore

/// The full rendered diagnostics of fixture files, pinned in `Fixtures/NAME.expected.txt`.
/// Run with `FILROUGE_UPDATE_GOLDEN=1` to rewrite the expected files after a deliberate change
/// (see `GoldenFile`).
struct GoldenDiagnosticsTests {
    static let fixtures = Repository.coreFixtures

    static let failing = ["every-error", "unreachable", "syntax-error", "duplicate-key", "not-a-mapping", "empty", "control-character", "billion-laughs",
        "unclosed-quote-later", "unclosed-quote-flow", "apostrophe-in-single-quotes"]
    /// Fixtures whose diagnostics are all warnings: the scenario still plays.
    static let playable = ["every-warning", "keyword-reach", "keyword-reach-en", "paragraph-line-break"]

    static func check(_ name: String) throws -> (result: ScenarioLoadResult, rendered: String, expected: String) {
        let source = try String(contentsOf: fixtures.appendingPathComponent("\(name).yaml"), encoding: .utf8)
        let result = ScenarioLoader.load(source, file: "\(name).yaml")
        let rendered = DiagnosticRenderer(source: source).render(result.diagnostics) + "\n"
        let golden = fixtures.appendingPathComponent("\(name).expected.txt")
        return (result, rendered, try GoldenFile.text(golden, for: rendered))
    }

    @Test(arguments: failing)
    func diagnosticsMatchTheGoldenFile(name: String) throws {
        let checked = try Self.check(name)
        #expect(checked.rendered == checked.expected)
        #expect(checked.result.scenario == nil)
        #expect(checked.result.diagnostics.hasErrors)
    }

    @Test(arguments: playable)
    func warningsLeaveTheScenarioPlayable(name: String) throws {
        let checked = try Self.check(name)
        #expect(checked.rendered == checked.expected)
        #expect(checked.result.scenario != nil)
        #expect(!checked.result.diagnostics.isEmpty)
        #expect(checked.result.diagnostics.allSatisfy { $0.severity == .warning })
    }

    /// Every code the loader can report is shown by some fixture. (`unreadable-file` comes from the
    /// command line, before the loader: the end-to-end tests show it; marks files and choices files have tests of their own.)
    @Test func theFixturesShowEveryCode() throws {
        var seen = Set<DiagnosticCode>()
        for name in Self.failing + Self.playable {
            seen.formUnion(try Self.check(name).result.diagnostics.map(\.code))
        }
        let missing = Set(DiagnosticCode.allCases).subtracting(seen).subtracting([.unreadableFile])
            .subtracting(DiagnosticCode.marksFileCodes).subtracting(DiagnosticCode.choicesFileCodes)
        #expect(missing.isEmpty, "no fixture shows \(missing.map(\.rawValue).sorted())")
    }

    @Test func everyCodeIsDocumented() throws {
        let text = try Repository.text("docs/diagnostics.md")
        let headings = Set(text.split(separator: "\n").filter { $0.hasPrefix("### `") }.map {
            $0.dropFirst(5).prefix { $0 != "`" }
        }.map(String.init))
        #expect(headings == Set(DiagnosticCode.allCases.map(\.rawValue)))
        for code in DiagnosticCode.allCases {
            #expect(text.contains("### `\(code.rawValue)` (\(code.severity.rawValue))"), "\(code.rawValue) is documented with its severity")
        }
    }

    @Test func invalidCharactersAreLocatedWhereTheyAre() {
        let result = ScenarioLoader.load("id: a\ntitle: \"é \u{7}\"\n", file: "f.yaml")
        #expect(result.diagnostics.map(\.code) == [.invalidText])
        #expect(result.diagnostics.first?.location == SourceLocation(file: "f.yaml", line: 2, column: 11))
    }

    @Test func aLongLineIsShownAroundTheColumn() {
        let source = "id: x\ntitle: " + String(repeating: "a", count: 300) + " : b" + String(repeating: "c", count: 300) + "\n"
        let diagnostic = Diagnostic(.yamlSyntax, "here", at: SourceLocation(file: "f.yaml", line: 2, column: 309))
        let lines = DiagnosticRenderer(source: source).render(diagnostic).split(separator: "\n").map(String.init)
        #expect(lines[1].unicodeScalars.count == DiagnosticRenderer.maximumShownWidth + 2)
        #expect(lines[1].hasPrefix("…a") && lines[1].hasSuffix("c…"))
        // The caret is under the ':' it points at.
        let caret = lines[2].count - 1
        #expect(Array(lines[1])[caret] == ":")
    }

    /// The same windows whether the line is ASCII, cut by its bytes, or not, read character by
    /// character: at the start, in the middle and at the end of a line of 300 characters.
    @Test(arguments: ["a", "é"])
    func aLongLineIsCutTheSameWhateverItsCharacters(_ letter: String) {
        // 100 letters, then 100 digits 0…9 repeated, then 100 letters `z`.
        let line = String(repeating: letter, count: 100) + String(repeating: "0123456789", count: 10) + String(repeating: "z", count: 100)
        let width = DiagnosticRenderer.maximumShownWidth
        let atStart = DiagnosticRenderer.window(of: Substring(line), around: 3)
        #expect(atStart.text == String(repeating: letter, count: 100) + "01234567890123456789…")
        #expect(atStart.column == 3)
        let inMiddle = DiagnosticRenderer.window(of: Substring(line), around: 151)
        // Starting 60 characters before column 151: at the 91st character.
        #expect(inMiddle.text == "…" + String(repeating: letter, count: 10) + String(repeating: "0123456789", count: 10) + String(repeating: "z", count: 10) + "…")
        #expect(inMiddle.column == 62)
        let atEnd = DiagnosticRenderer.window(of: Substring(line), around: 299)
        #expect(atEnd.text == "…" + String(repeating: "0123456789", count: 2) + String(repeating: "z", count: 100))
        #expect(atEnd.column == 299 - (300 - width) + 1)
        let pastEnd = DiagnosticRenderer.window(of: Substring(line), around: 400)
        #expect(pastEnd.text == atEnd.text)
        let short = DiagnosticRenderer.window(of: Substring(String(repeating: letter, count: width)), around: 50)
        #expect(short.text == String(repeating: letter, count: width))
        #expect(short.column == 50)
    }
}
