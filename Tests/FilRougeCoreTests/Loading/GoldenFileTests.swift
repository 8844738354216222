import FilRougeTestSupport
import Foundation
import Testing

/// The golden-file helper every golden comparison uses: it reads the file, and when the golden
/// files are being rewritten, rewrites a file that differs but still fails the comparison once.
struct GoldenFileTests {
    @Test func readsTheFileAndWritesNothingWhenNotUpdating() throws {
        let folder = try TemporaryFolder.create("filrouge-golden")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.expected.txt")
        try "old\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(try GoldenFile.text(file, for: "new\n", updating: false) == "old\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == "old\n")
        let missing = folder.appendingPathComponent("missing.expected.txt")
        #expect(throws: (any Error).self) { try GoldenFile.text(missing, for: "new\n", updating: false) }
        #expect(!FileManager.default.fileExists(atPath: missing.path))
    }

    @Test func updatingRewritesTheFileAndStillGivesWhatItHeld() throws {
        let folder = try TemporaryFolder.create("filrouge-golden")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.expected.txt")
        try "old\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(try GoldenFile.text(file, for: "new\n", updating: true) == "old\n", "the comparison fails this once")
        #expect(try String(contentsOf: file, encoding: .utf8) == "new\n")
        #expect(try GoldenFile.text(file, for: "new\n", updating: true) == "new\n", "then passes")
        let missing = folder.appendingPathComponent("missing.expected.txt")
        #expect(try GoldenFile.text(missing, for: "first\n", updating: true) == "")
        #expect(try String(contentsOf: missing, encoding: .utf8) == "first\n")
    }

    @Test func updatingKeepsOutWhatTheTestAddsAfterTheFile() throws {
        let folder = try TemporaryFolder.create("filrouge-golden")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.expected.txt")
        try "old\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(try GoldenFile.text(file, for: "new\nsummary\n", followedBy: "summary\n", updating: true) == "old\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == "new\n")
        // An output without the summary the test states is not the file's business: left as it is.
        #expect(try GoldenFile.text(file, for: "other\n", followedBy: "summary\n", updating: true) == "new\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == "new\n")
    }

    @Test func theVariableIsTheDocumentedOne() throws {
        #expect(GoldenFile.updateVariable == "FILROUGE_UPDATE_GOLDEN")
        #expect(try Repository.text("README.md").contains("FILROUGE_UPDATE_GOLDEN=1 swift test"))
    }
}
