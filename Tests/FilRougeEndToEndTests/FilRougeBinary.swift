import Foundation
import FilRougeTestSupport

/// Runs the built `filrouge` executable as a user would, and captures what it prints.
struct FilRougeBinary {
    /// The executable SwiftPM built beside the test bundle.
    static func executable() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["FILROUGE_BIN"] { return URL(fileURLWithPath: path) }
        let bundle = Bundle.main.bundleURL
        let candidates = [bundle, bundle.deletingLastPathComponent(), URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        for directory in candidates {
            let candidate = directory.appendingPathComponent("filrouge")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw BinaryNotFound(searched: candidates.map(\.path))
    }

    struct BinaryNotFound: Error {
        var searched: [String]
    }

    /// Runs `filrouge arguments…` with `input` on standard input (a pipe, never a terminal).
    static func run(
        _ arguments: [String], input: String = "", environment extra: [String: String] = [:],
        directory: URL? = nil
    ) throws -> ProcessRun {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = nil
        environment["COLUMNS"] = "80"
        for (key, value) in extra { environment[key] = value }
        return try ProcessRun.run(try executable(), arguments, input: input, environment: environment, directory: directory)
    }

    /// A new empty folder, removed by the caller. Its name's length matters to the tests that
    /// read a wrapped path on the screen: keep the prefix.
    static func temporaryDirectory() throws -> URL {
        try TemporaryFolder.create("filrouge-e2e")
    }

    /// The checkout's root, as the tests have long named it.
    static var repository: URL { Repository.root }

    typealias Run = ProcessRun
}
