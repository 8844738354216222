@testable import FilRougeConsole
import FilRougeCore
import FilRougeTestSupport
import Foundation
import Testing

/// The one reader of transcript files: sizes checked before reading, pieces read one at a time,
/// files that are not ordinary refused, damaged lines counted but kept only to a few.
struct TranscriptFileReaderTests {
    static func folder() throws -> URL {
        try TemporaryFolder.create("filrouge-file-reader")
    }

    /// A 1 GB file is refused from its size alone: made sparse, it takes no disk, and reading it
    /// would take a second and a gigabyte.
    @Test func aFileLargerThanATranscriptIsRefusedBeforeItIsRead() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("huge.jsonl").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("{}\n".utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 1 << 30)
        try handle.close()
        let started = Date()
        #expect(throws: FileReadError(name: path, problem: .tooLarge(size: 1 << 30, kind: .transcript))) {
            try TranscriptFileReader.read(path: path)
        }
        #expect(Date().timeIntervalSince(started) < 0.5)
        let error = FileReadError(name: "huge.jsonl", problem: .tooLarge(size: 1 << 30, kind: .transcript))
        #expect(error.description == "huge.jsonl is 1073741824 bytes; a transcript is at most 67108864 bytes")
    }

    /// A pipe or a device would block or never end: refused before a byte is read.
    @Test func aPipeOrADeviceIsNotAnOrdinaryFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("fifo.jsonl").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for path in [fifo, "/dev/zero"] {
            #expect(throws: FileReadError(name: path, problem: .notAnOrdinaryFile)) { try TranscriptFileReader.read(path: path) }
        }
        #expect(FileReadError(name: "/dev/zero", problem: .notAnOrdinaryFile).description
            == "/dev/zero is not an ordinary file (a device, a pipe or a socket)")
        #expect(throws: FileReadError(name: folder.path, problem: .folder(kind: .transcript))) {
            try TranscriptFileReader.read(path: folder.path)
        }
    }

    /// Lines longer than the pieces the file is read in, and CRLF line ends, read as lines.
    @Test func linesAcrossPiecesAndCRLFLinesReadWhole() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        let long = String(repeating: "mot ", count: 50_000)
        let lines = [
            #"{"format":1,"learner":"Zoé","program":"filrouge 1","scenario":{"hash":"sha256:00","id":"s","language":"fr","title":"S","version":"1"},"seed":7,"started":"2027-01-15T08:00:00.000Z","type":"header"}"#,
            #"{"at":"2027-01-15T08:00:00.000Z","attempt":1,"step":"accueil","text":"\#(long)","type":"reply"}"#,
            #"{"at":"2027-01-15T08:00:01.000Z","name":"hint","type":"command"}"#,
        ]
        let path = folder.appendingPathComponent("long.jsonl").path
        try lines.joined(separator: "\r\n").appending("\r\n").write(toFile: path, atomically: true, encoding: .utf8)
        let read = try TranscriptFileReader.read(path: path)
        #expect(read.contents.header?.learner == "Zoé")
        #expect(read.contents.damaged.isEmpty)
        #expect(read.contents.events.map(\.line) == [2, 3])
        #expect(read.contents.events.first?.event == .reply(Reply(step: "accueil", attempt: 1, text: long)))
        #expect(read.contents.events.last?.at == date.addingTimeInterval(1))
        #expect(read.byteCount == lines.joined(separator: "\r\n").utf8.count + 2)
    }

    /// A file of many damaged lines keeps the first few, counts the rest, and says so in a few
    /// lines, whichever command reads it.
    @Test func damagedLinesAreCountedAndOnlyTheFirstKept() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("noise.jsonl").path
        try String(repeating: "not json\n", count: 100_000).write(toFile: path, atomically: true, encoding: .utf8)
        let read = try TranscriptFileReader.read(path: path)
        #expect(read.contents.damagedCount == 100_000)
        #expect(read.contents.damaged.count == 20)
        #expect(read.contents.damaged.map(\.line) == Array(1...20))
        let notes = DamagedLineNotes.notes(read.contents.damaged, count: read.contents.damagedCount, name: "noise.jsonl")
        #expect(notes.count == 21)
        #expect(notes.first?.hasPrefix("noise.jsonl:1: not a transcript entry") == true)
        #expect(notes.last == "noise.jsonl: 99980 more damaged lines skipped")
    }

    /// The text files written by hand are read by one reader too: the line of the first bad byte
    /// is counted by line feeds, so a CRLF file says the same line as an LF one.
    @Test func aTextFileReportsTheLineOfItsFirstBadByteInCRLFFilesToo() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, end) in [("lf.yaml", "\n"), ("crlf.yaml", "\r\n")] {
            let path = folder.appendingPathComponent(name).path
            let text = Data("id: s\(end)title: S\(end)".utf8) + Data([0x63, 0x61, 0x66, 0xE9]) + Data(end.utf8)
            try text.write(to: URL(fileURLWithPath: path))
            #expect(throws: FileReadError(name: path, problem: .notUTF8(line: 3, kind: .scenario))) {
                try TextFileReader.read(path: path, kind: .scenario)
            }
        }
        #expect(FileReadError(name: "a.csv", problem: .notUTF8(line: 2, kind: .marks)).description
            == "a.csv:2: the file is not UTF-8 text (from a spreadsheet, save it as \"CSV UTF-8\")")
        let bom = folder.appendingPathComponent("bom.yaml").path
        try (Data([0xEF, 0xBB, 0xBF]) + Data("id: s\n".utf8)).write(to: URL(fileURLWithPath: bom))
        #expect(try TextFileReader.read(path: bom, kind: .scenario) == "id: s\n")
    }

    /// A digest reads files in batches of at most 64 files and, past the first file of a batch,
    /// 64 MiB: many large files cost the memory of a few.
    @Test func batchesAreBoundedByFilesAndBytes() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (index, megabytes) in [40, 20, 10, 70, 1].enumerated() {
            let path = folder.appendingPathComponent("t\(index).jsonl").path
            #expect(FileManager.default.createFile(atPath: path, contents: nil))
            let handle = try #require(FileHandle(forWritingAtPath: path))
            try handle.truncate(atOffset: UInt64(megabytes) << 20)
            try handle.close()
            paths.append(path)
        }
        #expect(TranscriptBatches.nextBatch(paths, from: 0).count == 2, "40 + 20 MiB, and 10 more would pass 64")
        #expect(TranscriptBatches.nextBatch(paths, from: 2).count == 1, "10, and 70 more would pass 64")
        #expect(TranscriptBatches.nextBatch(paths, from: 3).count == 1, "a file larger than a batch is a batch of its own")
        #expect(TranscriptBatches.nextBatch(paths, from: 4) == [paths[4]])
        let small = (0..<150).map { folder.appendingPathComponent("missing-\($0).jsonl").path }
        #expect(TranscriptBatches.nextBatch(small, from: 0).count == 64)
    }
}
