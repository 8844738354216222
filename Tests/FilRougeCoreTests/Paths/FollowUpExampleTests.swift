import Testing
@testable import FilRougeCore

/// Examples that answer the follow-up question: read, graded as the engine grades a reply and its
/// follow-up together, and refused where the engine would never ask the question.
struct FollowUpExampleTests {
    /// The fixture with `examples` (written at the indentation of step 'accueil''s) in place of its own.
    static func text(examples: String) -> String {
        PathFixtures.withoutPaths.replacingOccurrences(
            of: "      - { reply: \"Écoute tes clients et fais un site web.\", band: good }\n",
            with: examples
        )
    }

    static func outcomes(_ examples: String) throws -> [ExampleOutcome] {
        let result = ScenarioLoader.load(text(examples: examples), file: "atelier.yaml")
        let scenario = try #require(result.scenario, "\(result.diagnostics.map(\.message))")
        return ExampleRunner(scenario: scenario).run().filter { $0.step == "accueil" }
    }

    @Test func aFollowUpExampleIsRead() throws {
        let result = ScenarioLoader.load(Self.text(examples: """
                  - reply: "Écoute tes clients."
                    band: partial
                    follow_up: "Et fais un site web."
                    band_together: good
                    met: [site]

            """), file: "atelier.yaml")
        let step = try #require(result.scenario?.step("accueil"))
        #expect(step.examples == [ExampleReply(
            reply: "Écoute tes clients.", band: .partial, met: ["site"],
            followUp: FollowUpExample(reply: "Et fais un site web.", bandTogether: .good),
            location: PathFixtures.location(24, 9)
        )])
    }

    @Test func theTwoRepliesAreGradedTogether() throws {
        let outcomes = try Self.outcomes("""
                  - { reply: "Écoute tes clients.", band: partial, follow_up: "Et fais un site web.", band_together: good, met: [ecoute, site] }

            """)
        let outcome = try #require(outcomes.first)
        #expect(outcome.passed)
        #expect(outcome.firstEvaluation?.band == .partial)
        #expect(outcome.evaluation.band == .good)
    }

    @Test func eachBandThatDiffersIsReported() throws {
        let outcomes = try Self.outcomes("""
                  - { reply: "Écoute tes clients.", band: missed, follow_up: "Et fais un site web.", band_together: partial }
                  - { reply: "Écoute tes clients et fais un site web.", band: partial, follow_up: "Rien.", band_together: good }

            """)
        #expect(outcomes.map(\.failures) == [
            [
                "expected band missed for the first reply, got partial (score 50%; good from 70%, partial from 40%)",
                "expected band partial for the two replies together, got good (score 100%; good from 70%, partial from 40%)",
            ],
            [
                "expected band partial for the first reply, got good (score 100%; good from 70%, partial from 40%)",
                "a good first reply is not followed up: the follow-up reply would never be asked for",
            ],
        ])
    }

    struct Malformed: CustomTestStringConvertible, Sendable {
        let name: String
        let examples: String
        let expected: [String]
        var testDescription: String { name }
    }

    static let malformed: [Malformed] = [
        Malformed(name: "a follow-up without its band", examples: """
                  - { reply: "Écoute.", band: partial, follow_up: "Un site web." }
            """, expected: ["24:44 invalid-example 'follow_up' needs 'band_together': the band the two replies must get together"]),
        Malformed(name: "a band together without a follow-up", examples: """
                  - { reply: "Écoute.", band: partial, band_together: good }
            """, expected: ["24:44 invalid-example 'band_together' is the band of a reply and its follow-up together: give the follow-up reply in 'follow_up'"]),
        Malformed(name: "a follow-up after a good reply", examples: """
                  - { reply: "Écoute.", band: good, follow_up: "Un site web.", band_together: good }
            """, expected: ["24:35 invalid-example a good reply is not followed up: the follow-up question is asked after a 'partial' or 'missed' reply"]),
        Malformed(name: "an unknown band together", examples: """
                  - { reply: "Écoute.", band: partial, follow_up: "Un site web.", band_together: bien }
            """, expected: ["24:86 unknown-band unknown band 'bien': the bands are 'good', 'partial' and 'missed'"]),
    ]

    @Test(arguments: malformed)
    func aMalformedFollowUpExampleIsReportedWhereItIsWritten(_ malformed: Malformed) {
        let result = ScenarioLoader.load(Self.text(examples: malformed.examples + "\n"), file: "atelier.yaml")
        #expect(result.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.code.rawValue) \($0.message)" } == malformed.expected)
    }

    /// Step 'outils' asks no follow-up question.
    @Test func aStepWithoutAFollowUpQuestionTakesNoFollowUpReply() {
        let text = PathFixtures.withoutPaths.replacingOccurrences(
            of: "      - { reply: \"Un logiciel et une formation.\", band: good }\n",
            with: "      - { reply: \"Un logiciel.\", band: partial, follow_up: \"Une formation.\", band_together: good }\n"
        )
        let result = ScenarioLoader.load(text, file: "atelier.yaml")
        #expect(result.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.code.rawValue) \($0.message)" } == [
            "34:49 invalid-example step 'outils' has no 'follow_up' question, so no reply answers one",
        ])
    }
}
