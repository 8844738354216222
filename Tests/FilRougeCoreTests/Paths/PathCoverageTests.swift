import Testing
@testable import FilRougeCore

/// What the paths leave unplayed: routes no path takes and endings no path reaches.
struct PathCoverageTests {
    static func coverage(_ paths: String) throws -> PathCoverage {
        let scenario = try PathFixtures.scenario(paths: paths + "\n")
        return PathCoverage(scenario: scenario, outcomes: PathRunner(scenario: scenario).run())
    }

    @Test func reportsTheRoutesAndEndingsNoPathReaches() throws {
        let coverage = try Self.coverage("""
              - name: tout-va-bien
                turns:
                  - { step: accueil, reply: "Écoute tes clients et fais un site web.", band: good }
                  - { step: outils, reply: "Un logiciel et une formation.", band: good }
                ending: ravi
            """)
        #expect(coverage.pathCount == 1)
        #expect(coverage.untakenRoutes == [.init(step: "accueil", untakenRoutes: [.init(number: 1, target: "fin-rapide")])])
        #expect(coverage.unreachedEndings == ["mitige", "fin-rapide"])
        #expect(!coverage.isComplete)
    }

    @Test func pathsThatTakeEveryRouteAndReachEveryEndingLeaveNothing() throws {
        let coverage = try Self.coverage("""
              - name: ravi
                turns:
                  - { step: accueil, reply: "Écoute tes clients et fais un site web.", band: good }
                  - { step: outils, reply: "Un logiciel et une formation.", band: good }
                ending: ravi
              - name: mitige
                turns:
                  - { step: accueil, reply: "Écoute tes clients et fais un site web.", band: good }
                  - { step: outils, reply: "Rien.", band: missed }
                ending: mitige
              - name: rapide
                turns:
                  - { step: accueil, reply: "Rien.", band: missed }
                  - { step: accueil, reply: "Toujours rien.", band: missed }
                ending: fin-rapide
            """)
        #expect(coverage.untakenRoutes.isEmpty)
        #expect(coverage.unreachedEndings.isEmpty)
        #expect(coverage.isComplete)
    }

    /// A path that goes astray counts for what it played before it did.
    @Test func aPathThatGoesAstrayCountsForWhatItPlayed() throws {
        let coverage = try Self.coverage("""
              - name: rapide
                turns:
                  - { step: accueil, reply: "Rien.", band: missed }
                  - { step: accueil, reply: "Toujours rien.", band: partial }
                ending: fin-rapide
            """)
        #expect(coverage.untakenRoutes == [.init(step: "accueil", untakenRoutes: [.init(number: 2, target: "outils")])])
        #expect(coverage.unreachedEndings == ["ravi", "mitige"])
    }

    @Test func aScenarioWithoutPathsHasNothingToReportButThat() throws {
        let scenario = try #require(ScenarioLoader.load(PathFixtures.withoutPaths, file: "atelier.yaml").scenario)
        let coverage = PathCoverage(scenario: scenario, outcomes: [])
        #expect(coverage.pathCount == 0)
    }
}
