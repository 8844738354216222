import FilRougeScenarios
import Foundation
import Testing
@testable import FilRougeCore

/// What the writer writes, the reader reads back the same: each type of event, and every line of
/// generated transcripts.
struct TranscriptRoundTripTests {
    /// An event of each type, with its optional members present.
    static func event(_ type: TranscriptEventType) -> DialogueEvent {
        let reason = BandReason(rule: .developed, concepts: ["a"], developments: ["d"], requiredMissing: ["r"], loweredBy: ["m"], before: .good)
        let outcome = StepResult.ConceptOutcome(concept: "a", label: "A", status: .negated, misconception: true)
        let result = StepResult(step: "s", score: 0.3333333333333333, band: .partial, attempts: 2, criteria: [outcome], reason: reason)
        switch type {
        case .narration: return .narration(Narration(text: "Il était une fois…"))
        case .friend: return .friendLine(FriendLine(kind: .reaction, step: "s", text: "Ah « bon » ?", band: .missed))
        case .question: return .question(Question(step: "s", text: "Pourquoi ?\nDites-moi.", followUp: true))
        case .reply: return .reply(Reply(step: "s", attempt: 2, text: "Zoé \"\\ \u{1F600}\u{7}\t/"))
        case .evaluation:
            let evidence = Evidence(attempt: 2, ranges: [TextRange(start: 0, end: 7)], text: "linkdin", keyword: "linkedin", match: .typo, detail: "1 edit", edits: 1)
            let criterion = CriterionResult(
                concept: "a", label: "A", weight: -0.5, required: true, status: .met, evidence: [evidence], negatedEvidence: [evidence]
            )
            return .evaluation(EvaluationEvent(step: "s", attempt: 2, combined: true, evaluation: ReplyEvaluation(score: 1e-7, band: .good, criteria: [criterion], reason: reason)))
        case .hint: return .hint(HintGiven(step: "s", number: 2, text: "Pensez aux clients."))
        case .command: return .command(CommandUsed(name: "/unknown"))
        case .counters: return .countersChanged(CountersChanged(step: "s", changes: ["intérêt": -2, "b": 0], values: ["intérêt": -12, "b": Int.max]))
        case .route: return .route(RouteDecision(from: "a", to: "end", reason: "fallback"))
        case .stepCompleted: return .stepCompleted(result)
        case .end: return .finished(Finished(reason: .completed, ending: "e", summary: ConversationSummary(steps: [result, result], score: 0.5, band: .partial)))
        }
    }

    @Test(arguments: TranscriptEventType.allCases)
    func eachTypeOfEventIsReadBackAsWritten(type: TranscriptEventType) throws {
        let event = Self.event(type)
        #expect(event.eventType == type)
        let date = Date(timeIntervalSince1970: 1_800_000_000.125)
        let line = TranscriptLineWriter.line(for: .event(at: date, event))
        #expect(line.contains(#","type":"\#(type.rawValue)""#))
        let contents = TranscriptContents(text: line)
        #expect(contents.damaged.isEmpty)
        #expect(contents.events.map(\.event) == [event])
        #expect(contents.events.map(\.at) == [date])
    }

    @Test func theHeaderIsReadBackAsWritten() throws {
        let header = TranscriptHeader(
            scenario: .init(id: "x", title: "Mme \"Levain\"", version: "1.0", language: .fr, hash: "sha256:00"), learner: "Zoé \"\\ \u{1F600}\n\u{0007}",
            started: Date(timeIntervalSince1970: 1_800_000_000.5), seed: .max, program: "p"
        )
        let contents = TranscriptContents(text: TranscriptLineWriter.line(for: .header(header)))
        #expect(contents.damaged.isEmpty)
        #expect(contents.header == header)
    }

    /// Every whole line of generated transcripts of both bundled case studies reads, and is
    /// written again exactly as it was.
    @Test(arguments: ["alancienne.fr", "alancienne.en"])
    func generatedTranscriptsAreReadBackAsWritten(name: String) throws {
        let bundled = try #require(BundledScenarios.named(name))
        let scenario = try #require(ScenarioLoader.load(bundled.text, file: name).scenario)
        let cohort = SyntheticCohort(scenario: scenario, sourceText: bundled.text, seed: 11, wordsPerReply: 12)
        var types = Set<String>()
        var lines = 0
        for index in 0..<40 {
            let text = cohort.transcript(index)
            let contents = TranscriptContents(text: text)
            var expected = text.split(separator: "\n").map(String.init)
            // A transcript in fifty is cut short in its last line, as by a power cut.
            if !contents.damaged.isEmpty {
                #expect(contents.damaged == [.init(line: expected.count, reason: "not a transcript entry (The given data was not valid JSON.)")])
                expected.removeLast()
            }
            let header = try #require(contents.header)
            let written = [TranscriptLineWriter.line(for: .header(header))] + contents.events.map { TranscriptLineWriter.line(for: .event(at: $0.at, $0.event)) }
            #expect(written == expected)
            lines += written.count
            types.formUnion(contents.events.map(\.event.typeName))
        }
        #expect(lines > 500)
        #expect(types.isSuperset(of: ["narration", "friend", "question", "reply", "evaluation", "counters", "route", "step_completed", "end"]))
    }
}
