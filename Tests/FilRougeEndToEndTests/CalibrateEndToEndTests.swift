import Foundation
import FilRougeTestSupport
import Testing

/// `filrouge calibrate` on the built binary, with the boulangerie scenario and its marks file
/// (Fixtures/boulangerie.marks.csv: 11 marked replies, 4 of them graded otherwise by the rubric).
struct CalibrateEndToEndTests {
    static let fixtures = Repository.endToEndFixtures

    /// The JSON document as docs/calibration.md describes it, decoded independently of the program's types.
    struct Document: Decodable {
        struct ScenarioReference: Decodable {
            var id: String
            var version: String
        }

        struct Agreement: Decodable {
            var step: String?
            var n: Int
            var accuracy: Double?
            var kappa: Double?
            var quadratic_weighted_kappa: Double?
            var confusion: [String: [String: Int]]
        }

        struct Criterion: Decodable {
            var step: String
            var concept: String
            var label: String
            var misconception: Bool
            var true_positives: Int
            var false_positives: Int
            var false_negatives: Int
            var true_negatives: Int
            var precision: Double?
            var recall: Double?
        }

        struct Disagreement: Decodable {
            var line: Int
            var step: String
            var reply: String
            var human: String
            var machine: String
            var score: Double
            var human_concepts: [String]?
            var machine_concepts: [String]
            var explanation: String
        }

        var format: Int
        var scenario: ScenarioReference
        var marks: String
        var overall: Agreement
        var steps: [Agreement]
        var unmarked_steps: [String]
        var criteria: [Criterion]?
        var disagreement_count: Int
        var disagreements: [Disagreement]
    }

