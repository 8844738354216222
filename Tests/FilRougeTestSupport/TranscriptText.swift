import FilRougeCore
import Foundation

/// Transcripts as `filrouge play` writes them, of conversations the engine plays, for the tests of
/// what reads them (replay, digest, export).
public enum TranscriptText {
    /// The transcript of `scenario` (loaded from `source`) played by an engine seeded with `seed`:
    /// the header, then a line for each event `play` gives, all written at `started`.
    public static func played(
        _ scenario: Scenario, source: String, learner: String?, seed: UInt64,
        started: Date = Date(timeIntervalSince1970: 1_800_000_000), _ play: (inout DialogueEngine) -> [DialogueEvent]
    ) -> String {
        var engine = DialogueEngine(scenario: scenario, seed: seed)
        let events = play(&engine)
        let header = TranscriptHeader(
            scenario: .init(scenario: scenario, sourceText: source), learner: learner, started: started, seed: seed, program: "filrouge test"
        )
        return ([TranscriptLineWriter.line(for: .header(header))] + events.map { TranscriptLineWriter.line(for: .event(at: started, $0)) })
            .joined(separator: "\n") + "\n"
    }
}
