import Foundation
import Testing
import FilRougeCore
@testable import FilRougeConsole

struct ReplaySourcesTests {
    /// Writes files named after the keys into a new folder and returns their paths in order.
    func files(_ contents: [(String, String)]) throws -> (directory: URL, paths: [String]) {
        let directory = try ReplayConsoleFixtures.temporaryDirectory()
        let paths = try contents.map { name, text in
            let url = directory.appendingPathComponent(name)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
        return (directory, paths)
    }

    func failure(_ make: () throws -> Any) -> String? {
        do {
            _ = try make()
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func damagedLinesAreReportedWithTheirFileAndLineAndSkipped() throws {
        var text = try ReplayConsoleFixtures.lea()
        var lines = text.split(separator: "\n").map(String.init)
        lines.insert("{\"type\":\"reply\",\"at\":", at: 3)
        lines.append("not json at all")
        text = lines.joined(separator: "\n") + "\n"
        let (directory, paths) = try files([("lea.jsonl", text)])
        defer { try? FileManager.default.removeItem(at: directory) }
        let sources = try ReplaySources(paths: paths, anonymize: false)
        #expect(sources.damagedLines.count == 2)
        #expect(sources.damagedLines[0].hasPrefix("\(paths[0]):4: not a transcript entry ("))
        #expect(sources.damagedLines[0].hasSuffix("; line skipped"))
        #expect(sources.damagedLines[1].hasPrefix("\(paths[0]):\(lines.count): not a transcript entry"))
        #expect(sources.script.pages.count == 2)
        #expect(sources.script.learners.map(\.label) == ["Léa"])
    }

    @Test func anonymizedLearnersAndFilesAreNumberedInTheScenariosLanguage() throws {
        let broken = try ReplayConsoleFixtures.camille() + "{oops\n"
        let (directory, paths) = try files([("camille.jsonl", broken), ("lea.jsonl", ReplayConsoleFixtures.lea())])
        defer { try? FileManager.default.removeItem(at: directory) }
        let sources = try ReplaySources(paths: paths, anonymize: true)
        #expect(sources.script.learners.map(\.label) == ["Learner 1", "Learner 2"])
        #expect(sources.damagedLines.count == 1)
        #expect(sources.damagedLines[0].hasPrefix("transcript 1:"))
        #expect(sources.learnerNames == [.numbered(1), .numbered(2)])
        let renderer = ReplayRenderer(script: sources.script, scenario: nil, style: .plain, width: 80, showScores: true)
        let shown = sources.script.pages.indices.map(renderer.page).joined(separator: "\n") + sources.damagedLines.joined()
        for hidden in ["Camille", "Léa", "camille", "lea.jsonl", directory.path] {
            #expect(!shown.contains(hidden), "\(hidden) is shown")
        }
        #expect(shown.contains("Learner 2: A [website] with [reviews]"))
    }

    @Test func learnersAreCalledByTheirNameElseTheirFileAndNeverTwiceTheSame() {
        let labels = ReplayLearnerLabels(
            paths: ["a/camille.jsonl", "b/camille.jsonl", "groupe/x.jsonl", "notes.txt", "y.jsonl"],
            names: ["Camille", "Camille", nil, "  ", "Camille (2)"], anonymize: false, language: .en
        )
        #expect(labels.labels == ["Camille", "Camille (2)", "x", "notes.txt", "Camille (2) (2)"])
        #expect(labels.fileNames == ["a/camille.jsonl", "b/camille.jsonl", "groupe/x.jsonl", "notes.txt", "y.jsonl"])
        let french = ReplayLearnerLabels(paths: ["a", "b"], names: ["Camille", nil], anonymize: true, language: .fr)
        #expect(french.labels == ["Apprenant·e 1", "Apprenant·e 2"])
        #expect(french.fileNames == ["transcript 1", "transcript 2"])
    }

    /// Anonymized, one number per name in the order of the files, as digest and export number
    /// them: Camille's two transcripts are learner 1 on both, told apart on the page; each
    /// transcript without a name is a learner of its own.
    @Test func anonymizedLearnersKeepOneNumberPerName() {
        let labels = ReplayLearnerLabels(
            paths: ["a/camille.jsonl", "b/lea.jsonl", "c/camille.jsonl", "d/x.jsonl", "e/y.jsonl"],
            names: ["Camille", "Léa", " Camille ", nil, ""], anonymize: true, language: .en
        )
        #expect(labels.names == [.numbered(1), .numbered(2), .numbered(1), .numbered(3), .numbered(4)])
        #expect(labels.labels == ["Learner 1", "Learner 2", "Learner 1 (2)", "Learner 3", "Learner 4"])
        #expect(labels.fileNames == ["transcript 1", "transcript 2", "transcript 3", "transcript 4", "transcript 5"])
    }

    /// A cohort whose learners all played under one name: each label is found in time that does
    /// not grow with the cohort. Looking each candidate number up in the list of labels took a
    /// cube of the cohort's size (about 10^12 comparisons here, hours), so this test stands for a
    /// bound on the work: it finishes in a fraction of a second only when the labelling is linear.
    @Test func twentyThousandLearnersOfOneNameAreLabelledInLinearTime() {
        let count = 20_000
        let labels = ReplayLearnerLabels(
            paths: (1...count).map { "cohort/learner-\($0).jsonl" },
            names: Array(repeating: "Camille", count: count - 1) + ["Camille (3)"], anonymize: false, language: .en
        )
        #expect(labels.labels.count == count)
        #expect(Set(labels.labels).count == count)
        #expect(labels.labels[0] == "Camille")
        #expect(labels.labels[1] == "Camille (2)")
        #expect(labels.labels[count - 2] == "Camille (19999)")
        // A name that is already someone's label gets a number of its own.
        #expect(labels.labels[count - 1] == "Camille (3) (2)")
    }

    @Test func aFileThatCannotBeReadOrHasNoHeaderIsRefusedByName() throws {
        let header = try ReplayConsoleFixtures.lea().split(separator: "\n")
        let (directory, paths) = try files([
            ("empty.jsonl", ""), ("events.jsonl", header.dropFirst().joined(separator: "\n")),
            ("future.jsonl", header[0].replacingOccurrences(of: "\"format\":1", with: "\"format\":9")),
            ("notes.txt", "hello\n"),
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(failure { try ReplaySources(paths: [paths[0]], anonymize: false) } == "\(paths[0]) is empty: not a transcript")
        #expect(failure { try ReplaySources(paths: [paths[1]], anonymize: false) }
            == "\(paths[1]): no transcript header on its first line (is it a transcript written by filrouge play?)")
        #expect(failure { try ReplaySources(paths: [paths[2]], anonymize: false) }
            == "\(paths[2]):1: no transcript header: transcript format 9 is not supported (this program reads format 1)")
        #expect(failure { try ReplaySources(paths: [paths[3]], anonymize: false) }?.hasPrefix("\(paths[3]):1: no transcript header: not a transcript entry") == true)
        #expect(failure { try ReplaySources(paths: [directory.appendingPathComponent("missing.jsonl").path], anonymize: false) }
            == "no such file: \(directory.path)/missing.jsonl")
        #expect(failure { try ReplaySources(paths: [directory.path], anonymize: false) } == "\(directory.path) is a folder, not a transcript")
        #expect(failure { try ReplaySources(paths: [paths[0]], anonymize: true) } == "transcript 1 is empty: not a transcript")
    }

    @Test func transcriptsOfDifferentScenariosAreNotReplayedTogether() throws {
        let other = ReplayConsoleFixtures.source.replacingOccurrences(of: "id: shop", with: "id: bakery")
        let bakery = try ReplayConsoleFixtures.transcript(learner: "Sam", source: other) { engine in engine.start() }
        let (directory, paths) = try files([("camille.jsonl", ReplayConsoleFixtures.camille()), ("sam.jsonl", bakery)])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(failure { try ReplaySources(paths: paths, anonymize: false) }
            == "\(paths[1]) is a conversation of scenario 'bakery', and \(paths[0]) of 'shop'; replay the transcripts of one scenario together")
    }

    @Test func aRegradeWithAnotherScenarioIsRefusedClearly() throws {
        let other = ReplayConsoleFixtures.source.replacingOccurrences(of: "id: shop", with: "id: bakery")
        let scenario = try #require(ScenarioLoader.load(other, file: "bakery.yaml").scenario)
        let (directory, paths) = try files([("camille.jsonl", ReplayConsoleFixtures.camille())])
        defer { try? FileManager.default.removeItem(at: directory) }
        let bakery = ReplaySources.ScenarioSource(scenario: scenario, sourceText: other, name: "bakery.yaml")
        #expect(failure { try ReplaySources(paths: paths, anonymize: false, scenario: bakery, regrade: true) }
            == "cannot regrade \(paths[0]) with bakery.yaml: it is a conversation of scenario 'shop', not 'bakery'")
        #expect(failure { try ReplaySources(paths: paths, anonymize: false, scenario: bakery) }
            == "cannot replay \(paths[0]) with bakery.yaml: it is a conversation of scenario 'shop', not 'bakery'")
        let shop = ReplaySources.ScenarioSource(scenario: try ReplayConsoleFixtures.scenario, sourceText: ReplayConsoleFixtures.source, name: "shop.yaml")
        #expect(try ReplaySources(paths: paths, anonymize: false, scenario: shop).script.learners[0].regrade == nil)
        let same = try ReplaySources(paths: paths, anonymize: false, scenario: shop, regrade: true)
        #expect(same.script.learners[0].regrade?.scenarioChange == .unchanged)
    }
}
