import Testing
import FilRougeCore
import FilRougeScenarios

/// The paths of the bundled case studies: they pass, reach every ending and take every route, and
/// the English ones mirror the French ones turn by turn.
struct BundledPathTests {
    static func scenario(_ name: String) throws -> Scenario {
        let bundled = try #require(BundledScenarios.named(name))
        return try #require(ScenarioLoader.load(bundled.text, file: bundled.fileName).scenario)
    }

    @Test(arguments: BundledScenarioTests.names)
    func everyPathPassesAndTogetherTheyReachEverything(name: String) throws {
        let scenario = try Self.scenario(name)
        let outcomes = PathRunner(scenario: scenario).run()
        #expect(outcomes.count == 4)
        for outcome in outcomes {
            #expect(outcome.passed, "\(outcome.path.name): \(outcome.deviation?.problems ?? [])")
        }
        let coverage = PathCoverage(scenario: scenario, outcomes: outcomes)
        #expect(coverage.untakenRoutes.isEmpty)
        #expect(coverage.unreachedEndings.isEmpty)
    }

    /// Steps and endings are matched by their place in the file: the two case studies have the same
    /// story, under ids of their own language.
    @Test func theEnglishPathsMirrorTheFrenchOnes() throws {
        let french = try Self.scenario("alancienne.fr")
        let english = try Self.scenario("alancienne.en")
        func shape(_ scenario: Scenario) -> [[String]] {
            let stepPlace = Dictionary(uniqueKeysWithValues: scenario.steps.enumerated().map { ($1.id, $0) })
            let endingPlace = Dictionary(uniqueKeysWithValues: scenario.endings.enumerated().map { ($1.id, $0) })
            return scenario.paths.map { path in
                path.turns.map { turn in
                    let place = stepPlace[turn.step].map(String.init) ?? "?"
                    switch turn.action {
                    case .command(let command): return "\(place) /\(command.rawValue)"
                    case .reply(let reply): return "\(place) \(reply.band.rawValue) met \(reply.met) missed \(reply.missed)"
                    }
                } + ["ending \(endingPlace[path.ending].map(String.init) ?? "?")"]
            }
        }
        #expect(shape(english) == shape(french))
    }
}
