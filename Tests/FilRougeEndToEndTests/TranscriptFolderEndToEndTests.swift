import Foundation
import FilRougeTestSupport
import Testing

/// What `replay`, `digest` and `export` say of folders they cannot read and of files that are not
/// transcripts, on the built binary, with Camille's transcript of Fixtures/digest.
struct TranscriptFolderEndToEndTests {
    static let fixtures = DigestEndToEndTests.fixtures
    static let camille = fixtures.appendingPathComponent("digest/01-camille.jsonl")
    static let scenario = fixtures.appendingPathComponent("digest-boulangerie.yaml").path

    /// A folder the command cannot list. As root every folder can be read whatever its mode, so
    /// a file named as a folder (`notes.jsonl/`) stands for it: the listing fails with the
    /// system's reason (here "Not a directory", for an unreadable folder "Permission denied").
    /// Each command must stop with 1 and name the folder and the reason, not go on without it.
    @Test(arguments: [
        ["replay"], ["digest", "--scenario", scenario], ["export", "--format", "csv"],
    ])
    func aFolderThatCannotBeListedIsAnErrorNamingIt(_ command: [String]) throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = directory.appendingPathComponent("camille.jsonl")
        try FileManager.default.copyItem(at: Self.camille, to: good)
        try Data("not a folder\n".utf8).write(to: directory.appendingPathComponent("notes.jsonl"))
        let run = try FilRougeBinary.run(command + [good.path, "notes.jsonl/"], directory: directory)
        #expect(run.status == 1, "\(command[0]): \(run.error)")
        #expect(run.error.contains("cannot read the folder notes.jsonl/: Not a directory"), "\(command[0]): \(run.error)")
        #expect(run.output.isEmpty, "\(command[0])")
    }

    /// A subfolder whose mode forbids reading it, inside a folder that can be read: the walk used
    /// to pass over it without a word. Run as an unprivileged user (root reads every folder):
    /// directly when the tests are not root, through `setpriv` as `nobody` when they are.
    @Test(.enabled(if: geteuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func anUnreadableSubfolderStopsEveryCommand() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer {
            chmod(directory.appendingPathComponent("group/locked").path, 0o755)
            try? FileManager.default.removeItem(at: directory)
        }
        let locked = directory.appendingPathComponent("group/locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.camille, to: directory.appendingPathComponent("group/camille.jsonl"))
        try FileManager.default.copyItem(at: Self.camille, to: locked.appendingPathComponent("dominique.jsonl"))
        chmod(locked.path, 0)
        // A copy of the binary beside the files, so that `nobody` can run it wherever the build is
        // (a build folder under a home folder `nobody` cannot enter, say).
        let binary = directory.appendingPathComponent("filrouge").path
        try FileManager.default.copyItem(atPath: try FilRougeBinary.executable().path, toPath: binary)
        chmod(binary, 0o755)
        chmod(directory.path, 0o755)
        let (program, before) = geteuid() == 0
            ? ("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", binary])
            : (binary, [])
        for command in [["replay"], ["digest", "--scenario", Self.scenario], ["export", "--format", "csv"]] {
            let run = try ProcessRun.run(URL(fileURLWithPath: program), before + command + ["group"], directory: directory)
            let message = run.error
            #expect(run.status == 1, "\(command[0]): \(message)")
            #expect(message.contains("cannot read the folder group/locked: Permission denied"), "\(command[0]): \(message)")
        }
    }

    /// Files that are not transcripts, the only files given: digest names each with its reason
    /// before saying that nothing is left to digest.
    @Test func digestNamesEveryFileItCouldNotUseAndWhy() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data().write(to: directory.appendingPathComponent("empty.jsonl"))
        try Data([0x00, 0xFF, 0xFE, 0x10, 0x0A, 0xC3]).write(to: directory.appendingPathComponent("binary.jsonl"))
        let latin = Data("{\"format\":1,\"learner\":\"Zo".utf8) + Data([0xE9]) + Data("\",\"type\":\"header\"}\n{}\n".utf8)
        try latin.write(to: directory.appendingPathComponent("latin.jsonl"))
        let run = try FilRougeBinary.run(["digest", "empty.jsonl", "binary.jsonl", "latin.jsonl"], directory: directory)
        #expect(run.status == 1)
        let lines = run.error.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(run.error)")
        #expect(lines.first == "empty.jsonl: skipped: is empty: not a transcript")
        #expect(lines.dropFirst().first == "binary.jsonl: skipped: is not UTF-8 text")
        #expect(lines.dropFirst(2).first == "latin.jsonl: skipped: is not UTF-8 text")
        #expect(lines.last == "filrouge: no transcript to digest: none of the 3 files has a readable header, so the scenario they were played with is unknown")
    }

    /// A transcript whose last line was cut inside a two-byte character, as a full disk leaves
    /// it: digest counts the learner and skips that line only, saying so as export does.
    @Test func digestSkipsOnlyALastLineCutInsideACharacter() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let whole = try Data(contentsOf: Self.camille)
        let cut = whole + Data("{\"at\":\"2026-11-29T06:26:09.000Z\",\"text\":\"Caf".utf8) + Data([0xC3])
        try cut.write(to: directory.appendingPathComponent("camille.jsonl"))
        let lines = String(decoding: whole, as: UTF8.self).split(separator: "\n").count
        let run = try FilRougeBinary.run(["digest", "camille.jsonl", "--scenario", Self.scenario, "--format", "json"], directory: directory)
        #expect(run.status == 0, "\(run.error)")
        let notes = run.error.split(separator: "\n").map(String.init)
        #expect(notes.count == 2, "\(run.error)")
        #expect(notes.first == "camille.jsonl:\(lines + 1): bytes that are not UTF-8, read as \u{FFFD}")
        #expect(notes.last?.hasPrefix("camille.jsonl:\(lines + 1): not a transcript entry") == true)
        #expect(notes.last?.hasSuffix("; line skipped") == true)
        #expect(run.output.contains("\"learners\" : 1") || run.output.contains("\"learners\":1"), "\(run.output.prefix(400))")
        let export = try FilRougeBinary.run(["export", "camille.jsonl", "--format", "csv"], directory: directory)
        #expect(export.error.contains("camille.jsonl:\(lines + 1): bytes that are not UTF-8, read as \u{FFFD}"))
        // Every command reads the file the same way: the cut line is said, then skipped.
        let replay = try FilRougeBinary.run(["replay", "camille.jsonl"], directory: directory)
        #expect(replay.status == 0, "\(replay.error)")
        #expect(replay.error.hasPrefix("filrouge: camille.jsonl:\(lines + 1): bytes that are not UTF-8, read as \u{FFFD}\n"), "\(replay.error)")
        #expect(replay.error.contains("filrouge: camille.jsonl:\(lines + 1): not a transcript entry"))
    }

    /// Bytes that are not UTF-8 before the last line make the file unreadable for every command
    /// alike: `digest` and `export` leave it out, `replay` and `play --resume` refuse it, each
    /// naming the file and the line.
    @Test func badBytesBeforeTheLastLineMakeTheFileUnreadableForEveryCommand() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let whole = try Data(contentsOf: Self.camille)
        let firstBreak = try #require(whole.firstIndex(of: 0x0A))
        var broken = whole
        broken.insert(contentsOf: [0xE9, 0x0A], at: firstBreak + 1)
        try broken.write(to: directory.appendingPathComponent("camille.jsonl"))
        let digest = try FilRougeBinary.run(["digest", "camille.jsonl", "--scenario", Self.scenario], directory: directory)
        #expect(digest.status == 1)
        #expect(digest.error.hasPrefix("camille.jsonl: skipped: is not UTF-8 text\n"), "\(digest.error)")
        let export = try FilRougeBinary.run(["export", "camille.jsonl", "--format", "csv"], directory: directory)
        #expect(export.status == 1)
        #expect(export.error.hasPrefix("filrouge: camille.jsonl:2: the file is not UTF-8 text; skipped\n"), "\(export.error)")
        let replay = try FilRougeBinary.run(["replay", "camille.jsonl"], directory: directory)
        #expect(replay.status == 1)
        #expect(replay.error == "filrouge: camille.jsonl:2: the file is not UTF-8 text\n")
        let resume = try FilRougeBinary.run(["play", "--resume", "camille.jsonl"], directory: directory)
        #expect(resume.status != 0)
        #expect(resume.error.contains("camille.jsonl:2: the file is not UTF-8 text"), "\(resume.error)")
    }

    /// A folder that can be listed but holds no transcript is no success: each command says so and
    /// exits with 1, as `digest` did already.
    @Test func aFolderWithoutTranscriptsIsAnErrorForEveryCommand() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("group"), withIntermediateDirectories: true)
        try "notes".write(to: directory.appendingPathComponent("group/notes.txt"), atomically: true, encoding: .utf8)
        let replay = try FilRougeBinary.run(["replay", "group"], directory: directory)
        #expect(replay.status == 1)
        #expect(replay.output.isEmpty)
        #expect(replay.error == "filrouge: no transcript to replay: no *.jsonl file in group\n")
        let export = try FilRougeBinary.run(["export", "group", "--format", "csv"], directory: directory)
        #expect(export.status == 1)
        #expect(export.output.isEmpty)
        #expect(export.error == "filrouge: no transcript to export: no *.jsonl file in group; nothing exported\n")
        let digest = try FilRougeBinary.run(["digest", "group"], directory: directory)
        #expect(digest.status == 1)
        #expect(digest.error == "filrouge: no transcript to digest: no *.jsonl file in group\n")
    }
}
