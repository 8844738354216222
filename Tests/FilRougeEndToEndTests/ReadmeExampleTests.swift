import Foundation
import FilRougeTestSupport
import Testing

/// The example conversation of README.md is what the program prints.
struct ReadmeExampleTests {
    static func readmeExample() throws -> [String] {
        let readme = try Repository.text("README.md")
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex(of: "$ filrouge play --seed 4"))
        let end = try #require(lines[start...].firstIndex(of: "```"))
        return Array(lines[start..<end])
    }

    @Test func theExampleReplyGetsTheCoachNoteAndSummaryShown() throws {
        let example = try Self.readmeExample()
        let replyLine = try #require(example.first { $0.hasPrefix("Vous › ") })
        let reply = String(replyLine.dropFirst("Vous › ".count))
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try FilRougeBinary.run(
            ["play", "--seed", "4", "--transcript", directory.appendingPathComponent("t.jsonl").path],
            input: reply + "\n/quitter\n", environment: ["COLUMNS": "100"]
        )
        #expect(run.status == 0)
        // The README shows non-breaking spaces as plain ones.
        let output = run.output.replacingOccurrences(of: "\u{00A0}", with: " ")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The coach's note with the friend's reaction, and the summary, line for line.
        for (first, next) in [("Coach", "[…]"), ("Bilan", "Transcription")] {
            let start = try #require(example.firstIndex { $0.hasPrefix(first) })
            let end = try #require(example[start...].firstIndex { $0.hasPrefix(next) })
            let expected = Array(example[start..<end])
            let actualStart = try #require(output.firstIndex { $0.hasPrefix(first) })
            #expect(Array(output[actualStart..<min(output.count, actualStart + expected.count)]) == expected)
        }
    }
}
