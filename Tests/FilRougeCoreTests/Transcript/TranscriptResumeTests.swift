import Foundation
import Testing
@testable import FilRougeCore

/// A conversation played as the terminal plays it: each input gives the events the runner records.
struct ScriptedConversation {
    enum Input {
        case reply(String)
        /// A command as the runner records it (`hint`, `repeat`, `help`, `quit`…).
        case command(String)
        /// The end of input: a quit without a command.
        case endOfInput
    }

    static let seed: UInt64 = 11
    static func header(learner: String? = "Camille", started: Date = Date(timeIntervalSince1970: 1_800_000_000.123)) -> TranscriptHeader {
        TranscriptHeader(
            scenario: .init(scenario: DialogueEngineTests.scenario, sourceText: DialogueEngineTests.source), learner: learner,
            started: started, seed: seed, program: "filrouge test"
        )
    }

    /// The events of each input, in order; the first batch is the start.
    static func batches(_ inputs: [Input], engine: inout DialogueEngine) -> [[DialogueEvent]] {
        var batches = [engine.start()]
        for input in inputs {
            switch input {
            case .reply(let text): batches.append(engine.submit(text))
            case .command("hint"): batches.append([.command(CommandUsed(name: "hint"))] + engine.hint())
            case .command("repeat"): batches.append([.command(CommandUsed(name: "repeat"))] + engine.repeatQuestion())
            case .command("quit"): batches.append([.command(CommandUsed(name: "quit"))] + engine.quit())
            case .command(let name): batches.append([.command(CommandUsed(name: name))])
            case .endOfInput: batches.append(engine.quit())
            }
        }
        return batches
    }

    static func events(_ inputs: [Input]) -> [DialogueEvent] {
        var engine = DialogueEngine(scenario: DialogueEngineTests.scenario, seed: seed)
        return batches(inputs, engine: &engine).flatMap { $0 }
    }

    /// The transcript's text: the header, then one line per event, each a second after the one before.
    static func text(_ events: [DialogueEvent], header: TranscriptHeader = header()) -> String {
        let lines = events.enumerated().map { index, event in
            TranscriptLineWriter.line(for: .event(at: header.started.addingTimeInterval(Double(index + 1)), event))
        }
        return ([TranscriptLineWriter.line(for: .header(header))] + lines).map { $0 + "\n" }.joined()
    }

    /// Resumes `recorded`, then plays `rest` on the engine rebuilt from it; returns the events
    /// the resumed conversation writes (the pending ones first).
    static func resume(_ recorded: [DialogueEvent], then rest: [Input]) throws -> [DialogueEvent] {
        let point = try TranscriptResume.rebuild(TranscriptContents(text: text(recorded)), scenario: DialogueEngineTests.scenario)
        var engine = point.engine
        var events = point.pending
        for input in rest {
            var step = engine
            // `batches` starts the engine; a rebuilt engine has started already, so its start is empty.
            let batch = batches([input], engine: &step)
            #expect(batch[0].isEmpty)
            events += batch.dropFirst().flatMap { $0 }
            engine = step
        }
        return events
    }
}

struct TranscriptResumeTests {
    /// Hints, a follow-up, a repeated question, a screen-only command, three steps and an ending.
    static let inputs: [ScriptedConversation.Input] = [
        .command("hint"), .reply("pears"), .command("repeat"), .command("help"), .reply("and apples"),
        .command("hint"), .command("score"), .reply("cherries"),
    ]

    @Test func resumingAfterACutAnywhereGivesTheUninterruptedConversation() throws {
        var engine = DialogueEngine(scenario: DialogueEngineTests.scenario, seed: ScriptedConversation.seed)
        let batches = ScriptedConversation.batches(Self.inputs, engine: &engine)
        let full = batches.flatMap { $0 }
        #expect(full.contains { if case .finished(let end) = $0 { end.reason == .completed } else { false } })
        // Every prefix of the events: cuts between turns and in the middle of one.
        for cut in 0..<full.count {
            // The inputs the cut left entirely unrecorded are typed again after resuming.
            var firstEvent = batches[0].count
            var unrecorded: [ScriptedConversation.Input] = []
            for (input, batch) in zip(Self.inputs, batches.dropFirst()) {
                if firstEvent >= cut { unrecorded.append(input) }
                firstEvent += batch.count
            }
            let resumed = try ScriptedConversation.resume(Array(full.prefix(cut)), then: unrecorded)
            #expect(Array(full.prefix(cut)) + resumed == full, "cut after \(cut) events")
        }
    }

    @Test func aConversationLeftWithQuitGoesOnAfterItsSummary() throws {
        let uninterrupted = ScriptedConversation.events(Self.inputs)
        for leaving in [ScriptedConversation.Input.command("quit"), .endOfInput] {
            for split in 1..<Self.inputs.count {
                let before = Array(Self.inputs.prefix(split)), after = Array(Self.inputs.dropFirst(split))
                let recorded = ScriptedConversation.events(before + [leaving])
                let resumed = try ScriptedConversation.resume(recorded, then: after)
                // What the quit wrote stays; the conversation then goes on as if it had not happened.
                let quitEvents = recorded.count - ScriptedConversation.events(before).count
                #expect(Array(recorded.dropLast(quitEvents)) + resumed == uninterrupted, "left after \(split) inputs")

                let record = ConversationRecord(text: ScriptedConversation.text(recorded + resumed))
                #expect(record.isComplete, "the last end counts")
                #expect(record.completedTurns.map(\.step) == ["ask", "last"])
            }
        }
    }

