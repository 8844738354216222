import Foundation
import FilRougeTestSupport
import Testing

/// `filrouge calibrate --fit`, `--output` and `--suggest` on the built binary, with a scenario and
/// marks written here: ten replies naming 0 to 3 of three equally weighted ideas, banded by a
/// marker who wants two ideas for `good` (scores 0, 1/3, 2/3, 1 → missed, partial, good, good).
struct CalibrateFitEndToEndTests {
    static let scenario = """
        # Thresholds to fit.
        id: fit
        title: Fit
        language: fr
        version: "1"
        persona: { name: Mme Vidal }
        bands: { good: 0.7, partial: 0.4 }
        steps:
          - id: conseil   # the only step
            question: "Que faire ?"
            rubric:
              - { concept: vitrine, keywords: [vitrine] }
              - { concept: horaires, keywords: [horaires] }
              - { concept: avis, keywords: [avis] }
            reactions: { good: "Oui.", partial: "Bon.", missed: "Ah." }
            routes: [{ goto: end }]
        endings:
          - id: merci
            says: "Merci."

        """

    static let marks = """
        step,reply,band,concepts
        conseil,Je ne sais pas.,missed,
        conseil,Refais ta vitrine.,partial,vitrine
        conseil,Refais ta vitrine et change tes horaires.,good,vitrine;horaires
        conseil,"Refais ta vitrine, change tes horaires et demande des avis.",good,vitrine;horaires;avis
        conseil,Change tes horaires et refais ta vitrine.,good,vitrine;horaires
        conseil,Demande des avis.,partial,avis
        conseil,Rien à dire.,missed,
        conseil,Des avis et une vitrine.,good,vitrine;avis
        conseil,"Vitrine, horaires, avis.",good,vitrine;horaires;avis
        conseil,Tes horaires.,partial,horaires
        conseil,Tes clients font le pied de grue.,partial,horaires

        """

    func folder() throws -> URL {
        let directory = try FilRougeBinary.temporaryDirectory()
        try Self.scenario.write(to: directory.appendingPathComponent("fit.yaml"), atomically: true, encoding: .utf8)
        try Self.marks.write(to: directory.appendingPathComponent("marks.csv"), atomically: true, encoding: .utf8)
        return directory
    }

