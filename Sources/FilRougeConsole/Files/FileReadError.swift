import FilRougeCore

/// Why a file the user named could not be read, in plain words: the one error of every reader of
/// files (transcripts, scenarios, marks), so that the same problem is said the same way by every
/// command.
public struct FileReadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file as the user would call it (its path, or a stand-in such as `transcript 3` when the
    /// path must not be shown); cleaned of control characters before it is shown.
    public var name: String
    public var problem: Problem

    public init(name: String, problem: Problem) {
        self.name = name
        self.problem = problem
    }

    public enum Problem: Equatable, Sendable {
        case missing
        /// A folder where a file of this kind was expected.
        case folder(kind: FileKind)
        /// A pipe, a device or a socket: reading it could block or never end.
        case notAnOrdinaryFile
        case tooLarge(size: Int, kind: FileKind)
        case empty(kind: FileKind)
        /// The line (from 1) of the first byte that is not UTF-8.
        case notUTF8(line: Int, kind: FileKind)
        /// Anything the system refused, in its words (`Permission denied`).
        case unreadable(String)
    }

    /// `no such file: t.jsonl`, `t.jsonl is a folder, not a transcript`: the problem with the file
    /// named.
    public var description: String {
        let name = TerminalSafeText.sanitize(self.name)
        switch problem {
        case .missing: return "no such file: \(name)"
        case .notUTF8(let line, let kind): return "\(name):\(line): the file is not UTF-8 text\(kind.utf8Advice)"
        case .unreadable(let reason): return "cannot read \(name): \(reason)"
        default: return "\(name) \(predicate)"
        }
    }

    /// The problem said of a file already named (`skipped: is not UTF-8 text`), as the digest lists
    /// the files it left out.
    public var predicate: String {
        switch problem {
        case .missing: return "does not exist"
        case .folder(let kind): return "is a folder, not \(kind.article)"
        case .notAnOrdinaryFile: return "is not an ordinary file (a device, a pipe or a socket)"
        case .tooLarge(let size, let kind): return "is \(size) bytes; \(kind.article) is at most \(kind.maximumSize) bytes"
        case .empty(let kind): return "is empty: not \(kind.article)"
        case .notUTF8: return "is not UTF-8 text"
        case .unreadable(let reason): return "cannot be read (\(reason))"
        }
    }
}

/// The kinds of files the program reads, each with the size beyond which a file cannot be one:
/// checked before a byte is read, so that a huge file costs nothing.
public enum FileKind: Sendable, Equatable {
    case transcript, scenario, marks, choices

    public var maximumSize: Int {
        switch self {
        // A long conversation is tens of kilobytes.
        case .transcript: return 64 * 1024 * 1024
        // Scenario files are written by hand.
        case .scenario: return 4 * 1024 * 1024
        // Tens of thousands of marked replies.
        case .marks: return 16 * 1024 * 1024
        // A facilitator's choices, written by hand: a few lines a step.
        case .choices: return 1024 * 1024
        }
    }

    var article: String {
        switch self {
        case .transcript: return "a transcript"
        case .scenario: return "a scenario file"
        case .marks: return "a marks file"
        case .choices: return "a choices file"
        }
    }

    /// What to do about a file in another encoding.
    var utf8Advice: String {
        switch self {
        case .transcript: return ""
        case .scenario, .choices: return " (save it as UTF-8)"
        case .marks: return " (from a spreadsheet, save it as \"CSV UTF-8\")"
        }
    }
}
