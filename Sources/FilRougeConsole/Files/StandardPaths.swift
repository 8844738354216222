import Foundation

/// Where the program keeps its files, following the XDG Base Directory specification: history is
/// state (`$XDG_STATE_HOME`, else `~/.local/state`), transcripts are data (`$XDG_DATA_HOME`, else
/// `~/.local/share`).
public struct StandardPaths: Sendable {
    public let environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    public var historyFile: URL {
        base("XDG_STATE_HOME", fallback: ".local/state").appendingPathComponent("filrouge/history")
    }

    public var transcriptsDirectory: URL {
        base("XDG_DATA_HOME", fallback: ".local/share").appendingPathComponent("filrouge/transcripts")
    }

    /// The variable's value when it is an absolute path (the specification says to ignore relative
    /// ones), else the fallback under the home directory.
    private func base(_ variable: String, fallback: String) -> URL {
        if let value = environment[variable], value.hasPrefix("/") {
            return URL(fileURLWithPath: value, isDirectory: true)
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(fallback, isDirectory: true)
    }
}
