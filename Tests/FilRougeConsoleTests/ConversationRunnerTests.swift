import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
import FilRougeCore
@testable import FilRougeConsole

/// A reader that hands out scripted inputs, then the end of input.
struct ScriptedReader: LineReader {
    var inputs: [LineInput]
    var prompts: [String] = []

    mutating func readLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        return inputs.isEmpty ? .endOfInput : inputs.removeFirst()
    }
}

struct ConversationRunnerTests {
    static let source = """
        id: court
        title: Court
        language: fr
        version: "1"
        persona: { name: Léa }
        steps:
          - id: un
            question: "Un site ?"
            rubric:
              - { concept: site, label: "site web", keywords: ["site web"] }
              - { concept: avis, label: "avis clients", keywords: ["avis"] }
            reactions: { good: "Oui !", partial: "Bof.", missed: "Non." }
            hints: ["Pense au web."]
        endings:
          - id: fin
            says: "Merci."
        """

    func run(_ inputs: [LineInput], transcript: TranscriptWriter? = nil) throws -> (output: [String], finished: Finished?) {
        let scenario = try #require(ScenarioLoader.load(Self.source, file: "court.yaml").scenario)
        var output: [String] = []
        let renderer = ConversationRenderer(scenario: scenario, style: .plain, width: 80, echoReplies: true)
        var runner = ConversationRunner(
            engine: DialogueEngine(scenario: scenario, seed: 1), renderer: renderer,
            reader: ScriptedReader(inputs: inputs), transcript: transcript,
            now: { Date(timeIntervalSince1970: 0) }, write: { output.append($0) }, warn: { output.append("WARN " + $0) }
        )
        let finished = runner.run()
        return (output, finished)
    }

    @Test func handlesCommandsInterruptionsAndReplies() throws {
        let (output, finished) = try run([
            .line("/indice"), .line("   "), .interrupted, .line("/inconnue"), .line("/coach"),
            .line("Un site web"), .line("/score"),
        ])
        #expect(output.contains("Indice\u{00A0}: Pense au web."))
        #expect(output.contains("(Ligne abandonnée. /quitter ou Ctrl-D pour terminer.)"))
        #expect(output.contains("Commande inconnue\u{00A0}: /inconnue. Tapez /aide pour la liste."))
        #expect(output.contains("Notes du coach masquées."))
        #expect(output.contains("Vous\u{00A0}: Un site web"))
        #expect(!output.contains { $0.hasPrefix("Coach") }, "the coach was turned off")
        #expect(output.contains("Léa\u{00A0}: Bof.\n"))
        #expect(output.contains("Léa\u{00A0}: Merci."))
        #expect(finished?.reason == .completed)
        #expect(finished?.summary.steps.map(\.band) == [.partial])
    }

    @Test func theCoachNoteNamesWhatWasMetAndMissed() throws {
        let (output, _) = try run([.line("Un site web")])
        #expect(output.contains("Coach\u{00A0}· partiel 50% — réussi dès 70%, partiel dès 40%  ✓\u{00A0}vu\u{00A0}: site web\n    ✗\u{00A0}à\u{00A0}creuser\u{00A0}: avis clients"))
    }

    @Test func theEndOfInputQuitsWithTheSummary() throws {
        let (output, finished) = try run([])
        #expect(finished?.reason == .quit)
        #expect(output.last?.contains("Conversation interrompue avant la fin.") == true)
    }

    /// A signal ends the conversation like the end of input, and the runner says which signal
    /// it was; nothing is read after it, and no `quit` command is recorded, since none was typed.
    @Test func aSignalEndsTheConversationWithTheSummaryAndNoQuitCommand() throws {
        let scenario = try #require(ScenarioLoader.load(Self.source, file: "court.yaml").scenario)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("runner-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try TranscriptWriter(creating: directory.appendingPathComponent("t.jsonl"))
        var output: [String] = []
        var runner = ConversationRunner(
            engine: DialogueEngine(scenario: scenario, seed: 1),
            renderer: ConversationRenderer(scenario: scenario, style: .plain, width: 80, echoReplies: true),
            reader: ScriptedReader(inputs: [.line("/indice"), .terminated(signal: SIGTERM), .line("Un site web")]),
            transcript: file, now: { Date(timeIntervalSince1970: 0) }, write: { output.append($0) }, warn: { output.append("WARN " + $0) }
        )
        let finished = runner.run()
        #expect(finished?.reason == .quit)
        #expect(runner.endingSignal == SIGTERM)
        #expect((runner.reader as? ScriptedReader)?.inputs == [.line("Un site web")], "nothing read after the signal")
        #expect(output.last?.contains("Conversation interrompue avant la fin.") == true)
        let contents = TranscriptContents(text: try String(contentsOf: file.url, encoding: .utf8))
        #expect(contents.events.map(\.event.typeName) == ["question", "command", "hint", "end"])
        #expect(contents.events[1].event == .command(CommandUsed(name: "hint")))
    }

    @Test func endsWithoutASignalOtherwise() throws {
        let scenario = try #require(ScenarioLoader.load(Self.source, file: "court.yaml").scenario)
        var runner = ConversationRunner(
            engine: DialogueEngine(scenario: scenario, seed: 1),
            renderer: ConversationRenderer(scenario: scenario, style: .plain, width: 80, echoReplies: true),
            reader: ScriptedReader(inputs: [.line("/quitter")]), transcript: nil, write: { _ in }, warn: { _ in }
        )
        #expect(runner.run()?.reason == .quit)
        #expect(runner.endingSignal == nil)
    }

    @Test func recordsEveryEventAndCommandInTheTranscript() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("runner-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try TranscriptWriter(creating: directory.appendingPathComponent("t.jsonl"))
        _ = try run([.line("/aide"), .line("avis et site web")], transcript: file)
        let contents = TranscriptContents(text: try String(contentsOf: file.url, encoding: .utf8))
        #expect(contents.damaged.isEmpty)
        #expect(contents.events.map(\.event.typeName) == [
            "question", "command", "reply", "evaluation", "friend", "step_completed", "route", "friend", "end",
        ])
        #expect(contents.events[1].event == .command(CommandUsed(name: "help")))
    }
}

struct TranscriptFileTests {
    @Test func neverOverwritesAndNumbersNewNames() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        let first = try TranscriptWriter.createNew(in: directory, scenarioID: "s", date: date)
        let second = try TranscriptWriter.createNew(in: directory, scenarioID: "s", date: date)
        #expect(first.url.lastPathComponent == "s-20270115-080000.jsonl")
        #expect(second.url.lastPathComponent == "s-20270115-080000-1.jsonl")
        #expect(throws: TranscriptWriteError.self) { try TranscriptWriter(creating: first.url) }
    }
}
