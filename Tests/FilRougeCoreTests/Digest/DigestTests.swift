import Foundation
import Testing
@testable import FilRougeCore

/// The figures of a digest, checked against DigestFixtures' four learners, worked out by hand.
struct DigestTests {
    let digest = DigestFixtures.digest()

    func step(_ id: String) throws -> DigestStep {
        try #require(digest.steps.first { $0.id == id })
    }

    func criterion(_ concept: String, of stepID: String) throws -> DigestCriterion {
        try #require(try step(stepID).criteria.first { $0.concept == concept })
    }

    @Test func countsTheTranscriptsAndTheirDamagedLines() {
        #expect(digest.learners == 4)
        #expect(digest.transcripts.skippedCount == 0)
        #expect(digest.transcripts.damagedLines == 1)
        #expect(digest.transcripts.damagedTranscripts == 1)
        #expect(digest.transcripts.firstStarted == Date(timeIntervalSince1970: 1_800_000_000))
        #expect(digest.transcripts.lastStarted == Date(timeIntervalSince1970: 1_800_000_000 + 2 * 86_400))
    }

    @Test func listsEveryStepInScenarioOrderWithItsQuestion() {
        #expect(digest.steps.map(\.id) == ["ask", "side", "last"])
        #expect(digest.steps.map(\.number) == [1, 2, 3])
        #expect(digest.steps.first?.question == "Apples or pears?")
    }

    @Test func countsWhoAnsweredEachStep() throws {
        // Everyone answered `ask`; only Dominique went to `side`; Camille and Dominique reached `last`.
        #expect(try step("ask").answered == Proportion(count: 4, of: 4))
        #expect(try step("side").answered == Proportion(count: 1, of: 4))
        #expect(try step("last").answered == Proportion(count: 2, of: 4))
    }

    @Test func sharesTheBandsAmongThoseWhoAnswered() throws {
        // ask: Camille good; Dominique and Eve partial; the unnamed learner missed.
        let ask = try step("ask").bands
        #expect(ask.map(\.band) == [.good, .partial, .missed])
        #expect(ask.map(\.learners.share) == [Double?]([0.25, 0.5, 0.25]))
        #expect(try step("side").bands.map(\.learners.share) == [Double?]([1, 0, 0]))
        // last: Camille good, Dominique missed.
        #expect(try step("last").bands.map(\.learners.share) == [Double?]([0.5, 0, 0.5]))
    }

    @Test func sharesEachCriterionAmongMetMissedAndNegated() throws {
        // apple: met by Camille and Eve, missed by Dominique, negated by the unnamed learner.
        let apple = try criterion("apple", of: "ask")
        #expect(apple.met.share == 0.5)
        #expect(apple.missed.share == 0.25)
        #expect(apple.negated.share == 0.25)
        // pear: met by Camille and Dominique, missed by the two others.
        let pear = try criterion("pear", of: "ask")
        #expect(pear.met == Proportion(count: 2, of: 4))
        #expect(pear.missed == Proportion(count: 2, of: 4))
        #expect(pear.negated == Proportion(count: 0, of: 4))
        // cherry: met by Camille, negated by Dominique ("no cherries").
        let cherry = try criterion("cherry", of: "last")
        #expect(cherry.met == Proportion(count: 1, of: 2))
        #expect(cherry.missed == Proportion(count: 0, of: 2))
        #expect(cherry.negated == Proportion(count: 1, of: 2))
        #expect(cherry.negated.share == 0.5)
        #expect(try criterion("taste", of: "side").met == Proportion(count: 1, of: 1))
    }

    @Test func namesTheConceptsMostOftenMissed() throws {
        // apple and pear are each not met by two learners: a tie, kept in rubric order.
        #expect(try step("ask").mostMissed.map(\.concept) == ["apple", "pear"])
        #expect(try step("ask").mostMissed.map(\.notMet.share) == [Double?]([0.5, 0.5]))
        #expect(try step("last").mostMissed.map(\.concept) == ["cherry"])
        #expect(try step("side").mostMissed.isEmpty)
    }

