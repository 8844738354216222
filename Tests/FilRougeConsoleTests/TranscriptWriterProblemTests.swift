import Foundation
import Testing
import FilRougeCore
@testable import FilRougeConsole
#if canImport(Glibc)
import Glibc
#endif

/// What `TranscriptWriter` says, in plain words, about places a transcript cannot go, and the empty
/// file it may take over.
struct TranscriptWriterProblemTests {
    let entry = TranscriptEntry.event(at: Date(timeIntervalSince1970: 0), .command(CommandUsed(name: "help")))

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tfp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func problem(creating url: URL) -> FileProblem? {
        do {
            _ = try TranscriptWriter(creating: url)
            return nil
        } catch let error as TranscriptWriteError {
            return error.problem
        } catch {
            return .other("\(error)")
        }
    }

    @Test func anEmptyFileIsTakenOverSinceItHoldsNothingToLose() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("t.jsonl")
        try Data().write(to: url)
        let file = try TranscriptWriter(creating: url)
        try file.write(entry, durable: true)
        #expect(try String(contentsOf: url, encoding: .utf8) == TranscriptLineWriter.line(for: entry) + "\n")
    }

    @Test func aFileWithContentIsNeverOverwritten() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("t.jsonl")
        try Data("x".utf8).write(to: url)
        #expect(problem(creating: url) == .alreadyExists)
        #expect(try String(contentsOf: url, encoding: .utf8) == "x")
    }

    @Test func aFolderAPipeADeviceAndALinkAreNamedForWhatTheyAre() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(problem(creating: directory) == .isAFolder)
        let fifo = directory.appendingPathComponent("fifo")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        #expect(problem(creating: fifo) == .notAnOrdinaryFile)
        #expect(problem(creating: URL(fileURLWithPath: "/dev/full")) == .notAnOrdinaryFile)
        let link = directory.appendingPathComponent("link.jsonl")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: directory.appendingPathComponent("elsewhere.jsonl").path)
        #expect(problem(creating: link) == .symbolicLink)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("elsewhere.jsonl").path), "nothing created through the link")
    }

    @Test func aFileWhereAFolderShouldBeIsNamed() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("data")
        try Data().write(to: file)
        let error = #expect(throws: TranscriptWriteError.self) {
            try TranscriptWriter(creating: file.appendingPathComponent("filrouge/transcripts/t.jsonl"))
        }
        #expect(error?.problem == .notAFolder(file.path))
        #expect(error?.description == "cannot write the transcript \(file.path)/filrouge/transcripts/t.jsonl: \(file.path) is a file, not a folder")
    }

    @Test func writingToAFileWhoseFolderWasRemovedFails() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try TranscriptWriter(creating: directory.appendingPathComponent("sub/t.jsonl"))
        try file.write(entry, durable: true)
        try FileManager.default.removeItem(at: directory.appendingPathComponent("sub"))
        let error = #expect(throws: TranscriptWriteError.self) { try file.write(entry, durable: true) }
        #expect(error?.problem == .deleted)
    }

    @Test func systemErrorsAreSaidInPlainWords() {
        #expect(FileProblem(errno: ENOSPC).english == "the disk is full")
        #expect(FileProblem(errno: ENOSPC).words(in: .fr) == "le disque est plein")
        #expect(FileProblem(errno: EROFS) == .readOnlyDisk)
        #expect(FileProblem(errno: EACCES) == .notAllowed)
        #expect(FileProblem(errno: EDQUOT) == .quotaExceeded)
    }
}
