import FilRougeCore
import Foundation

/// A transcript that cannot be created, opened or written, with the problem in plain words.
public struct TranscriptWriteError: Error, CustomStringConvertible {
    public var path: String
    public var problem: FileProblem

    public init(path: String, problem: FileProblem) {
        self.path = path
        self.problem = problem
    }

    /// The problem in English.
    public var reason: String { problem.english }

    /// Whether the name is taken: by a file with content, or by an empty one another conversation
    /// has just created.
    var exists: Bool { problem == .alreadyExists || problem == .inUse }

    public var description: String {
        "cannot write the transcript \(TerminalSafeText.sanitize(path)): \(reason)"
    }
}