    @Test func picksTheBestRepliesBestFirst() throws {
        // Eligible: Camille (100%), Dominique and Eve (50%); the unnamed learner scored 0.
        // Camille covers both concepts, so the second pass adds the others in file order.
        let best = try step("ask").bestReplies
        #expect(best.map(\.learner) == [.named("Camille"), .named("Dominique"), .named("Eve")])
        #expect(best.map(\.score) == [1, 0.5, 0.5])
        #expect(best[1].replies.map(\.text) == ["pears", "nothing else"])
        #expect(best[1].replies.map(\.attempt) == [1, 2])
        #expect(best[0].metConcepts == ["apple", "pear"])
        let two = DigestFixtures.digest(bestReplies: 2)
        #expect(two.steps.first?.bestReplies.map(\.learner) == [.named("Camille"), .named("Dominique")])
    }

    @Test func highlightsTheWordsThatMetTheCriteria() throws {
        let camille = try #require(try step("ask").bestReplies.first?.replies.first)
        #expect(camille.segments.map(\.text) == ["apples", " and ", "pears"])
        #expect(camille.highlights.map(\.range) == [0..<6, 11..<16])
        #expect(camille.highlights.map(\.concepts) == [["apple"], ["pear"]])
        #expect(camille.highlights.allSatisfy { $0.kind == .met })
    }

    @Test func countsTheEndings() {
        // Camille: happy; Dominique: grumpy; the unnamed learner quit; Eve's transcript stops.
        #expect(digest.endings.reached.map(\.id) == ["happy", "fine", "grumpy"])
        #expect(digest.endings.reached.map(\.learners.count) == [1, 0, 1])
        #expect(digest.endings.quit == Proportion(count: 1, of: 4))
        #expect(digest.endings.interrupted == Proportion(count: 1, of: 4))
        #expect(digest.endings.notFinished.share == 0.5)
    }

    @Test func namesLearnersByTheirHeaderOrTheirFile() throws {
        let names = try step("ask").bestReplies.map(\.learner)
        #expect(names.contains(.named("Camille")))
        var builder = DigestBuilder(scenario: DigestFixtures.scenario, reference: DigestFixtures.reference)
        builder.add(ConversationRecord(text: DigestFixtures.unnamed), fallbackName: "unnamed-file")
        builder.add(ConversationRecord(text: DigestFixtures.camille), fallbackName: "x")
        // The unnamed learner's only answer scored 0: shown nowhere; its name comes from its file.
        #expect(builder.digest().steps.first?.bestReplies.map(\.learner) == [.named("Camille")])
    }

    @Test func anonymisedLearnersAreNumberedInFileOrder() throws {
        let anonymous = DigestFixtures.digest(anonymize: true)
        let best = try #require(anonymous.steps.first?.bestReplies)
        // Camille is the first file, Dominique the second, Eve the fourth.
        #expect(best.map(\.learner) == [.numbered(1), .numbered(2), .numbered(4)])
        for format in DigestFormat.allCases {
            let document = format.render(anonymous)
            #expect(!document.contains("Camille"), "\(format)")
            #expect(!document.contains("Dominique"), "\(format)")
            let table = format.renderLearners(anonymous)
            for name in ["Camille", "Dominique", "Eve", "unnamed-file"] {
                #expect(!table.contains(name), "\(format)")
            }
        }
        #expect(DigestMarkdown.render(anonymous).contains("**Learner 4**"))
    }

