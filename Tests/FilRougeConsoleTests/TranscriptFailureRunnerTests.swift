import Foundation
import Testing
import FilRougeCore
@testable import FilRougeConsole

/// A transcript that takes entries until `fails` says one cannot be written, as a full disk would.
final class FailingTranscript: TranscriptWriting {
    let url = URL(fileURLWithPath: "/transcripts/t.jsonl")
    let problem: FileProblem
    let fails: (TranscriptEntry) -> Bool
    private(set) var written: [TranscriptEntry] = []

    init(problem: FileProblem = .diskFull, fails: @escaping (TranscriptEntry) -> Bool) {
        self.problem = problem
        self.fails = fails
    }

    func write(_ entry: TranscriptEntry, durable: Bool) throws {
        if fails(entry) { throw TranscriptWriteError(path: url.path, problem: problem) }
        written.append(entry)
    }

    /// The type names of the events written.
    var types: [String] {
        written.compactMap { entry in
            if case .event(_, let event) = entry { event.typeName } else { nil }
        }
    }
}

/// When the transcript cannot be written, the conversation shows nothing it could not record,
/// grades nothing more, says why in its own language, and where the transcript stops.
struct TranscriptFailureRunnerTests {
    struct Outcome {
        var output: [String]
        var finished: Finished?
        var runner: ConversationRunner
    }

    func run(_ inputs: [LineInput], language: Language = .fr, transcript: FailingTranscript) throws -> Outcome {
        let source = ConversationRunnerTests.source.replacingOccurrences(of: "language: fr", with: "language: \(language.rawValue)")
        let scenario = try #require(ScenarioLoader.load(source, file: "court.yaml").scenario)
        var output: [String] = []
        var runner = ConversationRunner(
            engine: DialogueEngine(scenario: scenario, seed: 1),
            renderer: ConversationRenderer(scenario: scenario, style: .plain, width: 200, echoReplies: true),
            reader: ScriptedReader(inputs: inputs), transcript: transcript,
            now: { Date(timeIntervalSince1970: 0) }, write: { output.append($0) }, warn: { output.append("WARN " + $0) }
        )
        let finished = runner.run()
        return Outcome(output: output, finished: finished, runner: runner)
    }

    static func isEvent(_ type: String) -> (TranscriptEntry) -> Bool {
        { entry in
            if case .event(_, let event) = entry { event.typeName == type } else { false }
        }
    }

