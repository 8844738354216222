import Foundation
@testable import FilRougeCore

/// Transcripts of the `routes` scenario of `DialogueEngineTests`, played by the engine itself.
enum ReplayFixtures {
    static let source = DialogueEngineTests.source
    static let scenario = DialogueEngineTests.scenario

    /// The transcript's text of a conversation played with `source`.
    static func transcript(
        learner: String? = "Camille", source: String = ReplayFixtures.source, _ play: (inout DialogueEngine) -> [DialogueEvent]
    ) throws -> String {
        let scenario = try load(source)
        var engine = DialogueEngine(scenario: scenario, seed: 3)
        let events = play(&engine)
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        let header = TranscriptHeader(
            scenario: .init(scenario: scenario, sourceText: source), learner: learner, started: date, seed: 3, program: "filrouge test"
        )
        return ([TranscriptLineWriter.line(for: .header(header))] + events.map { TranscriptLineWriter.line(for: .event(at: date, $0)) })
            .joined(separator: "\n") + "\n"
    }

    static func record(learner: String? = "Camille", _ play: (inout DialogueEngine) -> [DialogueEvent]) throws -> ConversationRecord {
        ConversationRecord(text: try transcript(learner: learner, play))
    }

    static func load(_ source: String) throws -> Scenario {
        let result = ScenarioLoader.load(source, file: "routes.yaml")
        guard let scenario = result.scenario else { throw FixtureError(diagnostics: result.diagnostics.map(\.message)) }
        return scenario
    }

    /// `source` with `old` replaced, checked to be there.
    static func edited(_ old: String, _ new: String, in source: String = ReplayFixtures.source) throws -> String {
        guard source.contains(old) else { throw FixtureError(diagnostics: ["no '\(old)' in the scenario"]) }
        return source.replacingOccurrences(of: old, with: new)
    }

    struct FixtureError: Error {
        var diagnostics: [String]
    }
}
