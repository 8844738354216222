import Foundation
import Testing

/// `filrouge new` on the built binary: the skeleton it writes passes `check` without a warning and
/// `test` with every example, in each language, and nothing a person wrote is ever replaced.
struct NewEndToEndTests {
    @Test(arguments: ["fr", "en"])
    func theSkeletonPassesCheckAndTest(language: String) throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }

        let new = try FilRougeBinary.run(["new", "my-case", "--lang", language], directory: directory)
        #expect(new.status == 0, "\(new.error)")
        #expect(new.output.hasPrefix("Wrote my-case.yaml."))
        let text = try String(contentsOf: directory.appendingPathComponent("my-case.yaml"), encoding: .utf8)
        #expect(text.contains("\nid: \"my-case\"\n"))
        #expect(text.contains("\nlanguage: \(language)\n"))

        let check = try FilRougeBinary.run(["check", "my-case.yaml"], directory: directory)
        #expect(check.status == 0)
        #expect(check.output == "my-case.yaml: 2 steps, 2 endings, no problem\n")

        let test = try FilRougeBinary.run(["test", "--verbose", "my-case.yaml"], directory: directory)
        #expect(test.status == 0, "\(test.output)")
        let lines = test.output.split(separator: "\n").map(String.init)
        let passes = lines.filter { $0.hasPrefix("pass ") }
        #expect(lines.last == "\(passes.count) passed, 0 failed")
        for band in ["good", "partial", "missed"] {
            #expect(passes.contains { $0.contains("] \(band) ") }, "no example in band \(band)")
        }
    }

    @Test func dashOChoosesTheFile() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try FilRougeBinary.run(["new", "bookshop", "--lang", "en", "-o", "draft.yaml"], directory: directory)
        #expect(run.status == 0, "\(run.error)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("bookshop.yaml").path))
        let text = try String(contentsOf: directory.appendingPathComponent("draft.yaml"), encoding: .utf8)
        #expect(text.contains("\nid: \"bookshop\"\n"))
        #expect(text.contains("title: \"Mrs Page's bookshop\""))
    }

    @Test func anExistingFileIsNeverReplaced() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("mine.yaml")
        try "my own work\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try FilRougeBinary.run(["new", "mine"], directory: directory)
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        #expect(run.error == "filrouge: mine.yaml already exists and was left as it is; choose another NAME, or another file with -o.\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == "my own work\n")
    }

    @Test func aNameThatIsNotAnIdIsRefused() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try FilRougeBinary.run(["new", "mon cas"], directory: directory)
        #expect(run.status == 64)
        #expect(run.error.contains("'mon cas' cannot be a scenario id: use only letters, digits, '-' and '_'"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func anUnknownLanguageIsRefused() throws {
        let run = try FilRougeBinary.run(["new", "demo", "--lang", "de"])
        #expect(run.status == 64)
        #expect(run.error.contains("--lang must be 'fr' or 'en', not 'de'."))
    }
}
