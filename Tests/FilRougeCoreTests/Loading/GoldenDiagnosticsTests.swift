import Foundation
import Testing
import FilRougeCore

/// The full rendered diagnostics of fixture files, pinned in `Fixtures/NAME.expected.txt`.
/// Run with `FILROUGE_UPDATE_GOLDEN=1` to rewrite the expected files after a deliberate change.
struct GoldenDiagnosticsTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    @Test(arguments: ["every-error", "unreachable", "syntax-error", "duplicate-key", "not-a-mapping"])
    func diagnosticsMatchTheGoldenFile(name: String) throws {
        let source = try String(contentsOf: Self.fixtures.appendingPathComponent("\(name).yaml"), encoding: .utf8)
        let result = ScenarioLoader.load(source, file: "\(name).yaml")
        let rendered = DiagnosticRenderer(source: source).render(result.diagnostics) + "\n"
        let golden = Self.fixtures.appendingPathComponent("\(name).expected.txt")
        if ProcessInfo.processInfo.environment["FILROUGE_UPDATE_GOLDEN"] != nil {
            try rendered.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(rendered == expected)
        #expect(result.scenario == nil)
        #expect(result.diagnostics.hasErrors)
    }
}
