@testable import FilRougeConsole
import FilRougeTestSupport
import Foundation
import Testing

/// readline keeps one history per process, so these tests run one after the other.
@Suite("ReadlineHistory", .serialized)
struct ReadlineHistoryTests {
    private func temporaryDirectory() throws -> URL {
        try TemporaryFolder.create("filrouge-history")
    }

    private func savedLines(_ file: URL) throws -> [String] {
        try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast().map(String.init)
    }

    @Test func savesEachLineCreatingTheDirectory() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("sous/dossier/historique")
        var history = ReadlineHistory(file: file, limit: 1000)
        history.record("bonjour")
        history.record("ça va ?")
        #expect(history.warning == nil)
        #expect(try savedLines(file) == ["bonjour", "ça va ?"])
    }

    @Test func skipsBlankLinesAndImmediateRepeats() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("historique")
        var history = ReadlineHistory(file: file, limit: 1000)
        for line in ["un", "", "   ", "un", "deux", "un"] {
            history.record(line)
        }
        #expect(try savedLines(file) == ["un", "deux", "un"])
    }

    @Test func reloadsAndKeepsOnlyTheLimit() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("historique")
        try "un\ndeux\ntrois\n".write(to: file, atomically: true, encoding: .utf8)
        var history = ReadlineHistory(file: file, limit: 3)
        // Repeats the last line loaded from the file: not added again.
        history.record("trois")
        history.record("quatre")
        #expect(history.warning == nil)
        #expect(try savedLines(file) == ["deux", "trois", "quatre"])
    }

    @Test func reportsAnUnwritableFileOnceAndCarriesOn() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let blocker = directory.appendingPathComponent("fichier")
        try "pas un dossier".write(to: blocker, atomically: true, encoding: .utf8)
        var history = ReadlineHistory(file: blocker.appendingPathComponent("historique"), limit: 10)
        history.record("un")
        let warning = try #require(history.warning)
        history.record("deux")
        #expect(history.warning == warning)
    }

    @Test func reportsAnUnreadableFile() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // A directory where the file should be: it exists, but cannot be read as history.
        let history = ReadlineHistory(file: directory, limit: 10)
        #expect(history.warning != nil)
    }

    @Test func worksWithoutAFile() {
        var history = ReadlineHistory(file: nil, limit: 10)
        history.record("un")
        #expect(history.warning == nil)
    }
}
