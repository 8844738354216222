import Foundation
import FilRougeCore
@testable import FilRougeConsole

/// A short scenario and transcripts of it, played by the engine, for the replay's console side.
enum ReplayConsoleFixtures {
    static let source = """
        id: shop
        title: The corner shop
        language: en
        version: "2"
        persona: { name: Mrs Penny }
        opening: "You meet Mrs Penny at her counter."
        steps:
          - id: online
            says: "Customers keep asking."
            question: "Should I sell online?"
            rubric:
              - { concept: web, label: "a web shop", keywords: ["web shop", website] }
              - { concept: reviews, label: "customer reviews", keywords: [reviews] }
              - concept: discount
                label: "cutting prices"
                weight: -1
                keywords: [discount]
                feedback: "A price war is lost in advance."
            reactions: { good: "Lovely!", partial: "Maybe.", missed: "Hmm." }
            hints: ["Think of the web."]
            follow_up: "How would that work?"
          - id: social
            question: "And social media?"
            rubric:
              - { concept: photos, label: "photos", keywords: [photos] }
            reactions: { good: "Nice.", partial: "Hm.", missed: "No." }
        endings:
          - id: done
            says: "Thanks!"
        """

    static var scenario: Scenario {
        get throws {
            guard let scenario = ScenarioLoader.load(source, file: "shop.yaml").scenario else { throw FixtureError() }
            return scenario
        }
    }

    struct FixtureError: Error {}

    /// A transcript's text: the header, then the events of `play`.
    static func transcript(learner: String?, source: String = source, _ play: (inout DialogueEngine) -> [DialogueEvent]) throws -> String {
        guard let scenario = ScenarioLoader.load(source, file: "shop.yaml").scenario else { throw FixtureError() }
        var engine = DialogueEngine(scenario: scenario, seed: 2)
        let events = play(&engine)
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        let header = TranscriptHeader(
            scenario: .init(scenario: scenario, sourceText: source), learner: learner, started: date, seed: 2, program: "filrouge test"
        )
        return ([TranscriptLineWriter.line(for: .header(header))] + events.map { TranscriptLineWriter.line(for: .event(at: date, $0)) })
            .joined(separator: "\n") + "\n"
    }

    /// Camille: a weak first reply with a discount, a follow-up, then photos.
    static func camille() throws -> String {
        try transcript(learner: "Camille") { engine in
            engine.start() + engine.hint() + engine.submit("Not a website, give a discount") + engine.submit("A web shop and reviews")
                + engine.submit("Post photos")
        }
    }

    /// Léa: a good first reply, then she leaves.
    static func lea() throws -> String {
        try transcript(learner: "Léa") { engine in
            engine.start() + engine.submit("A website with reviews") + engine.quit()
        }
    }

    static func script(_ texts: [(label: String, text: String)], regrade: (Scenario, String)? = nil) throws -> ReplayScript {
        ReplayScript(learners: try texts.map { label, text in
            let record = ConversationRecord(text: text)
            return ReplayLearner(
                label: label, record: record,
                regrade: try regrade.map { try TranscriptRegrade(record: record, scenario: $0.0, sourceText: $0.1) }
            )
        })
    }

    /// A new folder for files, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("filrouge-replay-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
