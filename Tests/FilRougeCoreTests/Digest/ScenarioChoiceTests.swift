import Foundation
import Testing
@testable import FilRougeCore

/// The scenario of a folder of several: the one with the most transcripts, the first met on a tie,
/// and what is said of the others.
struct ScenarioChoiceTests {
    static func reference(_ id: String, _ language: Language, hash: String = "sha256:aa") -> TranscriptHeader.ScenarioReference {
        TranscriptHeader.ScenarioReference(id: id, title: "Title \(language.rawValue)", version: "1.0", language: language, hash: hash)
    }

    static func header(_ reference: TranscriptHeader.ScenarioReference) -> TranscriptHeader {
        TranscriptHeader(scenario: reference, learner: nil, started: Date(timeIntervalSince1970: 0), seed: 1, program: "filrouge test")
    }

    static let french = reference("alancienne", .fr, hash: "sha256:fr")
    static let english = reference("alancienne", .en, hash: "sha256:en")
    static let bakery = reference("boulangerie", .fr, hash: "sha256:bb")

    @Test func takesTheScenarioWithTheMostTranscripts() {
        let choice = ScenarioChoice(headers: [Self.english, Self.french, Self.bakery, Self.french].map(Self.header))
        #expect(choice.chosen == Self.french)
        #expect(choice.total == 4)
        #expect(choice.counts.map(\.transcripts) == [1, 2, 1])
        #expect(choice.others.map(\.scenario) == [Self.english, Self.bakery])
    }

    @Test func onATieTakesTheFirstMet() {
        let choice = ScenarioChoice(headers: [Self.english, Self.french, Self.french, Self.english].map(Self.header))
        #expect(choice.chosen == Self.english)
    }

    @Test func anotherTextOfTheSameScenarioIsAnotherScenarioButAnotherTitleIsNot() {
        var retitled = Self.french
        retitled.title = "Another title"
        let changed = Self.reference("alancienne", .fr, hash: "sha256:changed")
        let choice = ScenarioChoice(headers: [Self.french, retitled, changed].map(Self.header))
        #expect(choice.counts.map(\.transcripts) == [2, 1])
    }

    @Test func saysWhatWasLeftOutAndHowToDigestIt() {
        let choice = ScenarioChoice(headers: [Self.english, Self.french, Self.bakery, Self.french, Self.bakery, Self.french].map(Self.header))
        let notes = choice.notes { $0 == Self.english ? "alancienne.en" : nil }
        #expect(notes == [
            "digest of alancienne 1.0 (fr), the scenario of 3 of the 6 transcripts with a header; left out:",
            "  1 transcript of alancienne 1.0 (en): digest it with --scenario alancienne.en",
            "  2 transcripts of boulangerie 1.0 (fr), played from a file not bundled with filrouge: digest them with --scenario FILE",
        ])
    }

    @Test func saysNothingWhenThereIsOneScenarioOrNone() {
        #expect(ScenarioChoice(headers: [Self.french, Self.french].map(Self.header)).notes { _ in nil }.isEmpty)
        let none = ScenarioChoice()
        #expect(none.chosen == nil)
        #expect(none.others.isEmpty)
        #expect(none.notes { _ in nil }.isEmpty)
    }
}
