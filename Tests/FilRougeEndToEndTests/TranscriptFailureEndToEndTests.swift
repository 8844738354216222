import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `filrouge play` with a transcript it cannot write: a grade is shown only for a reply on disk;
/// when the transcript cannot be written, the learner is told at once, the conversation stops with
/// where the transcript stops, and the exit status is 74. Places a transcript cannot go are named
/// in plain words, never as a Foundation error.
@Suite(.serialized)
struct TranscriptFailureEndToEndTests {
    static let reply = "Il faut demander à tes clients pourquoi ils partent, leurs attentes ont changé, un site web, les avis, des concurrents en ligne moins chers, et beaucoup de conseil au-delà des comptes"

    func lines(_ url: URL) throws -> [[String: Any]] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a whole JSON line: \(line)")
        }
    }

    @Test(.enabled(if: ScratchDisk.canMount, "mounting a small tmpfs to fill needs root"))
    func aFullDiskStopsTheConversationAtTheLastReplyOnDisk() throws {
        let disk = try ScratchDisk(kilobytes: 64)
        defer { disk.unmount() }
        // About 12 KB left: room for the start of the conversation and a few replies.
        let filler = disk.folder.appendingPathComponent("filler")
        try Data(count: 50_000).write(to: filler)
        let transcript = disk.folder.appendingPathComponent("t.jsonl")
        let sent = 20
        let run = try FilRougeBinary.run(
            ["play", "--seed", "1", "--transcript", transcript.path],
            input: String(repeating: Self.reply + "\n", count: sent), environment: ["COLUMNS": "400"]
        )

        #expect(run.status == 74, "\(run.error)")
        #expect(run.error.contains("filrouge: impossible d'écrire la transcription \(transcript.path)\u{00A0}: le disque est plein\n"))
        #expect(run.output.contains(
            "\nLa transcription ne peut plus être enregistrée\u{00A0}: le disque est plein. La conversation s'arrête ici, pour que rien ne soit noté sans être enregistré.\n"
        ))
        #expect(run.output.contains("\nBilan\nConversation interrompue avant la fin.\n"))
        #expect(run.output.contains("\nLa transcription s'arrête à votre dernière réponse enregistrée, à l'étape "))
        #expect(run.output.hasSuffix(
            "\nTranscription incomplète\u{00A0}: \(transcript.path)\nPour continuer une fois le problème réglé\u{00A0}: filrouge play --resume \(transcript.path)\n"
        ))
        #expect(!run.output.contains("Transcription enregistrée"))

        let recorded = try lines(transcript)
        let shownGrades = run.output.components(separatedBy: "\nCoach\u{00A0}· ").count - 1
        let recordedGrades = recorded.filter { $0["type"] as? String == "evaluation" }.count
        let recordedReplies = recorded.filter { $0["type"] as? String == "reply" }.count
        #expect(shownGrades == recordedGrades, "every grade shown is on disk")
        #expect(shownGrades > 0)
        #expect(recordedReplies < sent, "the conversation stopped")
        #expect(recorded.last?["type"] as? String != "end")

        // With room again, the conversation goes on in the same file, and nothing recorded is lost.
        try FileManager.default.removeItem(at: filler)
        let resumed = try FilRougeBinary.run(["play", "--resume", transcript.path], input: "/quitter\n")
        #expect(resumed.status == 0, "\(resumed.error)")
        #expect(resumed.output.hasSuffix("Transcription enregistrée\u{00A0}: \(transcript.path)\n"))
        let after = try lines(transcript)
        #expect(after.filter { $0["type"] as? String == "reply" }.count == recordedReplies)
        #expect(after.last?["type"] as? String == "end")
    }

    @Test func aTranscriptWhoseFolderIsRemovedStopsTheConversation() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let folder = directory.appendingPathComponent("transcripts")
        let transcript = folder.appendingPathComponent("t.jsonl")
        let process = Process()
        process.executableURL = try FilRougeBinary.executable()
        process.arguments = ["play", PlayEndToEndTests.fixture.path, "--seed", "3", "--transcript", transcript.path]
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = "400"
        environment["NO_COLOR"] = nil
        process.environment = environment
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        defer {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }

        input.fileHandleForWriting.write(Data("Oui, la précommande en ligne, c’est simple\n".utf8))
        var shown = try PipedPlaySignalTests.read(output.fileHandleForReading.fileDescriptor, until: "Et Facebook, ça sert")
        try FileManager.default.removeItem(at: folder)
        input.fileHandleForWriting.write(Data("Des photos, c'est tout\n".utf8))
        try input.fileHandleForWriting.close()
        shown += try PipedPlaySignalTests.read(output.fileHandleForReading.fileDescriptor, until: "Transcription incomplète\u{00A0}: \(transcript.path)\n")
        process.waitUntilExit()
        let errors = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)

        #expect(process.terminationStatus == 74)
        #expect(errors.contains("filrouge: impossible d'écrire la transcription \(transcript.path)\u{00A0}: le fichier a été supprimé pendant l'écriture (son dossier a-t-il été effacé\u{00A0}?)\n"))
        #expect(shown.contains("La transcription ne peut plus être enregistrée\u{00A0}: le fichier a été supprimé pendant l'écriture (son dossier a-t-il été effacé\u{00A0}?)."))
        #expect(shown.components(separatedBy: "Coach\u{00A0}· ").count - 1 == 1, "the second reply is not graded")
        #expect(!shown.contains("Vous\u{00A0}: Des photos, c'est tout"))
        #expect(shown.hasSuffix(
            "Le fichier de la transcription n'existe plus\u{00A0}: les réponses qu'il contenait sont perdues avec lui.\nTranscription incomplète\u{00A0}: \(transcript.path)\n"
        ), "no command to resume a file that is gone")
    }

    @Test func aDeviceAFolderOrAPipeAsTheTranscriptIsNamedForWhatItIs() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("fifo")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let cases = [
            ("/dev/full", "it is not an ordinary file (a device, a pipe or a socket); give the path of a new file"),
            (fifo.path, "it is not an ordinary file (a device, a pipe or a socket); give the path of a new file"),
            (directory.path, "it is a folder; give the path of a new file, such as a name ending in .jsonl inside that folder"),
        ]
        for (path, reason) in cases {
            let run = try FilRougeBinary.run(["play", PlayEndToEndTests.fixture.path, "--transcript", path], input: "commande en ligne\n")
            #expect(run.status == 1)
            #expect(run.error == "filrouge: cannot write the transcript \(path): \(reason)\n")
            #expect(run.output.isEmpty, "the conversation does not start")
        }
    }

    @Test func aDataFolderThatIsAFileIsNamed() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let data = directory.appendingPathComponent("data")
        try Data().write(to: data)
        let run = try FilRougeBinary.run(["play"], input: "/quitter\n", environment: ["XDG_DATA_HOME": data.path])
        #expect(run.status == 1)
        #expect(run.error.hasPrefix("filrouge: cannot write the transcript \(data.path)/filrouge/transcripts/alancienne-"))
        #expect(run.error.hasSuffix(".jsonl: \(data.path) is a file, not a folder\n"))
        #expect(!run.error.contains("Domain"))
    }

    @Test(.enabled(if: ScratchDisk.canMount, "mounting a read-only tmpfs needs root"))
    func aReadOnlyDiskIsNamed() throws {
        let disk = try ScratchDisk(kilobytes: 64, readOnly: true)
        defer { disk.unmount() }
        let run = try FilRougeBinary.run(["play"], input: "/quitter\n", environment: ["XDG_DATA_HOME": disk.folder.path])
        #expect(run.status == 1)
        #expect(run.error.hasSuffix(".jsonl: the disk is read-only\n"))
        #expect(!run.error.contains("Domain"))
    }

    @Test(.enabled(if: getuid() != 0, "root writes in a read-only folder all the same"))
    func aFolderThatCannotBeWrittenIsNamed() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer {
            chmod(directory.path, 0o755)
            try? FileManager.default.removeItem(at: directory)
        }
        #expect(chmod(directory.path, 0o555) == 0)
        let transcript = directory.appendingPathComponent("t.jsonl")
        let run = try FilRougeBinary.run(["play", "--transcript", transcript.path], input: "/quitter\n")
        #expect(run.status == 1)
        #expect(run.error == "filrouge: cannot write the transcript \(transcript.path): you are not allowed to write there\n")
    }

    /// Killed, or the disk full, before the header: the file is empty, resuming says how to start
    /// anew, and starting anew in it works.
    @Test func anEmptyTranscriptCanBeStartedAnew() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let transcript = directory.appendingPathComponent("t.jsonl")
        try Data().write(to: transcript)
        let resume = try FilRougeBinary.run(["play", "--resume", transcript.path], input: "/quitter\n")
        #expect(resume.status == 1)
        #expect(resume.error == """
            filrouge: cannot resume \(transcript.path): it is empty (the program stopped before writing anything, so there is \
            nothing to resume and nothing to lose); start the conversation anew in the same file: \
            filrouge play [SCENARIO] --transcript \(transcript.path)

            """)
        let anew = try FilRougeBinary.run(["play", PlayEndToEndTests.fixture.path, "--transcript", transcript.path], input: "/quitter\n")
        #expect(anew.status == 0, "\(anew.error)")
        #expect(try lines(transcript).first?["type"] as? String == "header")
    }
}