    @Test func skipsTranscriptsOfAnotherScenarioVersionOrTextAndWithoutHeader() {
        var builder = DigestBuilder(scenario: DigestFixtures.scenario, reference: DigestFixtures.reference, anonymize: true)
        var other = DigestFixtures.reference
        other.id = "another"
        var version = DigestFixtures.reference
        version.version = "2"
        var language = DigestFixtures.reference
        language.language = .fr
        var text = DigestFixtures.reference
        text.hash = "sha256:0000"
        let play: (inout DialogueEngine) -> [DialogueEvent] = { engine in engine.start() + engine.submit("apples and pears") }
        let headerless = DigestFixtures.camille.split(separator: "\n").dropFirst().joined(separator: "\n")
        #expect(builder.add(ConversationRecord(text: DigestFixtures.transcript(learner: "A", reference: other, play)), fallbackName: "a") == .otherScenario(id: "another"))
        #expect(builder.add(ConversationRecord(text: DigestFixtures.camille), fallbackName: "c") == nil)
        #expect(builder.add(ConversationRecord(text: DigestFixtures.transcript(learner: "B", reference: version, play)), fallbackName: "b") == .otherVersion(version: "2"))
        #expect(builder.add(ConversationRecord(text: DigestFixtures.transcript(learner: "C", reference: language, play)), fallbackName: "c") == .otherLanguage(.fr))
        #expect(builder.add(ConversationRecord(text: DigestFixtures.transcript(learner: "D", reference: text, play)), fallbackName: "d") == .otherText(hash: "sha256:0000"))
        #expect(builder.add(ConversationRecord(text: headerless), fallbackName: "e") == .noHeader)
        #expect(builder.add(ConversationRecord(text: "{\"not\": \"a transcript\"}\n"), fallbackName: "f") == .noHeader)
        builder.skip(.unreadable("is not UTF-8 text"))
        #expect(builder.add(ConversationRecord(text: DigestFixtures.dominique), fallbackName: "g") == nil)
        let digest = builder.digest()
        #expect(digest.learners == 2)
        #expect(digest.transcripts.skipped == [.otherScenario: 1, .otherVersion: 3, .noHeader: 2, .unreadable: 1])
        #expect(digest.transcripts.skippedCount == 7)
        // Numbers go to every transcript with a header, in order, those left out included, one per
        // name: A 1, Camille 2, B 3, C 4, D 5, Dominique 6.
        #expect(digest.steps.first?.bestReplies.map(\.learner) == [.numbered(2), .numbered(6)])
        #expect(digest.progress.map(\.learner) == [.numbered(2), .numbered(6)])
        #expect(DigestMarkdown.render(digest).contains("2 transcripts read, 7 skipped (1 unreadable, 2 without a header, 1 of another scenario, 3 of another version of it)."))
    }

    @Test func aStepPlayedTwiceCountsItsLastGradedAnswer() {
        let date = Date(timeIntervalSince1970: 0)
        func evaluation(_ band: Band, _ score: Double) -> ReplyEvaluation {
            ReplyEvaluation(score: score, band: band, criteria: [
                CriterionResult(concept: "taste", label: "taste", weight: 1, required: false, status: score > 0 ? .met : .missed, evidence: []),
            ])
        }
        let header = TranscriptHeader(scenario: DigestFixtures.reference, learner: "R", started: date, seed: 1, program: "p")
        let events: [DialogueEvent] = [
            .reply(Reply(step: "side", attempt: 1, text: "meh")),
            .evaluation(EvaluationEvent(step: "side", attempt: 1, combined: false, evaluation: evaluation(.missed, 0))),
            .route(RouteDecision(from: "side", to: "side", reason: "route 1")),
            .reply(Reply(step: "side", attempt: 1, text: "sweet")),
            .evaluation(EvaluationEvent(step: "side", attempt: 1, combined: false, evaluation: evaluation(.good, 1))),
        ]
        let text = ([TranscriptLineWriter.line(for: .header(header))] + events.map { TranscriptLineWriter.line(for: .event(at: date, $0)) }).joined(separator: "\n")
        var builder = DigestBuilder(scenario: DigestFixtures.scenario, reference: DigestFixtures.reference)
        builder.add(ConversationRecord(text: text), fallbackName: "r")
        let side = builder.digest().steps[1]
        #expect(side.answered.count == 1)
        #expect(side.bandCounts == [.good: 1])
        #expect(side.bestReplies.first?.replies.map(\.text) == ["sweet"])
    }

    @Test func aStepNoOneReachedHasNoShares() {
        var builder = DigestBuilder(scenario: DigestFixtures.scenario, reference: DigestFixtures.reference)
        builder.add(ConversationRecord(text: DigestFixtures.camille), fallbackName: "c")
        let side = builder.digest().steps[1]
        #expect(side.answered == Proportion(count: 0, of: 1))
        #expect(side.criteria.allSatisfy { $0.met.share == nil })
        #expect(DigestMarkdown.render(builder.digest()).contains("## Step 2 · Why only pears?\n\nNo learner answered this step.\n"))
    }
}
