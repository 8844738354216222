@testable import FilRougeConsole
import FilRougeCore
import FilRougeTestSupport
import Foundation
import Testing

/// `TranscriptFileReader.header(path:)`: a transcript's first line alone, which a digest reads of
/// every file to choose its scenario before it reads any whole.
struct TranscriptHeaderReadingTests {
    static let header = #"{"format":1,"learner":"Camille","program":"filrouge 0.1.0","scenario":{"hash":"sha256:ab","id":"boulangerie","language":"fr","title":"La boulangerie","version":"1.0"},"seed":1,"started":"2026-11-29T06:39:38.634Z","type":"header"}"#

    static func file(_ bytes: [UInt8], in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("t.jsonl").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        return path
    }

    @Test func readsTheHeaderWhateverFollowsIt() throws {
        let folder = try TemporaryFolder.create("filrouge-header")
        defer { try? FileManager.default.removeItem(at: folder) }
        // Bytes that are not UTF-8 after the first line: the whole reader refuses the file, and
        // says so when the digest reads it; the header is still the header.
        let path = try Self.file(Array("\n\(Self.header)\n".utf8) + [0xFF, 0xFE, 0x0A], in: folder)
        let header = try #require(TranscriptFileReader.header(path: path))
        #expect(header.learner == "Camille")
        #expect(header.scenario.id == "boulangerie")
        #expect(header.scenario.language == .fr)
        #expect(header.scenario.hash == "sha256:ab")
    }

    @Test func readsAHeaderLongerThanAChunkAndOneWithoutALineBreak() throws {
        let folder = try TemporaryFolder.create("filrouge-header")
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = String(repeating: "é", count: 100_000)
        let long = Self.header.replacingOccurrences(of: "Camille", with: name)
        #expect(TranscriptFileReader.header(path: try Self.file(Array(long.utf8), in: folder))?.learner == name)
    }

    @Test func isNilWhenTheFirstLineIsNoHeaderOrTheFileCannotBeRead() throws {
        let folder = try TemporaryFolder.create("filrouge-header")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(TranscriptFileReader.header(path: try Self.file(Array("{}\n\(Self.header)\n".utf8), in: folder)) == nil)
        #expect(TranscriptFileReader.header(path: try Self.file([], in: folder)) == nil)
        #expect(TranscriptFileReader.header(path: try Self.file([0xFF, 0x0A] + Array(Self.header.utf8), in: folder)) == nil)
        #expect(TranscriptFileReader.header(path: folder.appendingPathComponent("missing.jsonl").path) == nil)
        #expect(TranscriptFileReader.header(path: folder.path) == nil)
    }
}
