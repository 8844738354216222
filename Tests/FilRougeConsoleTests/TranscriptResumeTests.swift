import Foundation
import Testing
import FilRougeCore
@testable import FilRougeConsole

struct TranscriptAppendTests {
    func temporaryFile(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("append-\(UUID().uuidString).jsonl")
        try Data(text.utf8).write(to: url)
        return url
    }

    let entry = TranscriptEntry.event(at: Date(timeIntervalSince1970: 0), .command(CommandUsed(name: "help")))

    @Test func aTranscriptBeingWrittenCannotBeOpenedAgain() throws {
        let url = try temporaryFile("{\"a\":1}\n")
        defer { try? FileManager.default.removeItem(at: url) }
        let first = try TranscriptWriter(appendingTo: url)
        #expect(throws: TranscriptWriteError.self) { try TranscriptWriter(appendingTo: url) }
        do {
            _ = try TranscriptWriter(appendingTo: url)
        } catch let error as TranscriptWriteError {
            #expect(error.description.contains("another filrouge is writing it"))
        }
        try first.write(entry, durable: true)
        // Once the first is closed, the file can be opened again, and nothing was added by the refusals.
        _ = consume first
        let again = try TranscriptWriter(appendingTo: url)
        #expect(again.unfinishedLine == nil)
        #expect(try String(contentsOf: url, encoding: .utf8) == "{\"a\":1}\n" + TranscriptLineWriter.line(for: entry) + "\n")
    }

    @Test func aFileThatGrewSinceItWasReadIsRefused() throws {
        let url = try temporaryFile("{\"a\":1}\n")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: TranscriptWriteError.self) { try TranscriptWriter(appendingTo: url, expectedSize: 3) }
        _ = try TranscriptWriter(appendingTo: url, expectedSize: 8)
    }

    @Test func appendsAfterACompleteLastLine() throws {
        let url = try temporaryFile("{\"a\":1}\n")
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try TranscriptWriter(appendingTo: url)
        #expect(file.unfinishedLine == nil)
        try file.write(entry, durable: true)
        #expect(try String(contentsOf: url, encoding: .utf8) == "{\"a\":1}\n" + TranscriptLineWriter.line(for: entry) + "\n")
    }

    @Test func startsOnANewLineAfterAHalfWrittenOne() throws {
        let url = try temporaryFile("{\"a\":1}\n{\"b\":2}\n{\"type\":\"rep")
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try TranscriptWriter(appendingTo: url)
        #expect(file.unfinishedLine == 3)
        try file.write(entry, durable: true)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text == "{\"a\":1}\n{\"b\":2}\n{\"type\":\"rep\n" + TranscriptLineWriter.line(for: entry) + "\n")
        let contents = TranscriptContents(text: text)
        #expect(contents.damaged.map(\.line) == [1, 2, 3])
        #expect(contents.events.map(\.event) == [.command(CommandUsed(name: "help"))], "the appended line reads whole")
        #expect(contents.events.first?.line == 4)
    }

    @Test func findsTheEndOfAFileLargerThanOneRead() throws {
        let long = String(repeating: "x", count: 200_000)
        let url = try temporaryFile("{\"a\":1}\n" + long)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try TranscriptWriter(appendingTo: url).unfinishedLine == 2)
    }

    @Test func neverCreatesTheFileItAppendsTo() {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("missing-\(UUID().uuidString).jsonl")
        #expect(throws: TranscriptWriteError.self) { try TranscriptWriter(appendingTo: url) }
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }
}

struct ConversationResumeTests {
    func runner(engine: DialogueEngine, inputs: [LineInput], transcript: TranscriptWriter?, output: @escaping (String) -> Void) -> ConversationRunner {
        let renderer = ConversationRenderer(scenario: engine.scenario, style: .plain, width: 80, echoReplies: true)
        return ConversationRunner(
            engine: engine, renderer: renderer, reader: ScriptedReader(inputs: inputs), transcript: transcript,
            now: { Date(timeIntervalSince1970: 0) }, write: output, warn: { output("WARN " + $0) }
        )
    }

    @Test func resumingShowsTheWaitingQuestionWithoutRecordingIt() throws {
        let scenario = try #require(ScenarioLoader.load(ConversationRunnerTests.source, file: "court.yaml").scenario)
        var engine = DialogueEngine(scenario: scenario, seed: 1)
        _ = engine.start()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("resume-\(UUID().uuidString).jsonl")
        try Data().write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var output: [String] = []
        var conversation = runner(engine: engine, inputs: [.line("avis et site web")], transcript: try TranscriptWriter(appendingTo: url)) { output.append($0) }
        let finished = conversation.resume(pending: [])
        #expect(finished?.reason == .completed)
        #expect(output.contains("(Reprise de la conversation là où elle s'était arrêtée\u{00A0}: 0 étape terminée.)"))
        #expect(output.contains("Léa\u{00A0}: Un site ?"))
        let recorded = TranscriptContents(text: try String(contentsOf: url, encoding: .utf8)).events.map(\.event.typeName)
        #expect(recorded == ["reply", "evaluation", "friend", "step_completed", "route", "friend", "end"])
    }

    @Test func resumingWritesThePendingEventsFirst() throws {
        let scenario = try #require(ScenarioLoader.load(ConversationRunnerTests.source, file: "court.yaml").scenario)
        var engine = DialogueEngine(scenario: scenario, seed: 1)
        let pending = engine.start()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("resume-\(UUID().uuidString).jsonl")
        try Data().write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var output: [String] = []
        var conversation = runner(engine: engine, inputs: [], transcript: try TranscriptWriter(appendingTo: url)) { output.append($0) }
        let finished = conversation.resume(pending: pending)
        #expect(finished?.reason == .quit)
        #expect(output.filter { $0 == "Léa\u{00A0}: Un site ?" }.count == 1, "the question is shown once")
        let recorded = TranscriptContents(text: try String(contentsOf: url, encoding: .utf8)).events.map(\.event)
        #expect(Array(recorded.prefix(pending.count)) == pending)
    }
}
