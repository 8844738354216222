import Foundation
@testable import FilRougeCore
import Testing

/// The progress table's rows, from transcripts of the `routes` scenario (three steps: ask, then
/// side or last, then last; DigestFixtures), and how each format writes them.
struct LearnerProgressTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    /// A transcript whose events happen in parts, each part `seconds` after the start.
    static func transcript(learner: String?, _ parts: [(seconds: Double, events: [DialogueEvent])]) -> ConversationRecord {
        let header = TranscriptHeader(scenario: DigestFixtures.reference, learner: learner, started: start, seed: 3, program: "filrouge test")
        var lines = [TranscriptLineWriter.line(for: .header(header))]
        for part in parts {
            lines += part.events.map { TranscriptLineWriter.line(for: .event(at: start.addingTimeInterval(part.seconds), $0)) }
        }
        return ConversationRecord(text: lines.joined(separator: "\n") + "\n")
    }

    /// Camille asks for two hints, answers both steps well 5 and 12.5 minutes in: 12 minutes.
    @Test func aFinishedConversationGivesItsSummaryEndingHintsAndTime() {
        var engine = DialogueEngine(scenario: DigestFixtures.scenario, seed: 3)
        let record = Self.transcript(learner: "Camille", [
            (0, engine.start()), (60, engine.hint() + engine.hint()), (300, engine.submit("apples and pears")), (750, engine.submit("cherries")),
        ])
        let row = LearnerProgress(record: record, learner: .named("Camille"), scenario: DigestFixtures.scenario)
        #expect(row == LearnerProgress(
            learner: .named("Camille"), stepsReached: 2, stepCount: 3, score: 1, band: .good, ending: "happy",
            stop: .finished, hints: 2, duration: 750, endingTitle: "Great talk."
        ))
        // Without the scenario, the ending is shown by its id.
        #expect(LearnerProgress(record: record, learner: .named("Camille"), scenario: nil).endingTitle == "happy")
        #expect(DurationText.of(row.duration) == "12 min")
    }

    /// Dominique leaves at `side`'s question a minute in, comes back an hour later, answers it,
    /// and the transcript stops at `last`'s question: the quit summary is out of date.
    @Test func aConversationResumedAfterQuitAndCutAgainIsInterrupted() {
        let played: (inout DialogueEngine) -> [DialogueEvent] = { $0.start() + $0.submit("pears") + $0.submit("nothing else") }
        var first = DialogueEngine(scenario: DigestFixtures.scenario, seed: 3)
        let before = played(&first)
        let quit = first.quit()
        var resumed = DialogueEngine(scenario: DigestFixtures.scenario, seed: 3)
        _ = played(&resumed)
        let record = Self.transcript(learner: "Dominique", [(0, before), (60, quit), (3600, resumed.submit("sweet"))])
        #expect(record.finished?.reason == .quit)
        let row = LearnerProgress(record: record, learner: .numbered(2), scenario: DigestFixtures.scenario)
        // ask partial 50% after its follow-up, side good 100%: a mean of 75%, good.
        #expect(row == LearnerProgress(
            learner: .numbered(2), stepsReached: 3, stepCount: 3, score: 0.75, band: .good, ending: nil,
            stop: .interrupted, hints: 0, duration: 3600
        ))
        #expect(DurationText.of(row.duration) == "1 h 00")
    }

    @Test func aLeftConversationSaysSoAndWithoutTheScenarioTheStepsAreNotCounted() {
        var engine = DialogueEngine(scenario: DigestFixtures.scenario, seed: 3)
        let record = Self.transcript(learner: nil, [(0, engine.start()), (30, engine.submit("I don't like apples") + engine.quit())])
        let row = LearnerProgress(record: record, learner: .named("x"), scenario: nil)
        #expect(row == LearnerProgress(
            learner: .named("x"), stepsReached: 1, stepCount: nil, score: 0, band: .missed, ending: nil,
            stop: .quit, hints: 0, duration: 30
        ))
    }

    @Test func timesAreWholeMinutesCountedDown() {
        #expect(DurationText.of(nil) == "—")
        #expect(DurationText.of(0) == "< 1 min")
        #expect(DurationText.of(59.9) == "< 1 min")
        #expect(DurationText.of(60) == "1 min")
        #expect(DurationText.of(3599) == "59 min")
        #expect(DurationText.of(3900) == "1 h 05")
        #expect(DurationText.of(7260) == "2 h 01")
    }

    static let rows = [
        LearnerProgress(learner: .named("Zoé <b>|"), stepsReached: 2, stepCount: 3, score: 0.6667, band: .partial, ending: "fine", stop: .finished, hints: 1, duration: 754),
        LearnerProgress(learner: .numbered(12), stepsReached: 1, stepCount: 3, score: 0, band: .missed, ending: nil, stop: .interrupted, hints: 10, duration: nil),
    ]

    @Test func markdownPadsItsColumnsAndEscapesNames() {
        #expect(LearnerProgressMarkdown.document(Self.rows, title: "La boulangerie", language: .fr) == """
            # Progression par apprenant·e · La boulangerie

            | Apprenant·e    | Étapes |         Total | Fin  | Arrêt       | Indices |  Durée |
            | :------------- | -----: | ------------: | :--- | :---------- | ------: | -----: |
            | Zoé \\<b\\>\\|    |    2/3 | 67% (partiel) | fine | terminée    |       1 | 12 min |
            | Apprenant·e 12 |    1/3 |   0% (manqué) | —    | interrompue |      10 |      — |

            """)
    }

    @Test func htmlEscapesNamesAndAlignsFigures() {
        let html = LearnerProgressHTML.section(Self.rows, language: .en)
        #expect(html.contains("<tr><td>Zoé &lt;b&gt;|</td><td class=\"figure\">2/3</td><td class=\"figure\">67% (partial)</td><td>fine</td><td>finished</td><td class=\"figure\">1</td><td class=\"figure\">12 min</td></tr>"))
        #expect(html.contains("<tr><td>Learner 12</td>"))
        #expect(html.hasPrefix("<section class=\"learners\">\n<h2>Progress by learner</h2>"))
    }

    @Test func csvGivesFiguresForPrograms() {
        #expect(LearnerProgressCSV.render(Self.rows, language: .en) == """
            learner,steps_reached,steps,score,band,ending,stopped,hints,seconds\r
            Zoé <b>|,2,3,0.67,partial,fine,finished,1,754\r
            Learner 12,1,3,0.00,missed,,interrupted,10,\r

            """)
    }
}
