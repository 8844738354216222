import Foundation
import FilRougeTestSupport
import Testing

/// `filrouge play --resume` driven through a pipe: conversations cut short in every way a
/// conversation stops, resumed, and compared with the same conversation played without a stop.
@Suite(.serialized)
struct ResumeEndToEndTests {
    /// What the learner types, in order: replies to the bundled English case study, and a command.
    static let inputs = [
        "Ask your clients why they leave, their expectations changed.", "/hint", "You need a website.",
        "Be visible online, on LinkedIn and Google.",
        "LinkedIn is where business owners are. Post a short tip once a week, tax deadlines, new rules.",
        "Train your team.",
        "Go paperless! Your clients can take a photo of each receipt with an app and upload it to a client portal.",
        "Don't try to compete on price, you'll lose. Sell advice, and automate the data entry.",
        "Not at all, it's not too late! You have thirty years of experience and loyal clients.",
        "Involve them from the start: ask them what slows them down. Train them, and go step by step.",
        "Maybe.",
        "Forget the tools for now. List your real needs, pick the most urgent one and start small.",
        "GDPR requires you to protect personal data: a secure host in Europe, backups, two-factor authentication.",
        "Remember that digital is just a tool: it's people first. And don't wait, start on Monday by calling three clients.",
    ]
    static let play = ["play", "alancienne.en", "--seed", "3", "--name", "Camille"]

    /// A transcript's lines as JSON objects, without their times (`at`), each re-encoded with sorted
    /// keys so that lines compare as text; the damaged ones are counted apart.
    struct Lines {
        var header: [String: Any]
        var headers: Int
        var events: [String]
        var damaged: Int

