import FilRougeCore
import Foundation

/// A transcript that cannot be created, opened or written, with the problem in plain words.
public struct TranscriptFileError: Error, CustomStringConvertible {
    public var path: String
    public var problem: FileProblem

    public init(path: String, problem: FileProblem) {
        self.path = path
        self.problem = problem
    }

    /// The problem in English.
    public var reason: String { problem.english }

    var exists: Bool { problem == .alreadyExists }

    public var description: String {
        "cannot write the transcript \(TerminalSafeText.sanitize(path)): \(reason)"
    }
}
