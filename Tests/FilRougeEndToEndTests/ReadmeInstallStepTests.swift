import Foundation
import Testing

/// The step of README.md that puts the binary on the `PATH` works as written on a fresh account:
/// one whose `~/.local/bin` does not exist yet and is not on the `PATH`, which is where a new
/// machine leaves a learner. The block runs with `sh -e` in a stand-in for a clean clone, under an
/// empty home; only `swift build` is a stand-in too (the release build it would make is already
/// there), so that every other line is the README's own.
struct ReadmeInstallStepTests {
    /// The ```sh block of README.md that copies the binary to `~/.local/bin`.
    static func installStep() throws -> String {
        let readme = try String(contentsOf: FilRougeBinary.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var start = lines.startIndex
        while let open = lines[start...].firstIndex(of: "```sh") {
            let close = try #require(lines[(open + 1)...].firstIndex(of: "```"))
            let block = lines[(open + 1)..<close]
            if block.contains(where: { $0.contains("~/.local/bin") }) {
                return block.joined(separator: "\n") + "\n"
            }
            start = close + 1
        }
        Issue.record("README.md has no ```sh block that installs the binary in ~/.local/bin")
        return ""
    }

    /// A clone as the README's step finds it after its `swift build -c release`: the release binary
    /// in `.build/release`, and a `swift` that only says the build is done.
    struct Clone {
        let root: URL
        let home: URL
        let tools: URL

        init() throws {
            root = try FilRougeBinary.temporaryDirectory()
            home = root.appendingPathComponent("home")
            tools = root.appendingPathComponent("tools")
            let release = root.appendingPathComponent("clone/.build/release")
            for folder in [home, tools, release] {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            }
            try FileManager.default.copyItem(at: try FilRougeBinary.executable(), to: release.appendingPathComponent("filrouge"))
            let swift = tools.appendingPathComponent("swift")
            try Data("#!/bin/sh\n[ \"$*\" = 'build -c release' ] || { echo \"unexpected: swift $*\" >&2; exit 2; }\n".utf8).write(to: swift)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: swift.path)
        }

        /// Runs the step with `sh -e` in the clone, under the empty home, with `path` as the `PATH`
        /// (the stand-in `swift` first); `/quit` answers the conversation it starts.
        func run(_ step: String, path: String) throws -> FilRougeBinary.Run {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-e", "-c", step]
            var environment = ProcessInfo.processInfo.environment
            for variable in ["XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "NO_COLOR", "FILROUGE_BIN"] {
                environment[variable] = nil
            }
            environment["HOME"] = home.path
            environment["PATH"] = tools.path + ":" + path
            environment["COLUMNS"] = "80"
            process.environment = environment
            process.currentDirectoryURL = root.appendingPathComponent("clone")
            let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
            process.standardInput = stdin
            process.standardOutput = stdout
            process.standardError = stderr
            try process.run()
            stdin.fileHandleForWriting.write(Data("/quit\n".utf8))
            try stdin.fileHandleForWriting.close()
            let output = stdout.fileHandleForReading.readDataToEndOfFile()
            let error = stderr.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return FilRougeBinary.Run(
                status: process.terminationStatus,
                output: String(decoding: output, as: UTF8.self),
                error: String(decoding: error, as: UTF8.self)
            )
        }
    }

    @Test func theStepInstallsAndPlaysOnAnAccountWithoutLocalBin() throws {
        let step = try Self.installStep()
        #expect(step.contains("mkdir -p ~/.local/bin"))
        let clone = try Clone()
        defer { try? FileManager.default.removeItem(at: clone.root) }
        let installed = clone.home.appendingPathComponent(".local/bin/filrouge")
        #expect(!FileManager.default.fileExists(atPath: clone.home.appendingPathComponent(".local").path))

        let run = try clone.run(step, path: "/usr/bin:/bin")
        #expect(run.status == 0, "stderr: \(run.error)")
        #expect(FileManager.default.isExecutableFile(atPath: installed.path))
        // The English case study was played by the installed binary, and its transcript kept under the new home.
        #expect(run.output.contains("Mr Alancienne"))
        let transcripts = clone.home.appendingPathComponent(".local/share/filrouge/transcripts")
        #expect(try FileManager.default.contentsOfDirectory(atPath: transcripts.path).count == 1)
    }

    /// Run again, as after a new build, with the folder there and already on the `PATH`: the
    /// binary is replaced and nothing else changes.
    @Test func theStepCanBeRunAgainOnceTheFolderIsOnThePath() throws {
        let step = try Self.installStep()
        let clone = try Clone()
        defer { try? FileManager.default.removeItem(at: clone.root) }
        let localBin = clone.home.appendingPathComponent(".local/bin").path
        #expect(try clone.run(step, path: "/usr/bin:/bin").status == 0)
        let again = try clone.run(step, path: localBin + ":/usr/bin:/bin")
        #expect(again.status == 0, "stderr: \(again.error)")
        #expect(again.output.contains("Mr Alancienne"))
    }
}
