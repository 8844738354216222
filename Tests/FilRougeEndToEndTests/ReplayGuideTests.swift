import Foundation
import FilRougeTestSupport
import Testing

/// The terminal sessions of the facilitator's guide's section on `replay`, run as written (see
/// `DocumentedSessionTests` for the conventions). The section is read on its own, so that it stays
/// correct wherever it sits in the guide.
struct ReplayGuideTests {
    static let guide = "docs/facilitators-guide.md"
    static let heading = "## Replaying a conversation"

    /// The section from its heading to the next level-2 heading.
    static func section() throws -> String {
        let markdown = try Repository.text(guide)
        guard let start = markdown.range(of: heading + "\n") else { return "" }
        let rest = markdown[start.upperBound...]
        let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    /// Every key the replay reads has its row in the section's table (`TerminalReplayTests` checks
    /// that `?` lists them on screen).
    @Test func theKeyTableNamesEveryKey() throws {
        let rows = try Self.section().split(separator: "\n").filter { $0.hasPrefix("| ") }.map { row in
            row.split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        }
        for keys in ["Enter, space, →", "`b`, ←", "↑, ↓", "PageUp, PageDown", "Home, End", "`l`", "a number, then Enter", "`q`", "`?`"] {
            #expect(rows.contains(keys), "no row for \(keys)")
        }
    }

    @Test func theSessionsPrintWhatTheSectionShows() throws {
        let steps = DocumentedStep.parse(try Self.section())
        #expect(steps.filter(\.isChecked).count == 4)
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for step in steps {
            // The French colon is preceded by a no-break space on screen, by a plain space in the guide.
            let output = try DocumentedSessionTests.shell(step.command, in: directory).replacingOccurrences(of: "\u{00A0}", with: " ")
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
