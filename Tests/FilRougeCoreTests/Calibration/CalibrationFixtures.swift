import Foundation
import FilRougeTestSupport
import Testing
import FilRougeCore

/// The documented boulangerie scenario and its marks file, shared with the end-to-end tests.
enum CalibrationFixtures {
    static let directory = Repository.endToEndFixtures

    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    static func scenario() throws -> Scenario {
        try #require(ScenarioLoader.load(try text("boulangerie.yaml"), file: "boulangerie.yaml").scenario)
    }
}
