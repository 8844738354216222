import Foundation
import FilRougeTestSupport
import Testing

/// The examples of docs/facilitators-guide.md are what the program prints and writes, times
/// and ids aside (they change with every run).
@Suite(.serialized)
struct FacilitatorsGuideExportTests {
    static func documentation() throws -> String {
        try Repository.text("docs/facilitators-guide.md")
    }

    /// Times and UUIDs replaced by placeholders.
    static func normalized(_ text: String) -> String {
        text.replacingOccurrences(of: #"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z"#, with: "TIME", options: .regularExpression)
            .replacingOccurrences(of: #"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"#, with: "UUID", options: .regularExpression)
    }

    /// The conversations of the guide, played in a new folder: Camille's, left and resumed, and
    /// Dominique's, left after one reply. Returns the folder and what the resume printed.
    static func playTheExamples() throws -> (folder: URL, resumed: ProcessRun) {
        let folder = try FilRougeBinary.temporaryDirectory()
        try FileManager.default.copyItem(at: PlayEndToEndTests.fixture, to: folder.appendingPathComponent("boulangerie.yaml"))
        _ = try FilRougeBinary.run(
            ["play", "boulangerie.yaml", "--seed", "5", "--name", "Camille", "--transcript", "camille.jsonl"],
            input: "Une commande en ligne, pourquoi pas.\n", directory: folder
        )
        let resumed = try FilRougeBinary.run(
            ["play", "boulangerie.yaml", "--resume", "camille.jsonl"], input: "simple et pas cher\nDes photos sur Instagram\n", directory: folder
        )
        _ = try FilRougeBinary.run(
            ["play", "boulangerie.yaml", "--seed", "2", "--name", "Dominique", "--transcript", "dominique.jsonl"],
            input: "=1+1 pas de site\n", directory: folder
        )
        return (folder, resumed)
    }

    @Test func theExamplesAreWhatTheProgramPrints() throws {
        let markdown = try Self.documentation()
        let (folder, resumed) = try Self.playTheExamples()
        defer { try? FileManager.default.removeItem(at: folder) }

        #expect(resumed.status == 0, "\(resumed.error)")
        let session = "$ printf 'simple et pas cher\\nDes photos sur Instagram\\n' | filrouge play boulangerie.yaml --resume camille.jsonl\n"
            + resumed.output.replacingOccurrences(of: folder.path, with: "/home/formatrice")
        #expect(markdown.contains(session + "```\n"))

        let csv = try FilRougeBinary.run(["export", "camille.jsonl", "dominique.jsonl", "--format", "csv"], directory: folder)
        #expect(csv.status == 0)
        let shownCSV = try GraphAndNewDocumentationTests.block("csv", in: markdown)
        #expect(Self.normalized(shownCSV) == Self.normalized(csv.output.replacingOccurrences(of: "\r\n", with: "\n")))
        #expect(markdown.contains("```\n" + csv.error + "```\n"), "the report on standard error")

        let xapi = try FilRougeBinary.run(["export", "camille.jsonl", "--format", "xapi"], directory: folder)
        let statements = try #require(try JSONValue.parse(Self.normalized(xapi.output)).arrayValue)
        let shownStatement = try JSONValue.parse(Self.normalized(try GraphAndNewDocumentationTests.block("json", in: markdown)))
        #expect(statements.first == shownStatement)
        #expect(XAPIStatementValidator.validate(try JSONValue.parse(try GraphAndNewDocumentationTests.block("json", in: markdown))) == [])
    }
}
