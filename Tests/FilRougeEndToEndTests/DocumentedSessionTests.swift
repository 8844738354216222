import Foundation
import FilRougeTestSupport
import Testing

/// The terminal sessions of the guides, run as written: each ```console block's `$ ` lines are
/// commands, the lines after each one its expected output (a line `…` ends what is compared), and
/// `<!-- run: … -->` comments set the scene between blocks. All of a guide's commands run in order
/// in one new folder, where `filrouge` is the binary under test and `scenarios/` and `docs/` the repository's.
struct DocumentedSessionTests {
    @Test(arguments: ["docs/trainers-guide.md"])
    func theSessionsPrintWhatTheGuideShows(guide: String) throws {
        let markdown = try Repository.text(guide)
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for folder in ["scenarios", "docs"] {
            try FileManager.default.createSymbolicLink(
                at: directory.appendingPathComponent(folder), withDestinationURL: Repository.url(folder)
            )
        }
        let steps = DocumentedStep.parse(markdown)
        #expect(steps.filter(\.isChecked).count >= 8)
        for step in steps {
            let output = try Self.shell(step.command, in: directory)
            guard let expected = step.expected else { continue }
            let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if step.isPrefix {
                #expect(Array(lines.prefix(expected.count)) == expected, "\(guide): $ \(step.command)")
            } else {
                #expect(lines == expected + [""], "\(guide): $ \(step.command)")
            }
        }
    }

    /// Runs `command` with `sh`, standard error joined to standard output.
    static func shell(_ command: String, in directory: URL) throws -> String {
        let binary = try FilRougeBinary.executable().deletingLastPathComponent().path
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = binary + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["NO_COLOR"] = "1"
        environment["COLUMNS"] = "100"
        return try ProcessRun.run(URL(fileURLWithPath: "/bin/sh"), ["-c", "exec 2>&1; " + command], environment: environment, directory: directory).output
    }
}

/// One command of a guide, with the output it shows (nil for a scene-setting command).
struct DocumentedStep {
    var command: String
    var expected: [String]?
    /// True when the guide shows only the beginning of the output, ending with `…`.
    var isPrefix = false

    var isChecked: Bool { expected != nil }

    static func parse(_ markdown: String) -> [DocumentedStep] {
        var steps: [DocumentedStep] = []
        var inConsole = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if !inConsole {
                if line == "```console" {
                    inConsole = true
                } else if line.hasPrefix("<!-- run: "), line.hasSuffix(" -->") {
                    steps.append(DocumentedStep(command: String(line.dropFirst(10).dropLast(4)), expected: nil))
                }
                continue
            }
            if line == "```" {
                inConsole = false
            } else if line.hasPrefix("$ ") {
                steps.append(DocumentedStep(command: String(line.dropFirst(2)), expected: []))
            } else if line == "…" {
                steps[steps.count - 1].isPrefix = true
            } else if !steps.isEmpty, !steps[steps.count - 1].isPrefix {
                steps[steps.count - 1].expected?.append(line)
            }
        }
        return steps
    }
}
