// @preconcurrency: readline shares its state through C globals (rl_point, history_length…) that
// Swift 6 cannot prove safe; readline is only ever used from one thread (see ReadlineLineReader).
@preconcurrency import CReadline
import Foundation

/// readline's history list, kept in a file from one run to the next.
///
/// The history is a convenience: the Up arrow recalls an earlier reply. Losing it must
/// never cost the learner the conversation, so a file that cannot be read or written is
/// reported once through `warning`, and the conversation carries on without it.
struct ReadlineHistory {
    private let file: URL?
    /// The first problem met with the history file, for the caller to show if it wishes.
    private(set) var warning: HistoryProblem?

    /// Replaces readline's in-memory history with the file's (when there is one), keeping at most `limit` entries.
    init(file: URL?, limit: Int) {
        self.file = file
        clear_history()
        stifle_history(Int32(clamping: max(0, limit)))
        guard let file, FileManager.default.fileExists(atPath: file.path) else { return }
        let status = file.withUnsafeFileSystemRepresentation { path in path.map { read_history($0) } ?? ENOENT }
        if status != 0 {
            report(HistoryProblem(action: .read, path: file.path, problem: FileProblem(errno: status)))
        }
    }

    /// Adds `line` unless it is blank or repeats the previous entry, then saves the history.
    ///
    /// Saving after every line, rather than at exit, keeps the history even when the
    /// program is killed or the terminal is closed.
    mutating func record(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace), line != lastEntry else { return }
        add_history(line)
        save()
    }

    private var lastEntry: String? {
        guard history_length > 0, let entry = history_get(history_base + history_length - 1),
              let text = entry.pointee.line
        else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: text, count: strlen(text)), as: UTF8.self)
    }

    /// Rewrites the whole file: with the history stifled it is small, and unlike
    /// `append_history` it keeps the file bounded and works when the file does not exist yet.
    private mutating func save() {
        guard let file else { return }
        if let problem = FolderCreation.create(file.deletingLastPathComponent().path) {
            report(HistoryProblem(action: .createFolder, path: file.path, problem: problem))
            return
        }
        let status = file.withUnsafeFileSystemRepresentation { path in path.map { write_history($0) } ?? ENOENT }
        if status != 0 {
            report(HistoryProblem(action: .write, path: file.path, problem: FileProblem(errno: status)))
        }
    }

    /// Keeps the first problem only: the same failure after every line would drown the conversation.
    private mutating func report(_ problem: HistoryProblem) {
        if warning == nil {
            warning = problem
        }
    }
}