    @Test func aReplyThatCannotBeWrittenIsNeitherShownNorGradedAndNothingMoreIsRead() throws {
        let transcript = FailingTranscript(fails: Self.isEvent("reply"))
        let outcome = try run([.line("/indice"), .line("avis et site web"), .line("/score")], transcript: transcript)

        #expect(outcome.output.contains("Indice\u{00A0}: Pense au web."))
        #expect(!outcome.output.contains { $0.hasPrefix("Coach") }, "no grade shown")
        #expect(!outcome.output.contains("Vous\u{00A0}: avis et site web"))
        #expect(!outcome.output.contains("Léa\u{00A0}: Oui !\n"))
        #expect(outcome.output.contains("WARN filrouge: impossible d'écrire la transcription /transcripts/t.jsonl\u{00A0}: le disque est plein"))
        #expect(outcome.output.contains(
            "La transcription ne peut plus être enregistrée\u{00A0}: le disque est plein. La conversation s'arrête ici, pour que rien ne soit noté sans être enregistré."
        ))
        #expect(outcome.output.contains("\nBilan\nConversation interrompue avant la fin."))
        #expect(outcome.output.last == "La transcription ne contient aucune de vos réponses.")
        #expect(outcome.finished?.reason == .quit)
        #expect(outcome.finished?.summary.steps.isEmpty == true, "the reply not written counts for nothing")
        #expect(outcome.runner.engine.results.isEmpty)
        #expect((outcome.runner.reader as? ScriptedReader)?.inputs == [.line("/score")], "nothing read after the failure")
        #expect(outcome.runner.transcriptFailure?.problem == .diskFull)
        #expect(outcome.runner.transcriptFailure?.lastReply == nil)
        #expect(transcript.types == ["question", "command", "hint"], "nothing written after the failure, not even the end")
    }

    /// The reply is on disk, its grade is not: the grade is not shown, but the summary counts it,
    /// as resuming the transcript would (it grades the recorded reply again).
    @Test func aReplyOnDiskWhoseGradeCannotBeWrittenCountsButItsGradeIsNotShown() throws {
        let transcript = FailingTranscript(fails: Self.isEvent("evaluation"))
        let outcome = try run([.line("avis et site web")], transcript: transcript)

        #expect(outcome.output.contains("Vous\u{00A0}: avis et site web"))
        #expect(!outcome.output.contains { $0.hasPrefix("Coach") })
        #expect(outcome.output.last == "La transcription s'arrête à votre dernière réponse enregistrée, à l'étape un\u{00A0}: «\u{00A0}avis et site web\u{00A0}».")
        #expect(outcome.finished?.summary.steps.map(\.band) == [.good])
        #expect(outcome.runner.transcriptFailure?.lastReply == Reply(step: "un", attempt: 1, text: "avis et site web"))
        #expect(transcript.types == ["question", "reply"])
    }

    @Test func aCommandThatCannotBeWrittenIsNotCarriedOut() throws {
        let transcript = FailingTranscript(problem: .notAllowed, fails: Self.isEvent("command"))
        let outcome = try run([.line("/indice"), .line("avis et site web")], transcript: transcript)

        #expect(!outcome.output.contains("Indice\u{00A0}: Pense au web."))
        #expect(outcome.output.contains { $0.hasPrefix("La transcription ne peut plus être enregistrée\u{00A0}: vous n'avez pas le droit d'écrire à cet endroit.") })
        #expect((outcome.runner.reader as? ScriptedReader)?.inputs == [.line("avis et site web")])
        #expect(transcript.types == ["question"])
    }

    @Test func anEnglishConversationSaysItInEnglish() throws {
        let transcript = FailingTranscript(problem: .readOnlyDisk, fails: Self.isEvent("question"))
        let outcome = try run([.line("avis et site web")], language: .en, transcript: transcript)

        #expect(outcome.output.contains(
            "The transcript can no longer be written: the disk is read-only. The conversation stops here, so that nothing is graded that is not saved."
        ))
        #expect(!outcome.output.contains("Léa: Un site ?"), "the question not written is not asked")
        #expect(outcome.output.contains("\nSummary\nThe conversation ended before its close."))
        #expect(outcome.output.contains("WARN filrouge: cannot write the transcript /transcripts/t.jsonl: the disk is read-only"))
        #expect(outcome.output.last == "The transcript holds none of your replies.")
    }

    @Test func aDeletedTranscriptIsSaidToBeLost() throws {
        let transcript = FailingTranscript(problem: .deleted, fails: Self.isEvent("evaluation"))
        let outcome = try run([.line("un site web")], transcript: transcript)
        #expect(outcome.output.last == "Le fichier de la transcription n'existe plus\u{00A0}: les réponses qu'il contenait sont perdues avec lui.")
        #expect(outcome.runner.transcriptFailure?.problem.leavesTheFileResumable == false)
    }

    /// Resumed, the last reply the transcript held before is where it stops.
    @Test func aResumedConversationKnowsTheLastReplyItsTranscriptHeld() throws {
        let scenario = try #require(ScenarioLoader.load(ConversationRunnerTests.source, file: "court.yaml").scenario)
        var output: [String] = []
        var engine = DialogueEngine(scenario: scenario, seed: 1)
        _ = engine.start()
        var runner = ConversationRunner(
            engine: engine, renderer: ConversationRenderer(scenario: scenario, style: .plain, width: 200, echoReplies: true),
            reader: ScriptedReader(inputs: [.line("/aide")]), transcript: FailingTranscript(fails: { _ in true }),
            write: { output.append($0) }, warn: { _ in }
        )
        _ = runner.resume(pending: [], lastReply: Reply(step: "un", attempt: 2, text: "  des   avis\nclients, et encore bien d'autres choses à dire"))
        #expect(output.last == "La transcription s'arrête à votre dernière réponse enregistrée, à la relance de l'étape un\u{00A0}: «\u{00A0}des avis clients, et encore bien d'autre…\u{00A0}».")
    }
}
