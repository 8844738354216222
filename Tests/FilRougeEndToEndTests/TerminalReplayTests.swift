import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `filrouge replay` of a group in a real terminal (a pseudo-terminal driven by
/// `TerminalSession`): a step's page taller than the screen keeps its heading and question at
/// the top while the learners' replies scroll under them.
struct TerminalReplayTests {
    static let learners = ["Ana", "Ben", "Chloé", "Dan", "Eve", "Fanny"]
    static let question = "Mme Levain\u{00A0}: Tu crois que je devrais prendre des commandes sur internet ?"
    static let pageDown = "\u{1B}[6~"
    static let pageUp = "\u{1B}[5~"

    /// Six learners who played the bakery with the same replies, each in a transcript of their
    /// own in `directory/group`.
    static func group() throws -> URL {
        let directory = try FilRougeBinary.temporaryDirectory()
        let group = directory.appendingPathComponent("group")
        try FileManager.default.createDirectory(at: group, withIntermediateDirectories: true)
        for (index, name) in learners.enumerated() {
            let run = try FilRougeBinary.run(
                ["play", PlayEndToEndTests.fixture.path, "--transcript", "group/\(index + 1).jsonl", "--seed", "5", "--name", name],
                input: "Oui, la précommande en ligne, c'est simple\nDes photos, c'est tout\n", directory: directory
            )
            guard run.status == 0 else { throw ReplayEndToEndTests.PlayFailed(error: run.error) }
        }
        return directory
    }

    /// The lines of the window and how many there are, from the line under it:
    /// `(lignes 14 à 27 sur 40)` gives 14, 27 and 40.
    static func scrollPosition(_ screen: ScreenModel) -> (first: Int, last: Int, total: Int)? {
        for line in screen.lines {
            guard let start = line.range(of: "(lignes ") else { continue }
            let numbers = line[start.upperBound...].split { !$0.isNumber }.compactMap { Int($0) }
            if numbers.count == 3 { return (numbers[0], numbers[1], numbers[2]) }
        }
        return nil
    }

    /// The page's top rows: the position and the learners, the step as the florilège numbers it, the question.
    static func expectQuestionOnTop(_ screen: ScreenModel, sourceLocation: SourceLocation = #_sourceLocation) {
        let lines = screen.lines
        #expect(lines[0] == "1/2 · La boulangerie de Mme Levain · Ana, Ben, Chloé, Dan, Eve, Fanny", sourceLocation: sourceLocation)
        #expect(lines[1] == "Étape 1 · commandes", sourceLocation: sourceLocation)
        #expect(lines[2] == "", sourceLocation: sourceLocation)
        #expect(lines[3] == question, sourceLocation: sourceLocation)
    }

    /// In colour too: colour sequences take no row.
    @Test(arguments: [false, true])
    func aGroupPageScrollsUnderItsQuestionOnASmallTerminal(colour: Bool) throws {
        let directory = try Self.group()
        defer { try? FileManager.default.removeItem(at: directory) }
        let session = try TerminalSession(
            ["replay", "--scenario", PlayEndToEndTests.fixture.path, directory.appendingPathComponent("group").path],
            environment: TerminalSession.environment(in: directory, colour: colour), columns: 80, rows: 24
        )
        // 24 rows: 4 for the keys (a blank row, the key line wrapped on two, the row for notices),
        // 1 for the line that says where the window stands; the heading, the step and the
        // question stay on 5, which leaves 14 to scroll. The narration and Mme Levain's first
        // words would make the part that stays 10 rows, more than half of 19: they scroll.
        try session.waitUntil("the first page") { Self.scrollPosition($0.screen) != nil }
        Self.expectQuestionOnTop(session.screen)
        #expect(session.screen.lines[5] == "Vous retrouvez Mme Levain devant sa boutique, un samedi matin.")
        #expect(Self.scrollPosition(session.screen).map { [$0.first, $0.last] } == [1, 14])
        #expect(!session.screen.text.contains("── Fanny ──"))

        // A screen down moves 13 lines, one less than the window.
        session.type(Self.pageDown)
        try session.waitUntil("the page scrolled a screen down") { Self.scrollPosition($0.screen)?.first == 14 }
        Self.expectQuestionOnTop(session.screen)
        #expect(!session.screen.lines.contains("Vous retrouvez Mme Levain devant sa boutique, un samedi matin."))

        // Down to the bottom: the last learner's reply, under the same question.
        for _ in 0..<10 {
            guard let position = Self.scrollPosition(session.screen), position.last < position.total else { break }
            session.type(Self.pageDown)
            try session.waitUntil("the page scrolled further") { Self.scrollPosition($0.screen)?.first != position.first }
        }
        Self.expectQuestionOnTop(session.screen)
        #expect(session.screen.lines.contains("── Fanny ──"))
        #expect(session.screen.lines.contains("Fanny\u{00A0}: Oui, la précommande en ligne, c'est simple"))
        #expect(!session.screen.lines.contains("── Ana ──"))
        #expect(session.screen.lines.count == 24)

        session.type(Self.pageDown)
        try session.waitFor("C’est le bas de la page\u{00A0}: Entrée pour l’étape suivante.")

        // Home goes back to the top, End to the bottom again.
        let end = try #require(Self.scrollPosition(session.screen))
        session.type("\u{1B}[H")
        try session.waitUntil("the top of the page") { Self.scrollPosition($0.screen)?.first == 1 }
        Self.expectQuestionOnTop(session.screen)
        session.type("\u{1B}[F")
        try session.waitUntil("the bottom of the page") { Self.scrollPosition($0.screen)?.first == end.first }

        // ↑ moves one line, in both modes of the terminal's cursor keys.
        let bottom = try #require(Self.scrollPosition(session.screen))
        session.type("\u{1B}[A")
        try session.waitUntil("one line up") { Self.scrollPosition($0.screen)?.first == bottom.first - 1 }
        session.type("\u{1B}OA")
        try session.waitUntil("one more line up") { Self.scrollPosition($0.screen)?.first == bottom.first - 2 }

        // 30 rows: half of the 25 the page has is 12, room for the 10 rows of the heading, the
        // narration, Mme Levain's first words and the question, which stay; 15 rows scroll.
        session.resize(columns: 80, rows: 30)
        try session.waitUntil("the page redrawn for 30 rows") { session in
            guard let position = Self.scrollPosition(session.screen) else { return false }
            return position.last - position.first + 1 == 15
        }
        #expect(Array(session.screen.lines.prefix(4)) == [
            "1/2 · La boulangerie de Mme Levain · Ana, Ben, Chloé, Dan, Eve, Fanny", "Étape 1 · commandes", "",
            "Vous retrouvez Mme Levain devant sa boutique, un samedi matin.",
        ])
        #expect(session.screen.lines[8] == Self.question)
        #expect(Self.scrollPosition(session.screen)?.last == Self.scrollPosition(session.screen)?.total, "still at the bottom")

        // The keys list the new ones. They take 8 rows under a blank one: what stays is back to
        // the heading and the question.
        session.type("?")
        try session.waitFor("↑ ↓, Page préc., Page suiv.\u{00A0}: faire défiler une page plus haute que l’écran")
        Self.expectQuestionOnTop(session.screen)

        // Enter still goes to the next step, which starts at its top.
        session.type("\r")
        try session.waitFor("2/2 · La boulangerie de Mme Levain")
        #expect(session.screen.lines[1] == "Étape 2 · reseaux")
        #expect(session.screen.lines[3] == "Mme Levain\u{00A0}: Et Facebook, ça sert à quelque chose pour une boulangerie ?")
        session.type(Self.pageUp)
        try session.waitFor("C’est le haut de la page.")

        // One learner at a time: Enter goes to the next learner, under the same question.
        let facebook = "Mme Levain\u{00A0}: Et Facebook, ça sert à quelque chose pour une boulangerie ?"
        session.type("l")
        try session.waitUntil("Ana alone") { $0.screen.lines.contains("── Ana · 1/6 ──") }
        #expect(!session.screen.lines.contains { $0.hasPrefix("── Ben") })
        session.type(" ")
        try session.waitUntil("Ben alone") { $0.screen.lines.contains("── Ben · 2/6 ──") }
        #expect(session.screen.lines[0].hasPrefix("2/2 · La boulangerie de Mme Levain"))
        #expect(session.screen.lines[3] == facebook)
        #expect(!session.screen.lines.contains { $0.hasPrefix("── Ana") })

        session.type("q")
        #expect(try session.waitForExit() == .exited(0))
        TerminalPlayTests.expectRestored(session)
    }
}
