import Foundation
import FilRougeTestSupport
import Testing

/// `filrouge graph` on the built binary: the documented example scenario drawn for Graphviz and for
/// Mermaid, compared with golden files (read them to see the map).
struct GraphEndToEndTests {
    static let fixtures = Repository.endToEndFixtures

    static func golden(_ name: String, for output: String) throws -> String {
        try GoldenFile.text(fixtures.appendingPathComponent(name), for: output)
    }

    @Test func dotIsTheDefaultFormat() throws {
        let run = try FilRougeBinary.run(["graph", PlayEndToEndTests.fixture.path])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output == (try Self.golden("boulangerie.dot", for: run.output)))
    }

    @Test func mermaidIsWrittenOnRequest() throws {
        let run = try FilRougeBinary.run(["graph", PlayEndToEndTests.fixture.path, "--format", "mermaid", "-o", "-"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output == (try Self.golden("boulangerie.mmd", for: run.output)))
    }

    @Test func dashOWritesTheFileAndReplacesAnOlderOne() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("map.mmd")
        try "old map".write(to: file, atomically: true, encoding: .utf8)
        let run = try FilRougeBinary.run(["graph", PlayEndToEndTests.fixture.path, "--format", "mermaid", "-o", file.path])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.isEmpty)
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written == (try Self.golden("boulangerie.mmd", for: written)))
    }

    @Test func aFileThatCannotBeWrittenIsReported() throws {
        let run = try FilRougeBinary.run(["graph", PlayEndToEndTests.fixture.path, "-o", "/nonexistent-folder/map.dot"])
        #expect(run.status == 1)
        #expect(run.error == "filrouge: cannot write /nonexistent-folder/map.dot: No such file or directory\n")
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let run = try FilRougeBinary.run(["graph", PlayEndToEndTests.fixture.path, "--format", "svg"])
        #expect(run.status == 64)
        #expect(run.error.contains("'svg'"))
    }

    @Test func aScenarioWithErrorsIsNotDrawn() throws {
        let run = try FilRougeBinary.run(["graph", "every-error.yaml"], directory: TrainerCommandsEndToEndTests.coreFixtures)
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        #expect(run.error.contains("every-error.yaml has errors"))
    }

    @Test func theBundledScenariosAreDrawnToo() throws {
        let run = try FilRougeBinary.run(["graph", "alancienne.en", "--format", "mermaid"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.hasPrefix("flowchart TD\n"))
        #expect(run.output.contains(" by_result{\"end<br/>by overall result\"}\n"))
    }

    @Test(.enabled(if: Graphviz.isInstalled, "Graphviz's dot is not installed"))
    func graphvizRendersTheDotOutput() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("map.dot")
        for scenario in [PlayEndToEndTests.fixture.path, "alancienne.fr", "alancienne.en"] {
            let run = try FilRougeBinary.run(["graph", scenario, "-o", file.path])
            #expect(run.status == 0, "\(run.error)")
            let svg = try Graphviz.svg(of: file)
            #expect(svg.status == 0, "\(scenario): \(svg.error)")
            #expect(svg.output.contains("<svg"))
        }
        #expect(try Graphviz.svg(of: file).output.contains("by overall result"))
    }
}

/// Graphviz's `dot`, when it is on the `PATH`.
enum Graphviz {
    static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent("dot") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static var isInstalled: Bool {
        executable != nil
    }

    /// `dot -Tsvg file`: its exit status, the SVG and what it said on standard error.
    static func svg(of file: URL) throws -> ProcessRun {
        guard let executable else { throw NotInstalled() }
        return try ProcessRun.run(executable, ["-Tsvg", file.path])
    }

    struct NotInstalled: Error {}
}
