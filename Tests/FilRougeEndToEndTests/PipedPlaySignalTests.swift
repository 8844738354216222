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
