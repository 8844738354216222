import Testing
@testable import FilRougeCore

/// Paths played through the dialogue engine: one that goes as written, and each way one can go
/// astray, reported at the first turn that does with what was expected and what happened.
struct PathRunnerTests {
    static func outcome(_ paths: String) throws -> PathOutcome {
        let scenario = try PathFixtures.scenario(paths: paths + "\n")
        let outcomes = PathRunner(scenario: scenario).run()
        #expect(outcomes.count == 1)
        return try #require(outcomes.first)
    }

    @Test func aPathWithAHintAndAFollowUpReachesItsEnding() throws {
        let outcome = try Self.outcome("""
              - name: tout-va-bien
                turns:
                  - { step: accueil, command: hint }
                  - { step: accueil, reply: "Écoute tes clients.", band: partial, met: [ecoute], missed: [site] }
                  - { step: accueil, reply: "Et fais un site web.", band: good, met: [ecoute, site] }
                  - { step: outils, command: repeat }
                  - { step: outils, reply: "Un logiciel et une formation.", band: good }
                ending: ravi
            """)
        #expect(outcome.passed)
        #expect(outcome.deviation == nil)
        #expect(outcome.endingReached == "ravi")
        // Route 2 of accueil (to outils); outils has no routes and goes on to the end.
        #expect(outcome.routesTaken.map { "\($0.step) \($0.route)" } == ["accueil 1"])
    }

    @Test func aTurnAtAnotherStepGoesAstray() throws {
        let outcome = try Self.outcome("""
              - name: sans-relance
                turns:
                  - { step: accueil, reply: "Écoute tes clients.", band: partial }
                  - { step: outils, reply: "Un logiciel.", band: partial }
                ending: mitige
            """)
        #expect(outcome.deviation == PathDeviation(
            kind: .step, turn: 2, location: PathFixtures.location(43, 9),
            problems: ["expected step outils, but the conversation is at the follow-up question of step accueil"]
        ))
    }

    @Test func aTurnAfterTheEndingGoesAstray() throws {
        let outcome = try Self.outcome("""
              - name: trop-long
                turns:
                  - { step: accueil, reply: "Je ne sais pas.", band: missed }
                  - { step: accueil, reply: "Aucune idée.", band: missed }
                  - { step: outils, reply: "Un logiciel.", band: partial }
                ending: fin-rapide
            """)
        #expect(outcome.deviation == PathDeviation(
            kind: .step, turn: 3, location: PathFixtures.location(44, 9),
            problems: ["expected step outils, but the conversation has already ended at ending fin-rapide"]
        ))
        #expect(outcome.endingReached == "fin-rapide")
    }

    @Test func aReplyWithAnotherBandGoesAstray() throws {
        let outcome = try Self.outcome("""
              - name: trop-optimiste
                turns:
                  - { step: accueil, reply: "Écoute tes clients.", band: good }
                  - { step: outils, reply: "Un logiciel et une formation.", band: good }
                ending: ravi
            """)
        #expect(outcome.deviation == PathDeviation(
            kind: .band, turn: 1, location: PathFixtures.location(42, 9),
            problems: ["expected band good, but the reply got partial (score 50%; good from 70%, partial from 40%)"],
            reply: "Écoute tes clients.", met: ["ecoute"], missed: ["site"]
        ))
    }

    @Test func aFollowUpIsGradedWithTheReplyBeforeIt() throws {
        let outcome = try Self.outcome("""
              - name: relance-ratee
                turns:
                  - { step: accueil, reply: "Écoute tes clients.", band: partial }
                  - { step: accueil, reply: "Je ne sais pas.", band: good }
                ending: ravi
            """)
        #expect(outcome.deviation == PathDeviation(
            kind: .band, turn: 2, location: PathFixtures.location(43, 9),
            problems: ["expected band good, but the reply and the one before it, graded together, got partial (score 50%; good from 70%, partial from 40%)"],
            reply: "Je ne sais pas.", met: ["ecoute"], missed: ["site"]
        ))
    }

    @Test func aReplyThatMissesAConceptGoesAstray() throws {
        let outcome = try Self.outcome("""
              - name: concepts
                turns:
                  - { step: accueil, reply: "Écoute tes clients.", band: partial, met: [site], missed: [ecoute] }
                ending: ravi
            """)
        #expect(outcome.deviation == PathDeviation(
            kind: .concepts, turn: 1, location: PathFixtures.location(42, 9),
            problems: ["expected to meet site, but did not", "expected not to meet ecoute, but did"],
            reply: "Écoute tes clients.", met: ["ecoute"], missed: ["site"]
        ))
    }

    @Test func anotherEndingGoesAstray() throws {
        let outcome = try Self.outcome("""
              - name: mauvaise-fin
                turns:
                  - { step: accueil, reply: "Écoute tes clients et fais un site web.", band: good }
                  - { step: outils, reply: "Un logiciel et une formation.", band: good }
                ending: mitige
            """)
        #expect(outcome.deviation == PathDeviation(
            kind: .ending, turn: nil, location: PathFixtures.location(44, 13),
            problems: ["expected ending mitige, but the conversation reached ending ravi"]
        ))
    }

    @Test func turnsThatStopBeforeAnEndingGoAstray() throws {
        let outcome = try Self.outcome("""
              - name: inacheve
                turns:
                  - { step: accueil, reply: "Écoute tes clients et fais un site web.", band: good }
                ending: ravi
            """)
        #expect(outcome.deviation == PathDeviation(
            kind: .ending, turn: nil, location: PathFixtures.location(43, 13),
            problems: ["expected ending ravi, but the conversation is still at step outils after the last turn"]
        ))
    }

    /// The same path plays the same way every time: the engine's randomness comes from a fixed seed.
    @Test func aPathPlaysTheSameWayEveryTime() throws {
        let scenario = try PathFixtures.scenario(paths: """
              - name: p
                turns:
                  - { step: accueil, reply: "Écoute tes clients.", band: partial }
                  - { step: accueil, reply: "Un site web.", band: good }
                  - { step: outils, reply: "Je ne sais pas.", band: missed }
                ending: mitige

            """)
        let runs = (0..<3).map { _ in PathRunner(scenario: scenario).run().map { "\($0.passed) \($0.endingReached ?? "-")" } }
        #expect(runs == Array(repeating: ["true mitige"], count: 3))
    }
}
