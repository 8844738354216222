import Foundation
import FilRougeTestSupport
import Testing

/// `filrouge test` on a scenario with paths: a passing one exits with 0, one that goes astray is
/// reported at its turn with what was expected and what happened, and exits with 1.
struct PathsEndToEndTests {
    static let scenario = """
        id: atelier
        title: "L'atelier de M. Rabot"
        language: fr
        version: "1"
        persona: { name: "M. Rabot" }
        steps:
          - id: accueil
            question: "Pourquoi je perds des clients ?"
            rubric:
              - concept: ecoute
                keywords: ["écout*"]
              - concept: site
                keywords: ["site web"]
            reactions: { good: "Bien vu.", partial: "Peut-être.", missed: "Hum." }
            hints: ["Pense à tes clients."]
            follow_up: "Concrètement ?"
            routes:
              - when: { band: missed }
                goto: fin-rapide
              - goto: outils
            examples:
              - { reply: "Écoute tes clients et fais un site web.", band: good }
              - { reply: "Écoute tes clients.", band: partial, follow_up: "Et fais un site web.", band_together: good }
              - { reply: "Rien.", band: missed }
          - id: outils
            question: "Et mes outils ?"
            rubric:
              - concept: logiciel
                keywords: [logiciel]
              - concept: formation
                keywords: [formation]
            reactions: { good: "Oui.", partial: "Bof.", missed: "Non." }
            examples:
              - { reply: "Un logiciel et une formation.", band: good }
              - { reply: "Un logiciel.", band: partial }
              - { reply: "Rien.", band: missed }
        endings:
          - { id: ravi, when: { band: good }, says: "Merci !" }
          - { id: fin-rapide, says: "Au revoir." }
        paths:
          - name: ravi
            turns:
              - { step: accueil, command: hint }
              - { step: accueil, reply: "Écoute tes clients.", band: partial }
              - { step: accueil, reply: "Et fais un site web.", band: good }
              - { step: outils, reply: "Un logiciel.", band: partial }
            ending: ravi
          - name: rapide
            turns:
              - { step: accueil, reply: "Rien.", band: missed }
              - { step: accueil, reply: "Toujours rien.", band: missed }
            ending: fin-rapide

        """

    /// A third path: it forgets the follow-up question.
    static let astray = """
          - name: sans-relance
            turns:
              - { step: accueil, reply: "Rien.", band: missed }
              - { step: outils, reply: "Un logiciel.", band: partial }
            ending: ravi

        """

    static func run(_ text: String) throws -> ProcessRun {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try text.write(to: directory.appendingPathComponent("atelier.yaml"), atomically: true, encoding: .utf8)
        return try FilRougeBinary.run(["test", "atelier.yaml"], directory: directory)
    }

    @Test func aPassingPathExitsWithZero() throws {
        let run = try Self.run(Self.scenario)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output == """
            atelier.yaml: every criterion, band and route of its 2 steps is exercised by an example
            atelier.yaml: every route and ending is reached by its 2 paths
            8 passed, 0 failed

            """)
    }

    @Test func aPathThatGoesAstrayIsReportedAtItsTurn() throws {
        let run = try Self.run(Self.scenario + Self.astray)
        #expect(run.status == 1)
        #expect(run.output == """
            FAIL atelier.yaml:56:9 path 'sans-relance', turn 2 [outils]
              expected step outils, but the conversation is at the follow-up question of step accueil
            atelier.yaml: every criterion, band and route of its 2 steps is exercised by an example
            atelier.yaml: every route and ending is reached by its 3 paths
            8 passed, 1 failed

            """)
    }

    /// The path that goes astray still reached an ending: the coverage counts it.
    @Test func aPathThatReachesAnotherEndingIsReportedAtItsEnding() throws {
        let text = Self.scenario.replacingOccurrences(of: "band: partial }\n    ending: ravi", with: "band: partial }\n    ending: fin-rapide")
        let run = try Self.run(text)
        #expect(run.status == 1)
        #expect(run.output == """
            FAIL atelier.yaml:47:13 path 'ravi', ending
              expected ending fin-rapide, but the conversation reached ending ravi
            atelier.yaml: every criterion, band and route of its 2 steps is exercised by an example
            atelier.yaml: every route and ending is reached by its 2 paths
            7 passed, 1 failed

            """)
    }
}
