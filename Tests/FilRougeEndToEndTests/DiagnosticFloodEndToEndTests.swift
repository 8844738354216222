import Foundation
import Testing

/// A file with a great many problems prints its first 100 diagnostics and counts the rest, in
/// `check` and in `calibrate`: three million damaged lines printed half a gigabyte.
struct DiagnosticFloodEndToEndTests {
    static let boulangerie = CalibrateEndToEndTests.fixtures.appendingPathComponent("boulangerie.yaml").path

    @Test func calibratePrintsTheFirstHundredErrorsOfAMarksFileAndCountsTheRest() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // Each row names a step and a band the scenario does not have: two errors a row.
        let rows = String(repeating: "x,r,y,\n", count: 50_000)
        try ("step,reply,band,concepts\n" + rows).write(to: directory.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        let run = try FilRougeBinary.run(["calibrate", Self.boulangerie, "--marks", "bad.csv"], directory: directory)
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        let lines = run.error.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // 100 diagnostics of three lines each, the count of the others, the summary and the last line break.
        #expect(lines.count == 300 + 3)
        #expect(lines.prefix(3) == [
            "bad.csv:2:1: error: the scenario has no step 'x'; its steps are: commandes, reseaux [unknown-step]",
            "x,r,y,",
            "^",
        ])
        #expect(lines[297] == "bad.csv:51:5: error: unknown band 'y' (the bands are good, partial and missed) [unknown-band]")
        #expect(lines.suffix(3) == ["… and 99,900 more errors in bad.csv", "bad.csv: 100000 errors, 0 warnings", ""])
    }

    @Test func checkPrintsTheFirstHundredDiagnosticsOfAScenarioAndCountsTheRest() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let keys = (0..<250).map { "    unknown\($0): 1" }.joined(separator: "\n")
        let scenario = """
            id: flood
            title: "Flood"
            language: fr
            version: "1.0"
            persona: { name: "M" }
            steps:
              - id: welcome
                question: "Q ?"
                rubric:
                  - concept: clients
                    keywords: [client]
                reactions: { good: "Bien.", partial: "Hum.", missed: "Oh." }
                examples:
                  - { reply: "Appelle tes clients.", band: partial }
            \(keys)
            endings:
              - id: fin
                says: "Au revoir."

            """
        try scenario.write(to: directory.appendingPathComponent("flood.yaml"), atomically: true, encoding: .utf8)
        let run = try FilRougeBinary.run(["check", "flood.yaml"], directory: directory)
        #expect(run.status == 1)
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 300 + 3)
        #expect(lines[0] == "flood.yaml:15:5: error: unknown key 'unknown0' in a step [unknown-key]")
        #expect(lines[297] == "flood.yaml:114:5: error: unknown key 'unknown99' in a step [unknown-key]")
        #expect(lines.suffix(3) == ["… and 150 more errors in flood.yaml", "flood.yaml: 250 errors, 0 warnings", ""])
    }
}
