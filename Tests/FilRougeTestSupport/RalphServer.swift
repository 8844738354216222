import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Ralph, a real learning record store (PyPI: ralph-malph), started on a free loopback port with
/// its file-system backend and a credentials file of its own, in a new folder, for one test:
/// nothing is shared between tests. scripts/setup installs it in .build-tools/ralph;
/// scripts/ralph-lrs.py runs it.
public final class RalphServer: @unchecked Sendable {
    /// The credentials its file holds: a key, and a secret stored as a bcrypt hash.
    public static let key = "facilitator"
    public static let secret = "filrouge-test-secret"
    private static let secretHash = "$2b$04$5JRTMRy6xhngFgxLemMHn.fr.wdompwrJcsCFTLJ5ueg46BuZu802"

    /// The xAPI endpoint, as `--lrs` takes it.
    public let endpoint: String
    public let port: Int
    /// Where it keeps its statements (one JSON object per line).
    public let statementsFile: URL
    private let folder: URL
    private let process: Process

    struct NotStarted: Error, CustomStringConvertible {
        var description: String
    }

    /// The environment `filrouge` needs to use it.
    public var environment: [String: String] {
        ["FILROUGE_LRS_KEY": Self.key, "FILROUGE_LRS_SECRET": Self.secret]
    }

    private init(port: Int, folder: URL, process: Process) {
        self.port = port
        self.folder = folder
        self.process = process
        endpoint = "http://127.0.0.1:\(port)/xAPI/"
        statementsFile = folder.appendingPathComponent("data/fs_lrs.jsonl")
    }

    /// Starts a store and waits until it answers (at most 60 s).
    public static func start() throws -> RalphServer {
        let python = Repository.url(".build-tools/ralph/bin/python3")
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            throw NotStarted(description: "Ralph is not installed: run scripts/setup, which creates .build-tools/ralph")
        }
        let folder = try TemporaryFolder.create("filrouge-ralph")
        let app = folder.appendingPathComponent("app")
        try FileManager.default.createDirectory(at: app, withIntermediateDirectories: true)
        let credentials = """
            [{"agent": {"account": {"homePage": "https://filrouge.example", "name": "\(key)"}, "objectType": "Agent"}, \
            "scopes": ["all"], "hash": "\(secretHash)", "username": "\(key)"}]
            """
        try Data(credentials.utf8).write(to: app.appendingPathComponent("auth.json"))
        let port = try LoopbackPort.free()
        let process = Process()
        process.executableURL = python
        process.arguments = [Repository.url("scripts/ralph-lrs.py").path, String(port)]
        var environment = ProcessInfo.processInfo.environment
        environment["RALPH_APP_DIR"] = app.path
        environment["RALPH_RUNSERVER_BACKEND"] = "fs"
        environment["RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH"] = folder.appendingPathComponent("data").path
        // Small pages, so that reading a cohort follows `more` links.
        environment["RALPH_RUNSERVER_MAX_SEARCH_HITS_COUNT"] = "7"
        process.environment = environment
        process.currentDirectoryURL = folder
        let log = folder.appendingPathComponent("ralph.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let logHandle = try FileHandle(forWritingTo: log)
        process.standardOutput = logHandle
        process.standardError = logHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let server = RalphServer(port: port, folder: folder, process: process)
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if !process.isRunning {
                throw NotStarted(description: "Ralph stopped on starting: " + ((try? String(contentsOf: log, encoding: .utf8)) ?? ""))
            }
            if server.answers() { return server }
            Thread.sleep(forTimeInterval: 0.2)
        }
        server.stop()
        throw NotStarted(description: "Ralph did not answer on port \(port) within 60 s")
    }

    /// The statements it holds, as stored, one JSON object each.
    public func storedStatements() throws -> [[String: Any]] {
        guard FileManager.default.fileExists(atPath: statementsFile.path) else { return [] }
        return try String(contentsOf: statementsFile, encoding: .utf8).split(separator: "\n").compactMap {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    /// Stops it and removes its folder.
    public func stop() {
        if process.isRunning {
            process.terminate()
            // Ralph's server waits for open connections to close; a test does not.
            let deadline = Date().addingTimeInterval(3)
            while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        try? FileManager.default.removeItem(at: folder)
    }

    deinit {
        stop()
    }

    /// Whether its heartbeat answers, asked with Python's own client, so that the tests need no
    /// HTTP client of their own.
    private func answers() -> Bool {
        let python = Repository.url(".build-tools/ralph/bin/python3")
        let check = "import urllib.request; urllib.request.urlopen('http://127.0.0.1:\(port)/__heartbeat__', timeout=2)"
        return (try? ProcessRun.run(python, ["-c", check]))?.status == 0
    }
}
