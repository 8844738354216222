import Testing
@testable import FilRougeCore

/// How `paths` are read: the model of a valid path, and every malformed one reported where it is
/// written, with its code.
struct PathDecodingTests {
    @Test func aValidPathIsReadTurnByTurn() throws {
        let scenario = try PathFixtures.scenario(paths: """
              - name: tout-va-bien
                turns:
                  - step: accueil
                    command: hint
                  - step: accueil
                    reply: "Écoute tes clients."
                    band: partial
                    met: [ecoute]
                  - step: accueil
                    reply: "Et fais un site web."
                    band: good
                    met: [ecoute, site]
                  - { step: outils, reply: "Un logiciel et une formation.", band: good, missed: formation }
                  - { step: outils, command: /repeat }
                ending: ravi

            """)
        #expect(scenario.paths == [
            PathExample(
                name: "tout-va-bien",
                turns: [
                    PathTurn(step: "accueil", action: .command(.hint), location: PathFixtures.location(42, 9)),
                    PathTurn(step: "accueil", action: .reply(PathReply(text: "Écoute tes clients.", band: .partial, met: ["ecoute"])), location: PathFixtures.location(44, 9)),
                    PathTurn(step: "accueil", action: .reply(PathReply(text: "Et fais un site web.", band: .good, met: ["ecoute", "site"])), location: PathFixtures.location(48, 9)),
                    PathTurn(step: "outils", action: .reply(PathReply(text: "Un logiciel et une formation.", band: .good, missed: ["formation"])), location: PathFixtures.location(52, 9)),
                    PathTurn(step: "outils", action: .command(.repeat), location: PathFixtures.location(53, 9)),
                ],
                ending: "ravi",
                location: PathFixtures.location(40, 5),
                endingLocation: PathFixtures.location(54, 13)
            ),
        ])
    }

    @Test func aScenarioWithoutPathsHasNone() throws {
        let result = ScenarioLoader.load(PathFixtures.withoutPaths, file: "atelier.yaml")
        #expect(result.diagnostics.isEmpty)
        #expect(result.scenario?.paths == [])
    }

    struct Malformed: CustomTestStringConvertible, Sendable {
        let name: String
        let paths: String
        /// `line:column code message`, one per diagnostic, in file order.
        let expected: [String]
        var testDescription: String { name }
    }

    static let malformed: [Malformed] = [
        Malformed(name: "an unknown step, with a suggestion", paths: """
              - name: p
                turns:
                  - { step: acceuil, reply: "Oui.", band: good }
                ending: ravi
            """, expected: ["42:17 unknown-step 'step' names 'acceuil', which is not a step; did you mean 'accueil'?"]),
        Malformed(name: "an unknown ending, with a suggestion", paths: """
              - name: p
                turns:
                  - { step: accueil, command: hint }
                ending: ravie
            """, expected: ["43:13 unknown-ending 'ending' names 'ravie', which is not an ending; did you mean 'ravi'?"]),
        Malformed(name: "'end' is no ending of its own", paths: """
              - name: p
                turns:
                  - { step: accueil, command: hint }
                ending: end
            """, expected: ["43:13 unknown-ending 'ending' names 'end', which is not an ending"]),
        Malformed(name: "a concept of another step", paths: """
              - name: p
                turns:
                  - { step: accueil, reply: "Oui.", band: good, met: [logiciel], missed: [ecoute, site] }
                ending: ravi
            """, expected: ["42:59 unknown-concept 'met' names 'logiciel', which is not a concept of step 'accueil'"]),
        Malformed(name: "an unknown band", paths: """
              - name: p
                turns:
                  - { step: accueil, reply: "Oui.", band: bon }
                ending: ravi
            """, expected: ["42:47 unknown-band unknown band 'bon': the bands are 'good', 'partial' and 'missed'"]),
        Malformed(name: "a reply without its band", paths: """
              - name: p
                turns:
                  - { step: accueil, reply: "Oui." }
                ending: ravi
            """, expected: ["42:26 invalid-turn turn 1 of path 'p' gives a reply without the 'band' it must get"]),
        Malformed(name: "a reply and a command", paths: """
              - name: p
                turns:
                  - { step: accueil, reply: "Oui.", band: good, command: hint }
                ending: ravi
            """, expected: ["42:53 invalid-turn turn 1 of path 'p' gives both a 'reply' and a 'command': a turn is one or the other"]),
        Malformed(name: "neither a reply nor a command", paths: """
              - name: p
                turns:
                  - step: accueil
                    band: good
                ending: ravi
            """, expected: ["42:9 invalid-turn turn 1 of path 'p' needs a 'reply' (with its 'band') or a 'command' ('hint' or 'repeat')"]),
        Malformed(name: "a graded command", paths: """
              - name: p
                turns:
                  - { step: accueil, command: hint, band: good, met: [ecoute] }
                ending: ravi
            """, expected: [
                "42:41 invalid-turn 'band' goes with a reply: a command is not graded",
                "42:53 invalid-turn 'met' goes with a reply: a command is not graded",
            ]),
        Malformed(name: "an unknown command, with a suggestion", paths: """
              - name: p
                turns:
                  - { step: accueil, command: hnit }
                ending: ravi
            """, expected: ["42:35 invalid-turn unknown command 'hnit': a path can type 'hint' or 'repeat'; did you mean 'hint'?"]),
        Malformed(name: "a turn without a step", paths: """
              - name: p
                turns:
                  - { command: hint }
                ending: ravi
            """, expected: ["42:9 missing-key turn 1 of path 'p' has no 'step'"]),
        Malformed(name: "an unknown key in a turn", paths: """
              - name: p
                turns:
                  - { step: accueil, command: hint, bande: good }
                ending: ravi
            """, expected: ["42:41 unknown-key unknown key 'bande' in turn 1 of path 'p'; did you mean 'band'?"]),
        Malformed(name: "a turn that is not a mapping", paths: """
              - name: p
                turns:
                  - accueil
                ending: ravi
            """, expected: ["42:9 wrong-type turn 1 of path 'p' must be a mapping of keys to values, not 'accueil'"]),
        Malformed(name: "no turns", paths: """
              - name: p
                turns: []
                ending: ravi
            """, expected: ["41:12 empty-value the turns of path 'p' are empty: a path needs at least one turn"]),
        Malformed(name: "a path without a name, turns or ending", paths: """
              - { }
            """, expected: [
                "40:5 missing-key a path has no 'name'",
                "40:5 missing-key this path has no 'turns'",
                "40:5 missing-key this path has no 'ending'",
            ]),
        Malformed(name: "two paths of the same name", paths: """
              - name: p
                turns: [{ step: accueil, command: hint }]
                ending: ravi
              - name: p
                turns: [{ step: accueil, command: hint }]
                ending: ravi
            """, expected: ["43:11 duplicate-path two paths are named 'p' (the first at line 40): a report names the path, so each needs its own name"]),
        Malformed(name: "paths that are not a list", paths: """
              name: p
            """, expected: ["40:3 wrong-type 'paths' must be a list, not a mapping"]),
    ]

    @Test(arguments: malformed)
    func aMalformedPathIsReportedWhereItIsWritten(_ malformed: Malformed) {
        let result = PathFixtures.load(paths: malformed.paths + "\n")
        let reported = result.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.code.rawValue) \($0.message)" }
        #expect(reported == malformed.expected)
        #expect(result.scenario == nil)
    }
}
