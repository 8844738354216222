import Foundation
import Testing

/// docs/calibration.md shows the boulangerie marks file and the start of its text output; both must
/// stay what the program reads and writes.
struct CalibrationDocumentationTests {
    static let page = DocumentationExampleTests.docs.appendingPathComponent("calibration.md")

    /// The code blocks of a Markdown file fenced with ```` ```language ```` (an empty language for bare fences).
    static func blocks(_ language: String, in markdown: String) -> [String] {
        var blocks: [String] = []
        var open: (language: Substring, lines: [Substring])?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if let block = open {
                if line == "```" {
                    if block.language == language { blocks.append(block.lines.joined(separator: "\n")) }
                    open = nil
                } else {
                    open?.lines.append(line)
                }
            } else if line.hasPrefix("```") {
                open = (line.dropFirst(3), [])
            }
        }
        return blocks
    }

    @Test func theMarksFileShownIsTheFixture() throws {
        let markdown = try String(contentsOf: Self.page, encoding: .utf8)
        let shown = try #require(Self.blocks("csv", in: markdown).first)
        #expect(shown + "\n" == (try CalibrationFixtures.text("boulangerie.marks.csv")))
    }

    @Test func theTextOutputShownIsTheStartOfTheGoldenFile() throws {
        let markdown = try String(contentsOf: Self.page, encoding: .utf8)
        let shown = try #require(Self.blocks("", in: markdown).first { $0.hasPrefix("Calibration of boulangerie") })
        let excerpt = try #require(shown.components(separatedBy: "\n    […]").first)
        #expect(shown.hasSuffix("\n    […]"))
        #expect((try CalibrationFixtures.text("boulangerie.calibration.expected.txt")).hasPrefix(excerpt + "\n"))
    }
}
