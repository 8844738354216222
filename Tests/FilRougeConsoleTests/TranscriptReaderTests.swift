import FilRougeConsole
import FilRougeCore
import FilRougeTestSupport
import Foundation
import Testing

/// Finding transcript files on the command line and reading them, several at a time.
struct TranscriptReaderTests {
    static func folder() throws -> URL {
        try TemporaryFolder.create("filrouge-reader")
    }

    static func transcript(learner: String) -> String {
        let scenario = Scenario(id: "s", title: "S", language: .en, version: "1", persona: Persona(name: "P"), steps: [], endings: [])
        let date = Date(timeIntervalSince1970: 0)
        let header = TranscriptHeader(scenario: .init(scenario: scenario, sourceText: "s"), learner: learner, started: date, seed: 1, program: "test")
        return [
            TranscriptLineWriter.line(for: .header(header)),
            TranscriptLineWriter.line(for: .event(at: date, .command(CommandUsed(name: "hint")))),
        ].joined(separator: "\n") + "\n"
    }

    @Test func foldersGiveTheirTranscriptFilesInPathOrderWithSubfolders() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["b.jsonl", "a.jsonl", "B2.jsonl", "notes.txt", ".hidden.jsonl"] {
            try "x".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub.jsonl"), withIntermediateDirectories: true)
        try "x".write(to: folder.appendingPathComponent("sub.jsonl/c.jsonl"), atomically: true, encoding: .utf8)
        let paths = try TranscriptPaths.expand([folder.path])
        #expect(paths.map { String($0.dropFirst(folder.path.count + 1)) } == ["B2.jsonl", "a.jsonl", "b.jsonl", "sub.jsonl/c.jsonl"])
        // A file named on its own is read whatever its name; a file named twice is read once.
        let notes = folder.appendingPathComponent("notes.txt").path
        let again = try TranscriptPaths.expand([notes, folder.path, folder.appendingPathComponent("./a.jsonl").path])
        #expect(again.map { URL(fileURLWithPath: $0).lastPathComponent } == ["notes.txt", "B2.jsonl", "a.jsonl", "b.jsonl", "c.jsonl"])
    }

    /// A missing file is passed on, for the reader to name it; a missing folder, spelled as one,
    /// cannot be listed.
    @Test func aMissingFileIsLeftToTheReaderAndAMissingFolderIsAnError() throws {
        #expect(try TranscriptPaths.expand(["/no/such/file.jsonl"]) == ["/no/such/file.jsonl"])
        do {
            _ = try TranscriptPaths.expand(["/no/such/folder/"])
            Issue.record("a missing folder was listed")
        } catch {
            #expect("\(error)" == "cannot read the folder /no/such/folder/: No such file or directory")
        }
        #expect(throws: FileReadError(name: "/no/such/file.jsonl", problem: .missing)) {
            try TranscriptFileReader.read(path: "/no/such/file.jsonl")
        }
    }

    @Test func readsConcurrentlyWhatItReadsOneByOneInTheSameOrder() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for index in 0..<150 {
            let path = folder.appendingPathComponent(String(format: "t%03d.jsonl", index)).path
            try Self.transcript(learner: "L\(index)").write(toFile: path, atomically: true, encoding: .utf8)
            paths.append(path)
        }
        let broken = folder.appendingPathComponent("latin1.jsonl").path
        try Data([0x7B, 0xE9, 0x7D]).write(to: URL(fileURLWithPath: broken))
        paths.insert(broken, at: 70)
        func names(concurrently: Bool) -> ([String], [Int]) {
            var learners: [String] = []
            var batchSizes: [Int] = []
            TranscriptBatches.read(paths, concurrently: concurrently) { batch in
                batchSizes.append(batch.count)
                for loaded in batch {
                    switch loaded.record {
                    case .success(let record): learners.append(record.header?.learner ?? "?")
                    case .failure(let error): learners.append("failed: \(error.predicate)")
                    }
                }
            }
            return (learners, batchSizes)
        }
        let concurrent = names(concurrently: true)
        let sequential = names(concurrently: false)
        #expect(concurrent.0 == sequential.0)
        #expect(concurrent.1 == [64, 64, 23])
        #expect(concurrent.0.count == 151)
        #expect(concurrent.0[69] == "L69")
        #expect(concurrent.0[70] == "failed: is not UTF-8 text")
        #expect(concurrent.0[71] == "L70")
    }

    /// Bad bytes are let be only in a last line cut short (a full disk stops a write inside a
    /// character): that line is read with U+FFFD and left to be reported as damaged, the rest of
    /// the file counts. Bad bytes anywhere else, or an empty file, make the file unreadable.
    @Test func onlyALastLineCutInsideACharacterIsReadWithReplacement() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let whole = Self.transcript(learner: "Zoé")
        let files: [(String, Data)] = [
            ("cut.jsonl", Data(whole.utf8) + Data("{\"text\":\"caf".utf8) + Data([0xC3])),
            ("middle.jsonl", Data([0xE9, 0x0A]) + Data(whole.utf8)),
            ("empty.jsonl", Data()),
        ]
        for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
        let cut = TranscriptBatches.load(folder.appendingPathComponent("cut.jsonl").path)
        let record = try cut.record.get()
        #expect(record.header?.learner == "Zoé")
        #expect(record.damaged.map(\.line) == [3])
        #expect(cut.warning == folder.appendingPathComponent("cut.jsonl").path + ":3: bytes that are not UTF-8, read as \u{FFFD}")
        let middle = TranscriptBatches.load(folder.appendingPathComponent("middle.jsonl").path)
        #expect(throws: FileReadError.self) { try middle.record.get() }
        #expect(middle.warning == nil)
        let empty = TranscriptBatches.load(folder.appendingPathComponent("empty.jsonl").path)
        #expect((try? empty.record.get()) == nil)
        if case .failure(let error) = empty.record { #expect(error.predicate == "is empty: not a transcript") }
    }

    /// Every folder is listed by the walk, subfolders too; one that cannot be listed is an error
    /// that names it. As root no folder's mode keeps it from being listed: a file named as a folder
    /// (`notes.jsonl/`) stands for it.
    @Test func aFolderThatCannotBeListedIsAnErrorNamingIt() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let notes = folder.appendingPathComponent("notes.jsonl").path
        try "x".write(toFile: notes, atomically: true, encoding: .utf8)
        do {
            _ = try TranscriptPaths.expand([notes + "/"])
            Issue.record("a file named as a folder was listed")
        } catch {
            #expect("\(error)" == "cannot read the folder \(notes)/: Not a directory")
        }
        #expect(TranscriptPaths.namesFolder(notes + "/"))
        #expect(!TranscriptPaths.namesFolder(notes))
        #expect(TranscriptPaths.namesFolder(folder.path))
    }
}