    @Test func fitPrintsBothSettingsAndWritesTheFittedCopy() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try FilRougeBinary.run(["calibrate", "fit.yaml", "--marks", "marks.csv", "--fit", "--output", "fitted.yaml"], directory: directory)
        #expect(run.status == 0, "\(run.error)")
        // Eleven marks; the last reply meets nothing and is marked partial, so no setting agrees
        // with all. Before: lines 2–11 as worked out in BandFitTests (4 of 10 exact) plus line 12,
        // missed for partial: 4 of 11. After: every 1/3 and 2/3 reply right: 10 of 11.
        #expect(run.output.contains("  conseil     11  good 0.7, partial 0.4"))
        #expect(run.output.contains("good 0.65, partial 0.3"))
        #expect(run.output.contains("36%"))
        #expect(run.output.contains("91%"))
        #expect(run.output.contains("Proposed: conseil: bands: { good: 0.65, partial: 0.3 }."))
        #expect(run.error == "Wrote fitted.yaml (1 step changed).\n")
        let fitted = try String(contentsOf: directory.appendingPathComponent("fitted.yaml"), encoding: .utf8)
        #expect(fitted == Self.scenario.replacingOccurrences(
            of: "  - id: conseil   # the only step\n",
            with: "  - id: conseil   # the only step\n    bands: { good: 0.65, partial: 0.3 }\n"
        ))
        let check = try FilRougeBinary.run(["check", "fitted.yaml"], directory: directory)
        #expect(check.status == 0, "\(check.output)\(check.error)")
    }

    /// The code block of docs/calibration.md that starts with `firstLine`, with a line end.
    static func documented(startingWith firstLine: String) throws -> String {
        let page = try Repository.text("docs/calibration.md")
        let start = try #require(page.range(of: "```\n" + firstLine))
        let end = try #require(page.range(of: "\n```", range: start.upperBound..<page.endIndex))
        return String(page[page.index(start.lowerBound, offsetBy: 4)..<end.lowerBound]) + "\n"
    }

    @Test func theDocumentedOutputsAreTheProgramsOwn() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fit = try FilRougeBinary.run(["calibrate", "fit.yaml", "--marks", "marks.csv", "--fit"], directory: directory)
        #expect(fit.output == (try Self.documented(startingWith: "Band settings fitted to marks.csv")))
        let suggest = try FilRougeBinary.run(["calibrate", "fit.yaml", "--marks", "marks.csv", "--suggest"], directory: directory)
        let documented = try Self.documented(startingWith: "Keyword suggestions from marks.csv:")
        #expect(suggest.output.hasPrefix(documented))
    }

    @Test func fitAsJSONGivesBothSettings() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try FilRougeBinary.run(["calibrate", "fit.yaml", "--marks", "marks.csv", "--fit", "--format", "json"], directory: directory)
        #expect(run.status == 0, "\(run.error)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(document["folds"] as? Int == 5)
        #expect(document["minimum_marks"] as? Int == 8)
        let steps = try #require(document["steps"] as? [[String: Any]])
        #expect(steps.count == 1)
        #expect(steps[0]["outcome"] as? String == "changed")
        #expect(steps[0]["before"] as? [String: Double] == ["good": 0.7, "partial": 0.4])
        #expect(steps[0]["after"] as? [String: Double] == ["good": 0.65, "partial": 0.3])
        let before = try #require(steps[0]["before_agreement"] as? [String: Any])
        #expect(before["n"] as? Int == 11)
        #expect(before["accuracy"] as? Double == 4.0 / 11.0)
    }

    @Test func suggestNamesTheWordsAndTheirLines() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try FilRougeBinary.run(["calibrate", "fit.yaml", "--marks", "marks.csv", "--suggest"], directory: directory)
        #expect(run.status == 0, "\(run.error)")
        // Line 12 names `horaires` and meets no keyword: its words are proposed for `horaires`. One
        // idea of three scores 1/3, below the partial threshold (0.4): no band changes yet.
        #expect(run.output.contains("[conseil] horaires\n  add:\n    'clients' or 'grue' or 'pied'  resolves 0 bands, concept 1 right  lines 12\n"))
        // `font` is a form of a common word (faire); `le`, `de` are too short.
        #expect(!run.output.contains("'font'"))
    }

    @Test func outputWithoutFitOrOverTheScenarioIsRefused() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let withoutFit = try FilRougeBinary.run(["calibrate", "fit.yaml", "--marks", "marks.csv", "--output", "x.yaml"], directory: directory)
        #expect(withoutFit.status == 64)
        #expect(withoutFit.error.contains("--output writes the settings --fit proposes: add --fit."))
        for written in ["fit.yaml", "./fit.yaml"] {
            let overItself = try FilRougeBinary.run(["calibrate", "fit.yaml", "--marks", "marks.csv", "--fit", "--output", written], directory: directory)
            #expect(overItself.status == 64)
            #expect(overItself.error.contains("--output must name a new file, not the scenario itself."))
        }
        #expect(try String(contentsOf: directory.appendingPathComponent("fit.yaml"), encoding: .utf8) == Self.scenario)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("x.yaml").path))
    }

    @Test func anOutputThatCannotBeWrittenSaysWhereAndFails() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try FilRougeBinary.run(["calibrate", "fit.yaml", "--marks", "marks.csv", "--fit", "--output", "missing/fitted.yaml"], directory: directory)
        #expect(run.status == 1)
        #expect(run.error.hasPrefix("filrouge: missing/fitted.yaml: "))
    }
}
