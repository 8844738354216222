import Foundation
import FilRougeTestSupport
import Testing

/// The examples of docs/graph-and-new.md are what the program prints and writes.
struct GraphAndNewDocumentationTests {
    static func documentation() throws -> String {
        try Repository.text("docs/graph-and-new.md")
    }

    /// The lines of the first block fenced as ```` ```language ````, each ending with a line break.
    static func block(_ language: String, in markdown: String) throws -> String {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex(of: Substring("```\(language)")))
        let end = try #require(lines[(start + 1)...].firstIndex(of: "```"))
        return lines[(start + 1)..<end].map { $0 + "\n" }.joined()
    }

    @Test(arguments: [("mermaid", "mermaid"), ("dot", "dot")])
    func theExampleMapsAreTheProgramsOutput(fence: String, format: String) throws {
        let shown = try Self.block(fence, in: try Self.documentation())
        let run = try FilRougeBinary.run(["graph", PlayEndToEndTests.fixture.path, "--format", format])
        #expect(run.status == 0)
        #expect(run.output == shown)
    }

    @Test func theSkeletonExcerptIsWhatNewWrites() throws {
        let shown = try Self.block("yaml", in: try Self.documentation())
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try FilRougeBinary.run(["new", "bookshop", "--lang", "en"], directory: directory)
        #expect(run.status == 0)
        let written = try String(contentsOf: directory.appendingPathComponent("bookshop.yaml"), encoding: .utf8)
        #expect(written.contains(shown))
    }

    @Test func theSessionWithNewCheckAndTestIsWhatTheyPrint() throws {
        let markdown = try Self.documentation()
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var session = ""
        for arguments in [["new", "librairie"], ["check", "librairie.yaml"], ["test", "librairie.yaml"]] {
            let run = try FilRougeBinary.run(arguments, directory: directory)
            #expect(run.status == 0)
            session += "$ filrouge \(arguments.joined(separator: " "))\n" + run.output
        }
        #expect(markdown.contains("```\n" + session + "```\n"))
    }
}