    @Test func textOutputMatchesTheGoldenFile() throws {
        let run = try FilRougeBinary.run(["calibrate", "boulangerie.yaml", "--marks", "boulangerie.marks.csv"], directory: Self.fixtures)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.error.isEmpty)
        let goldenFile = Self.fixtures.appendingPathComponent("boulangerie.calibration.expected.txt")
        #expect(run.output == (try GoldenFile.text(goldenFile, for: run.output)))
    }

    @Test func jsonOutputHoldsTheFiguresWorkedOutByHand() throws {
        let run = try FilRougeBinary.run(["calibrate", "boulangerie.yaml", "--marks", "boulangerie.marks.csv", "--format", "json"], directory: Self.fixtures)
        #expect(run.status == 0, "\(run.error)")
        let document = try JSONDecoder().decode(Document.self, from: Data(run.output.utf8))
        #expect(document.format == 1)
        #expect(document.scenario.id == "boulangerie")
        #expect(document.scenario.version == "1.0")
        #expect(document.marks == "boulangerie.marks.csv")

        // The arithmetic is in Tests/FilRougeCoreTests/Calibration/CalibrationTests.swift.
        #expect(document.overall.n == 11)
        #expect(document.overall.accuracy == 7.0 / 11.0)
        #expect(document.overall.kappa == 41.0 / 85.0)
        #expect(document.overall.quadratic_weighted_kappa == 92.0 / 169.0)
        #expect(document.overall.confusion == [
            "missed": ["missed": 3, "partial": 1, "good": 0],
            "partial": ["missed": 0, "partial": 2, "good": 0],
            "good": ["missed": 1, "partial": 2, "good": 2],
        ])
        #expect(document.steps.map(\.step) == ["commandes", "reseaux"])
        #expect(document.steps.map(\.n) == [6, 5])
        #expect(document.steps.map(\.kappa) == [13.0 / 25.0, 4.0 / 9.0])
        #expect(document.steps.map(\.quadratic_weighted_kappa) == [14.0 / 29.0, 2.0 / 3.0])
        #expect(document.unmarked_steps.isEmpty)

        let criteria = try #require(document.criteria)
        #expect(criteria.map(\.concept) == ["commande-en-ligne", "simplicite", "reseaux", "photos"])
        #expect(criteria.map(\.true_positives) == [3, 4, 2, 2])
        #expect(criteria.map(\.false_positives) == [0, 0, 1, 0])
        #expect(criteria.map(\.false_negatives) == [1, 0, 0, 1])
        #expect(criteria.map(\.recall) == [0.75, 1, 1, 2.0 / 3.0])

        #expect(document.disagreement_count == 4)
        #expect(document.disagreements.map(\.line) == [5, 6, 10, 13])
        let last = try #require(document.disagreements.last)
        #expect(last.step == "reseaux")
        #expect(last.reply == "Facebook, Instagram, tout ça, c'est pour les jeunes.")
        #expect(last.human == "missed")
        #expect(last.machine == "partial")
        #expect(last.score == 0.5)
        #expect(last.human_concepts == [])
        #expect(last.machine_concepts == ["reseaux"])
        #expect(last.explanation.hasPrefix("Reply: Facebook, Instagram"))
    }

    @Test func jsonNamesUndefinedFiguresAndCapsDisagreements() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // Both replies missed by both: no kappa; no concepts column: no criteria.
        try "\u{FEFF}reply,step,band\r\nRien,reseaux,missed\r\n\"Non, pas vraiment.\",reseaux,MISSED\r\n"
            .write(to: directory.appendingPathComponent("m.csv"), atomically: true, encoding: .utf8)
        let run = try FilRougeBinary.run(["calibrate", Self.fixtures.appendingPathComponent("boulangerie.yaml").path, "--marks", "m.csv", "--format", "json", "--disagreements", "0"], directory: directory)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("\"kappa\" : null"))
        let document = try JSONDecoder().decode(Document.self, from: Data(run.output.utf8))
        #expect(document.overall.n == 2)
        #expect(document.overall.accuracy == 1)
        #expect(document.overall.kappa == nil)
        #expect(document.criteria == nil)
        #expect(document.unmarked_steps == ["commandes"])

        let capped = try FilRougeBinary.run(["calibrate", "boulangerie.yaml", "--marks", "boulangerie.marks.csv", "--format", "json", "--disagreements", "1"], directory: Self.fixtures)
        let cappedDocument = try JSONDecoder().decode(Document.self, from: Data(capped.output.utf8))
        #expect(cappedDocument.disagreement_count == 4)
        #expect(cappedDocument.disagreements.map(\.line) == [5])
    }

    @Test func anErroneousMarksFileGivesLocatedErrorsAndFails() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try #"""
            step,reply,band,concepts
            reseau,"Des photos",goood,photos
            commandes,"Un site, ""vite""",partial,site
            reseaux,x

            """#.write(to: directory.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        let run = try FilRougeBinary.run(["calibrate", Self.fixtures.appendingPathComponent("boulangerie.yaml").path, "--marks", "bad.csv"], directory: directory)
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        #expect(run.error == #"""
            bad.csv:2:1: error: the scenario has no step 'reseau'; did you mean 'reseaux'? [unknown-step]
            reseau,"Des photos",goood,photos
            ^
            bad.csv:2:21: error: unknown band 'goood'; did you mean 'good'? (the bands are good, partial and missed) [unknown-band]
            reseau,"Des photos",goood,photos
                                ^
            bad.csv:3:39: error: step 'commandes' has no concept 'site'; its concepts are: commande-en-ligne, simplicite [unknown-concept]
            commandes,"Un site, ""vite""",partial,site
                                                  ^
            bad.csv:4:1: error: this row has 2 cells and the header has 4; a cell holding a comma or a line break must be enclosed in quotes [csv-syntax]
            reseaux,x
            ^
            bad.csv: 4 errors, 0 warnings

            """#)
    }

    @Test func aMissingOrUnreadableMarksFileFails() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let scenario = Self.fixtures.appendingPathComponent("boulangerie.yaml").path
        let missing = try FilRougeBinary.run(["calibrate", scenario, "--marks", "none.csv"], directory: directory)
        #expect(missing.status == 1)
        #expect(missing.error == "filrouge: no such file: none.csv\n")

        // "café" in Latin-1, as some spreadsheets save CSV: é is the single byte E9.
        let latin1Bytes = Array("step,reply,band\nreseaux,caf".utf8) + [0xE9] + Array(",good\n".utf8)
        try Data(latin1Bytes).write(to: directory.appendingPathComponent("latin1.csv"))
        let latin1 = try FilRougeBinary.run(["calibrate", scenario, "--marks", "latin1.csv"], directory: directory)
        #expect(latin1.status == 1)
        #expect(latin1.error.contains("latin1.csv:2: the file is not UTF-8 text"))
    }

    @Test func helpGivesAnExample() throws {
        let run = try FilRougeBinary.run(["calibrate", "--help"])
        #expect(run.status == 0)
        #expect(run.output.contains("Examples:\n  filrouge calibrate alancienne.fr --marks scenarios/alancienne.fr.marks.csv"))
        #expect(run.output.contains("--disagreements <N|all>"))
    }
}
