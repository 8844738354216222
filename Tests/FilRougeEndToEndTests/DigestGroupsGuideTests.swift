import Foundation
import FilRougeTestSupport
import Testing

/// The terminal sessions of the facilitator's guide's sections on a folder of several scenarios
/// and on comparing groups, run as written (see `DocumentedSessionTests` for the conventions). The
/// sections are read on their own, up to the next chapter: the compared Markdown they show has
/// level-2 headings of its own.
struct DigestGroupsGuideTests {
    static let guide = "docs/facilitators-guide.md"
    static let heading = "### Several scenarios in one folder"
    static let nextChapter = "\n## Resuming an interrupted conversation"

    static func sections() throws -> String {
        let markdown = try Repository.text(guide)
        guard let start = markdown.range(of: heading + "\n") else { return "" }
        let rest = markdown[start.upperBound...]
        let end = rest.range(of: nextChapter)?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    @Test func theSessionsPrintWhatTheSectionsShow() throws {
        let steps = DocumentedStep.parse(try Self.sections())
        #expect(steps.filter(\.isChecked).count == 6)
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for step in steps {
            // The French colon is preceded by a no-break space on screen, by a plain space in the
            // guide; CSV rows end with CRLF, which a terminal shows as a line break.
            let output = try DocumentedSessionTests.shell(step.command, in: directory)
                .replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\r\n", with: "\n")
            guard let expected = step.expected else { continue }
            let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if step.isPrefix {
                #expect(Array(lines.prefix(expected.count)) == expected, "$ \(step.command)")
            } else {
                #expect(lines == expected + [""], "$ \(step.command)")
            }
        }
    }
}