        init(_ url: URL) throws {
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.hasSuffix("\n"), "a transcript ends with a line break")
            var header: [String: Any]?
            var headers = 0
            var events: [String] = []
            var damaged = 0
            for line in text.split(separator: "\n") {
                guard var object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                    damaged += 1
                    continue
                }
                if object["type"] as? String == "header" {
                    header = object
                    headers += 1
                    continue
                }
                object["at"] = nil
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
                events.append(String(decoding: data, as: UTF8.self))
            }
            self.header = try #require(header)
            self.headers = headers
            self.events = events
            self.damaged = damaged
        }

        /// The events without what leaving with `/quit` or the end of input wrote: the command,
        /// the outcome a quit gives a step waiting for its follow-up, and the `end`.
        var withoutQuits: [String] {
            var kept: [String] = []
            for event in events {
                if event.contains(#""type":"end""#), event.contains(#""reason":"quit""#) {
                    if kept.last?.contains(#""type":"step_completed""#) == true { kept.removeLast() }
                    if kept.last == #"{"name":"quit","type":"command"}"# { kept.removeLast() }
                    continue
                }
                kept.append(event)
            }
            return kept
        }
    }

    /// Where two lists of events part, said briefly (the lists are long).
    func difference(_ actual: [String], _ expected: [String]) -> String? {
        guard actual != expected else { return nil }
        let index = actual.indices.first { $0 < expected.count && actual[$0] != expected[$0] } ?? min(actual.count, expected.count)
        let got = index < actual.count ? String(actual[index].prefix(300)) : "nothing"
        let wanted = index < expected.count ? String(expected[index].prefix(300)) : "nothing"
        return "\(actual.count) events instead of \(expected.count); event \(index + 1) is \(got), expected \(wanted)"
    }

    func input(_ lines: ArraySlice<String>) -> String {
        lines.map { $0 + "\n" }.joined()
    }

    /// The conversation played without a stop, its transcript's text and lines.
    func uninterrupted(in directory: URL) throws -> (text: String, lines: Lines) {
        let url = directory.appendingPathComponent("uninterrupted.jsonl")
        let run = try FilRougeBinary.run(Self.play + ["--transcript", url.path], input: input(Self.inputs[...]))
        #expect(run.status == 0, "\(run.error)")
        let lines = try Lines(url)
        #expect(lines.events.last?.contains(#""reason":"completed""#) == true, "the inputs reach an ending")
        return (try String(contentsOf: url, encoding: .utf8), lines)
    }

    func resume(_ url: URL, with inputs: ArraySlice<String>, extra: [String] = []) throws -> ProcessRun {
        try FilRougeBinary.run(["play", "--resume", url.path] + extra, input: input(inputs))
    }

    /// The index in `inputs` of each reply (commands are not replies).
    var replyInputs: [Int] {
        Self.inputs.indices.filter { !Self.inputs[$0].hasPrefix("/") }
    }

    @Test func aPowerCutAfterAnyReplyIsResumedIntoTheSameConversation() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (text, full) = try uninterrupted(in: directory)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        let replyLines = lines.indices.filter { lines[$0].contains(#""type":"reply""#) }
        #expect(replyLines.count > 5)
        for (number, line) in replyLines.enumerated() {
            // The reply is forced to disk; a power cut loses what came after it.
            let url = directory.appendingPathComponent("cut-\(number).jsonl")
            try lines[...line].map { $0 + "\n" }.joined().write(to: url, atomically: true, encoding: .utf8)
            let run = try resume(url, with: Self.inputs[(replyInputs[number] + 1)...])
            #expect(run.status == 0, "\(run.error)")
            #expect(run.error.isEmpty, "\(run.error)")
            #expect(run.output.contains("(Resuming the conversation where it stopped: "))
            let resumed = try Lines(url)
            #expect(difference(resumed.events, full.events) == nil, "cut after reply \(number + 1)")
            #expect(resumed.headers == 1, "resuming adds no header")
        }
    }

    /// The process is killed outright (SIGKILL: no handler, no chance to write anything more) just
    /// after each of several replies reaches the transcript, while it grades and answers: each
    /// reply sent is in the transcript, and resuming gives the conversation played without a stop.
    @Test(arguments: [1, 3, 6, 9, 12])
    func aKilledConversationKeepsEveryReplyAndIsResumed(replies killedAfter: Int) throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (_, full) = try uninterrupted(in: directory)
        let url = directory.appendingPathComponent("killed.jsonl")
        let process = Process()
        process.executableURL = try FilRougeBinary.executable()
        process.arguments = Self.play + ["--transcript", url.path]
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var sent = 0
        var lastInput = 0
        for (index, line) in Self.inputs.enumerated() where sent < killedAfter {
            stdin.fileHandleForWriting.write(Data((line + "\n").utf8))
            lastInput = index
            guard !line.hasPrefix("/") else { continue }
            sent += 1
            let deadline = Date().addingTimeInterval(30)
            while Self.replyCount(in: url) < sent, Date() < deadline { usleep(2_000) }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(Self.replyCount(in: url) == killedAfter, "every reply sent before the kill is on disk")

        let run = try resume(url, with: Self.inputs[(lastInput + 1)...])
        #expect(run.status == 0, "\(run.error)")
        let resumed = try Lines(url)
        #expect(difference(resumed.events, full.events) == nil, "killed after reply \(killedAfter)")
    }

    /// How many replies a transcript holds so far.
    static func replyCount(in url: URL) -> Int {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return 0 }
        return text.components(separatedBy: #""type":"reply""#).count - 1
    }

    @Test func aHalfWrittenLastLineIsReportedAndTheFileStaysJSONLines() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (text, full) = try uninterrupted(in: directory)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        let replyLines = lines.indices.filter { lines[$0].contains(#""type":"reply""#) }
        for number in [0, 3, replyLines.count - 1] {
            let line = replyLines[number]
            // The evaluation after the reply was being written when the power went.
            let half = String(lines[line + 1].prefix(lines[line + 1].count / 2))
            let url = directory.appendingPathComponent("half-\(number).jsonl")
            try (lines[...line].map { $0 + "\n" }.joined() + half).write(to: url, atomically: true, encoding: .utf8)
            let run = try resume(url, with: Self.inputs[(replyInputs[number] + 1)...])
            #expect(run.status == 0, "\(run.error)")
            #expect(run.error.contains("\(url.path):\(line + 2): the last line was cut off before its end"), "\(run.error)")
            let resumed = try Lines(url)
            #expect(resumed.damaged == 1, "the half line stays one damaged line")
            #expect(difference(resumed.events, full.events) == nil, "half line after reply \(number + 1)")
            let written = try String(contentsOf: url, encoding: .utf8)
            #expect(written.contains(half + "\n{"), "the appended data starts on a new line")
        }
    }

    @Test func aConversationLeftBeforeItsEndGoesOnAfterItsSummary() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (_, full) = try uninterrupted(in: directory)
        // After every other reply (a power cut after each one is tried above), leaving by the end
        // of the piped input or by /quit in turn.
        for (number, index) in replyInputs.dropLast().enumerated() where number % 2 == 0 {
            let typedQuit = number % 4 == 2
            let url = directory.appendingPathComponent("left-\(number).jsonl")
            let first = try FilRougeBinary.run(
                Self.play + ["--transcript", url.path], input: input(Self.inputs[...index]) + (typedQuit ? "/quit\n" : "")
            )
            #expect(first.status == 0, "\(first.error)")
            let left = try Lines(url)
            #expect(left.events.last?.contains(#""reason":"quit""#) == true)
            let run = try resume(url, with: Self.inputs[(index + 1)...])
            #expect(run.status == 0, "\(run.error)")
            let resumed = try Lines(url)
            #expect(difference(Array(resumed.events.prefix(left.events.count)), left.events) == nil, "what was written stays")
            #expect(difference(resumed.withoutQuits, full.events) == nil, "left after reply \(number + 1)")
            #expect(resumed.events.last == full.events.last, "the last end is the conversation's")
        }
    }

    @Test func aFinishedConversationIsNotResumed() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("uninterrupted.jsonl")
        _ = try uninterrupted(in: directory)
        let before = try Data(contentsOf: url)
        let run = try resume(url, with: ["More."])
        #expect(run.status == 1)
        #expect(run.error.contains("cannot resume \(url.path): the conversation is already finished (it reached an ending, line "))
        #expect(try Data(contentsOf: url) == before)
    }

    @Test func aChangedScenarioIsRefusedUnlessForced() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let scenario = directory.appendingPathComponent("boulangerie.yaml")
        try FileManager.default.copyItem(at: PlayEndToEndTests.fixture, to: scenario)
        let url = directory.appendingPathComponent("t.jsonl")
        let first = try FilRougeBinary.run(["play", scenario.path, "--seed", "5", "--transcript", url.path], input: "Une commande en ligne\n")
        #expect(first.status == 0, "\(first.error)")
        let before = try Data(contentsOf: url)

        // A comment changes the text, hence the hash, and nothing the conversation does.
        try (try String(contentsOf: scenario, encoding: .utf8) + "# Relu le 3 mars.\n").write(to: scenario, atomically: true, encoding: .utf8)
        let refused = try FilRougeBinary.run(["play", scenario.path, "--resume", url.path], input: "Des photos\n")
        #expect(refused.status == 1)
        #expect(refused.error.contains("cannot resume \(url.path): the scenario \(scenario.path) has changed since \(url.path) was written"), "\(refused.error)")
        #expect(refused.error.contains("--force resumes anyway"))
        #expect(try Data(contentsOf: url) == before, "a refused transcript is left as it was")

        let forced = try FilRougeBinary.run(["play", scenario.path, "--resume", url.path, "--force"], input: "simple\nDes photos\n")
        #expect(forced.status == 0, "\(forced.error)")
        #expect(forced.error.contains("going on because of --force"))
        #expect(forced.output.contains("Mme Levain\u{00A0}: Merci, je me lance dès lundi !"))
        #expect(try Lines(url).events.last?.contains(#""reason":"completed""#) == true)

        // A change to what was already said cannot be forced: the replay no longer gives the transcript.
        let other = directory.appendingPathComponent("t2.jsonl")
        _ = try FilRougeBinary.run(["play", scenario.path, "--seed", "5", "--transcript", other.path], input: "Une commande en ligne\n")
        let reworded = try String(contentsOf: scenario, encoding: .utf8).replacingOccurrences(of: "Concrètement, tu ferais comment ?", with: "Et ensuite ?")
        try reworded.write(to: scenario, atomically: true, encoding: .utf8)
        let diverged = try FilRougeBinary.run(["play", scenario.path, "--resume", other.path, "--force"], input: "Des photos\n")
        #expect(diverged.status == 1)
        #expect(diverged.error.contains("replaying its replies does not give the conversation it records: line "), "\(diverged.error)")
        #expect(diverged.error.contains("the follow-up question of step 'commandes' “Concrètement, tu ferais comment ?”, but the replay gives the follow-up question of step 'commandes' “Et ensuite ?”"), "\(diverged.error)")
    }

    @Test func aBareFileNameIsFoundInTheTranscriptsFolder() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let data = ["XDG_DATA_HOME": directory.path]
        let first = try FilRougeBinary.run(["play", "--lang", "en", "--seed", "2"], input: "Ask your clients.\n", environment: data, directory: directory)
        #expect(first.status == 0)
        let folder = directory.appendingPathComponent("filrouge/transcripts")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first)
        let run = try FilRougeBinary.run(["play", "--resume", name], input: "", environment: data, directory: directory)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("(Resuming the conversation where it stopped: "))
        #expect(run.output.contains("Transcript saved: \(folder.appendingPathComponent(name).path)"))
    }

    @Test func resumeRefusesOptionsTheTranscriptDecides() throws {
        let run = try FilRougeBinary.run(["play", "--resume", "t.jsonl", "--seed", "3", "--name", "X"])
        #expect(run.status == 64)
        #expect(run.error.contains("--resume takes the learner, seed and file from the transcript; leave out --name, --seed."))
        let force = try FilRougeBinary.run(["play", "--force"])
        #expect(force.status == 64)
        #expect(force.error.contains("--force only applies with --resume."))
        let missing = try FilRougeBinary.run(["play", "--resume", "/nowhere/t.jsonl"])
        #expect(missing.status == 1)
        #expect(missing.error.contains("no such file: /nowhere/t.jsonl"))
    }
}
