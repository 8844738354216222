import Foundation
import FilRougeTestSupport
import Testing

/// `filrouge check`: warnings, `--strict` and `--format json` on the built binary.
struct CheckCommandEndToEndTests {
    static let fixtures = TrainerCommandsEndToEndTests.coreFixtures

    @Test func warningsAreReportedButOnlyFailWithStrict() throws {
        let goldenFile = Self.fixtures.appendingPathComponent("every-warning.expected.txt")
        let summary = "every-warning.yaml: 3 steps, 3 endings, 16 warnings\n"
        let lenient = try FilRougeBinary.run(["check", "every-warning.yaml"], directory: Self.fixtures)
        #expect(lenient.status == 0)
        #expect(lenient.output == (try GoldenFile.text(goldenFile, for: lenient.output, followedBy: summary)) + summary)
        let strict = try FilRougeBinary.run(["check", "--strict", "every-warning.yaml"], directory: Self.fixtures)
        #expect(strict.status == 1)
        #expect(strict.output == (try GoldenFile.text(goldenFile, for: strict.output, followedBy: summary)) + summary)
    }

    @Test func jsonListsEveryDiagnosticWithItsCode() throws {
        let run = try FilRougeBinary.run(
            ["check", "--format", "json", "every-warning.yaml", "every-error.yaml", "missing.yaml"], directory: Self.fixtures
        )
        #expect(run.status == 1)
        let report = try JSONDecoder().decode(Report.self, from: Data(run.output.utf8))
        #expect(report.files.map(\.file) == ["every-warning.yaml", "every-error.yaml", "missing.yaml"])
        #expect(report.passed == false)
        #expect(report.strict == false)

        let warnings = report.files[0]
        #expect(warnings.steps == 3 && warnings.endings == 3)
        #expect(warnings.errors == 0 && warnings.warnings == 16)
        let golden = try String(contentsOf: Self.fixtures.appendingPathComponent("every-warning.expected.txt"), encoding: .utf8)
        let goldenHeads = golden.split(separator: "\n").filter { $0.hasPrefix("every-warning.yaml:") }
        #expect(warnings.diagnostics.map { "\($0.file):\($0.line):\($0.column): \($0.severity): \($0.message) [\($0.code)]" } == goldenHeads.map(String.init))

        let errors = report.files[1]
        #expect(errors.steps == nil)
        #expect(errors.errors == 44 && errors.warnings == 2)
        #expect(report.errors == 45 && report.warnings == 18)

        let missing = report.files[2]
        #expect(missing.diagnostics.map(\.code) == ["unreadable-file"])
        #expect(missing.diagnostics.first?.message == "no such file: missing.yaml")
    }

    @Test func strictPassesAScenarioWithoutWarnings() throws {
        let run = try FilRougeBinary.run(["check", "--strict", "--format", "json", "alancienne.fr", "alancienne.en"])
        #expect(run.status == 0, "\(run.output)")
        let report = try JSONDecoder().decode(Report.self, from: Data(run.output.utf8))
        #expect(report.passed && report.strict && report.warnings == 0)
    }

    struct Report: Decodable {
        struct File: Decodable {
            var file: String
            var steps: Int?
            var endings: Int?
            var errors: Int
            var warnings: Int
            var diagnostics: [Entry]
        }

        struct Entry: Decodable {
            var file: String
            var line: Int
            var column: Int
            var severity: String
            var code: String
            var message: String
        }

        var files: [File]
        var errors: Int
        var warnings: Int
        var strict: Bool
        var passed: Bool
    }
}