    @Test func aQuitDuringAFollowUpKeepsTheFirstReplyForTheSecond() throws {
        let recorded = ScriptedConversation.events([.reply("pears"), .endOfInput])
        #expect(recorded.contains { if case .stepCompleted(let result) = $0 { result.attempts == 1 } else { false } })
        let point = try TranscriptResume.rebuild(TranscriptContents(text: ScriptedConversation.text(recorded)), scenario: DialogueEngineTests.scenario)
        #expect(point.engine.phase == .awaitingReply(step: "ask", attempt: 2))
        #expect(point.engine.results.isEmpty)
        #expect(point.quitsSetAside == 1)
        #expect(point.repliesReplayed == 1)
        var engine = point.engine
        let evaluation = engine.submit("and apples").compactMap { if case .evaluation(let e) = $0 { e } else { nil } }.first
        #expect(evaluation?.combined == true)
        #expect(evaluation?.evaluation.band == .good)
    }

    @Test func hintsGoOnFromTheLastOneGiven() throws {
        let recorded = ScriptedConversation.events([.command("hint")])
        let point = try TranscriptResume.rebuild(TranscriptContents(text: ScriptedConversation.text(recorded)), scenario: DialogueEngineTests.scenario)
        var engine = point.engine
        #expect(engine.hint() == [.hint(HintGiven(step: "ask", number: 2, text: "Think orchard."))])
    }

    @Test func aFinishedConversationIsRefused() {
        let text = ScriptedConversation.text(ScriptedConversation.events(Self.inputs))
        let lines = text.split(separator: "\n").count
        #expect(throws: ResumeFailure.alreadyFinished(line: lines)) {
            try TranscriptResume.rebuild(TranscriptContents(text: text), scenario: DialogueEngineTests.scenario)
        }
    }

    @Test func aTranscriptWithoutHeaderIsRefused() {
        let text = ScriptedConversation.text(ScriptedConversation.events([.reply("pears")]))
        let headless = text.split(separator: "\n").dropFirst().joined(separator: "\n")
        #expect(throws: ResumeFailure.noHeader) {
            try TranscriptResume.rebuild(TranscriptContents(text: headless), scenario: DialogueEngineTests.scenario)
        }
    }

    @Test func anEditedEventStopsTheResumeAtItsLine() throws {
        let text = ScriptedConversation.text(ScriptedConversation.events([.reply("apples and pears")]))
        let reaction = try #require(["Both!", "Yes, both!"].first { text.contains("\"text\":\"\($0)\"") })
        let edited = text.replacingOccurrences(of: "\"text\":\"\(reaction)\"", with: "\"text\":\"Neither!\"")
        let line = try #require(edited.split(separator: "\n").firstIndex { $0.contains("Neither!") }) + 1
        do {
            _ = try TranscriptResume.rebuild(TranscriptContents(text: edited), scenario: DialogueEngineTests.scenario)
            Issue.record("an edited transcript was resumed")
        } catch {
            guard case .diverged(let at, let recorded, let replayed) = error else {
                Issue.record("unexpected failure \(error)")
                return
            }
            #expect(at == line)
            #expect(recorded.contains("“Neither!”"))
            #expect(replayed.contains("“\(reaction)”"))
            #expect(error.description.contains("line \(line) has the friend's reaction to step 'ask' (good)"))
        }
    }

    @Test func aScenarioThatGradesDifferentlyStopsTheResume() throws {
        let text = ScriptedConversation.text(ScriptedConversation.events([.reply("pears"), .reply("and apples")]))
        let changed = DialogueEngineTests.source.replacingOccurrences(of: "keywords: [apple, apples]", with: "keywords: [banana]")
        let scenario = try #require(ScenarioLoader.load(changed, file: "routes.yaml").scenario)
        #expect {
            try TranscriptResume.rebuild(TranscriptContents(text: text), scenario: scenario)
        } throws: { error in
            // The first reply ('pears') grades the same either way; the second one no longer meets 'apple'.
            guard case ResumeFailure.diverged(let line, let recorded, let replayed) = error else { return false }
            return line == 9 && recorded == "the grade of step 'ask' (attempt 2): good, 100%"
                && replayed == "the grade of step 'ask' (attempt 2): partial, 50%"
        }
    }

    @Test func aRecordedReplyAfterTheEndIsRefused() throws {
        var events = ScriptedConversation.events(Self.inputs)
        // Drop the completed end, keeping the ending's words, and add a reply after them.
        events.removeLast()
        events.append(.reply(Reply(step: "last", attempt: 1, text: "more")))
        #expect {
            try TranscriptResume.rebuild(TranscriptContents(text: ScriptedConversation.text(events)), scenario: DialogueEngineTests.scenario)
        } throws: { error in
            guard case ResumeFailure.diverged(_, _, let replayed) = error else { return false }
            return replayed.contains("the end of the conversation (completed)")
        }
    }
}
