import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Signals to `filrouge play` reading its replies from a pipe: SIGINT (Ctrl-C in the shell that
/// runs the pipeline), SIGTERM and SIGHUP end the conversation as the end of the input does,
/// with the summary, a complete transcript and the exit status 128 + the signal's number.
struct PipedPlaySignalTests {
    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func aSignalWhileWaitingForTheNextReplyEndsTheConversationCleanly(signal: Int32) throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let transcript = directory.appendingPathComponent("t.jsonl")
        let process = Process()
        process.executableURL = try FilRougeBinary.executable()
        process.arguments = ["play", PlayEndToEndTests.fixture.path, "--seed", "3", "--transcript", transcript.path]
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = "200"
        process.environment = environment
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        defer {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }

        input.fileHandleForWriting.write(Data("Oui, la précommande en ligne, c’est simple\n".utf8))
        var shown = try Self.read(output.fileHandleForReading.fileDescriptor, until: "Et Facebook, ça sert")
        kill(process.processIdentifier, signal)
        // Not until the end of the output: a child of another test started meanwhile may hold a
        // copy of the pipe, and keep it open after this program has exited.
        let savedLine = "Transcription enregistrée\u{00A0}: \(transcript.path)\n"
        shown += try Self.read(output.fileHandleForReading.fileDescriptor, until: savedLine)
        process.waitUntilExit()

        #expect(process.terminationReason == .exit, "ended by itself, not killed")
        #expect(process.terminationStatus == 128 + signal)
        #expect(shown.contains("Bilan\n"))
        #expect(shown.hasSuffix(savedLine))
        let events = try String(contentsOf: transcript, encoding: .utf8).split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(events.filter { $0["type"] as? String == "reply" }.compactMap { $0["text"] as? String } == ["Oui, la précommande en ligne, c’est simple"])
        #expect(events.last?["type"] as? String == "end")
        #expect(events.last?["reason"] as? String == "quit")
    }

    /// The program reading the conversation's output goes away (`filrouge play | tee log` with
    /// `tee` stopped): the reply read next is still recorded with its grade, then the conversation
    /// ends as `/quit` does, with the transcript's `end` and the status 141 (128 + SIGPIPE),
    /// whether SIGPIPE comes or was ignored by whoever started the program (the write then fails
    /// with `EPIPE`).
    @Test(arguments: [false, true])
    func theOutputsReaderGoingAwayEndsTheConversationAfterTheReplyInHand(sigpipeIgnored: Bool) throws {
        let ended = try Self.playClosingTheOutput(
            scenario: [], firstReply: "Tes concurrents sont sur internet", shownBeforeClosing: "comment je pourrais savoir ce qui cloche",
            secondReply: "bof", sigpipeIgnored: sigpipeIgnored
        )
        #expect(ended.status == .exit(128 + SIGPIPE), "ended by itself, with the status a shell reports for SIGPIPE")
        #expect(ended.events.filter { $0["type"] as? String == "reply" }.compactMap { $0["text"] as? String } == ["Tes concurrents sont sur internet", "bof"])
        #expect(ended.events.filter { $0["type"] as? String == "evaluation" }.count == 2)
        #expect(ended.events.last?["type"] as? String == "end")
        #expect(ended.events.last?["reason"] as? String == "quit")
    }

    /// When the reply read after the output went away is the last of the conversation, the
    /// conversation is complete, and the status still says that its output was cut.
    @Test func aConversationCompletedAfterItsOutputWentAwayEndsWithTheStatusOfSIGPIPE() throws {
        let ended = try Self.playClosingTheOutput(
            scenario: [PlayEndToEndTests.fixture.path], firstReply: "Oui, la précommande en ligne, c’est simple",
            shownBeforeClosing: "Et Facebook, ça sert", secondReply: "bof", sigpipeIgnored: false
        )
        #expect(ended.status == .exit(128 + SIGPIPE))
        #expect(ended.events.filter { $0["type"] as? String == "reply" }.count == 2)
        #expect(ended.events.last?["type"] as? String == "end")
        #expect(ended.events.last?["reason"] as? String == "completed")
    }

    enum Ending: Equatable {
        case exit(Int32)
        case killed(Int32)
    }

    /// Plays with standard output on a pipe: sends `firstReply`, reads until `shownBeforeClosing`,
    /// closes the pipe's reading end, sends `secondReply`; returns how the program ended and the
    /// transcript's events.
    static func playClosingTheOutput(
        scenario: [String], firstReply: String, shownBeforeClosing: String, secondReply: String, sigpipeIgnored: Bool
    ) throws -> (status: Ending, events: [[String: Any]]) {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let transcript = directory.appendingPathComponent("t.jsonl")
        let play = [try FilRougeBinary.executable().path, "play"] + scenario + ["--seed", "3", "--transcript", transcript.path]
        let process = Process()
        if sigpipeIgnored {
            // An ignored signal stays ignored across `exec`.
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "trap '' PIPE; exec \"$@\"", "sh"] + play
        } else {
            process.executableURL = URL(fileURLWithPath: play[0])
            process.arguments = Array(play.dropFirst())
        }
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = "200"
        process.environment = environment
        // Close-on-exec ends, so that no child of another test started meanwhile keeps a copy of
        // the output's reading end open after it is closed here.
        let output = try Self.closeOnExecPipe()
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output.writing
        process.standardError = errors
        try process.run()
        try output.writing.close()
        defer {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        input.fileHandleForWriting.write(Data("\(firstReply)\n".utf8))
        _ = try Self.read(output.reading.fileDescriptor, until: shownBeforeClosing)
        try output.reading.close()
        input.fileHandleForWriting.write(Data("\(secondReply)\n".utf8))
        // The end of the input too, so that a program that went on regardless would end (and
        // be seen ending for the wrong reason) instead of waiting for a third reply.
        try input.fileHandleForWriting.close()
        process.waitUntilExit()

        let status: Ending = process.terminationReason == .exit ? .exit(process.terminationStatus) : .killed(process.terminationStatus)
        let events = try String(contentsOf: transcript, encoding: .utf8).split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        return (status, events)
    }

    /// A pipe whose two ends are closed on `exec` (the child's standard output is a duplicate).
    static func closeOnExecPipe() throws -> (reading: FileHandle, writing: FileHandle) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return (FileHandle(fileDescriptor: ends[0], closeOnDealloc: true), FileHandle(fileDescriptor: ends[1], closeOnDealloc: true))
    }

    /// Reads `descriptor` until `text` has come, failing after 15 s.
    static func read(_ descriptor: Int32, until text: String) throws -> String {
        let deadline = Date().addingTimeInterval(15)
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline {
            if String(decoding: bytes, as: UTF8.self).contains(text) {
                return String(decoding: bytes, as: UTF8.self)
            }
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 100) > 0 else { continue }
            let count = Glibc.read(descriptor, &chunk, chunk.count)
            guard count > 0 else { break }
            bytes += chunk[..<count]
        }
        let shown = String(decoding: bytes, as: UTF8.self)
        Issue.record("waited for '\(text)'; the output:\n\(shown)")
        throw TimedOut(waitingFor: text)
    }

    struct TimedOut: Error {
        var waitingFor: String
    }
}
