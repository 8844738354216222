import Foundation

/// Golden files: the whole output of a command or renderer, kept under `Tests/*/Fixtures` and
/// compared with what the program writes now.
///
/// Every golden comparison reads its file through `GoldenFile.text(_:for:followedBy:)` and states
/// the comparison itself: `#expect(run.output == (try GoldenFile.text(file, for: run.output)))`.
///
/// `FILROUGE_UPDATE_GOLDEN=1 swift test` rewrites each golden file that differs with what the
/// program wrote, says so on standard error, and still gives the test the text the file held
/// before: a run that rewrote a file fails where it did, showing what changed; review the change
/// with `git diff`, then run `swift test` again.
public enum GoldenFile {
    /// The environment variable that asks for the golden files to be rewritten.
    public static let updateVariable = "FILROUGE_UPDATE_GOLDEN"

    /// Whether this run rewrites golden files: the variable is set, to anything but "" or "0".
    public static var isUpdating: Bool {
        guard let value = ProcessInfo.processInfo.environment[updateVariable] else { return false }
        return !value.isEmpty && value != "0"
    }

    /// The text of the golden file `file`, to compare `actual` with; `actual` is expected to be that
    /// text followed by `trailing` (a summary line the file does not hold, say).
    ///
    /// When the golden files are being rewritten and `actual` (less `trailing`) differs from the
    /// file, the file is rewritten, and the text it held before is returned ("" for a file that
    /// was missing), so that the comparison fails this once. An `actual` that does not end with
    /// `trailing` rewrites nothing: the test states that part, not the file. (`updating` is for
    /// the tests of this helper; every other caller leaves it to the environment.)
    public static func text(_ file: URL, for actual: String, followedBy trailing: String = "", updating: Bool = isUpdating) throws -> String {
        guard updating else { return try String(contentsOf: file, encoding: .utf8) }
        let before = try? String(contentsOf: file, encoding: .utf8)
        guard actual.hasSuffix(trailing) else {
            note("\(updateVariable): \(shown(file)) not rewritten: the output does not end with the text the test adds after it")
            return before ?? ""
        }
        let content = String(actual.dropLast(trailing.count))
        if content != before {
            try content.write(to: file, atomically: true, encoding: .utf8)
            note("\(updateVariable): rewrote \(shown(file)); this run fails where it differed: review `git diff`, then run the tests again")
        }
        return before ?? ""
    }

    /// The file's path from the checkout's root when it is inside it.
    static func shown(_ file: URL) -> String {
        let root = Repository.root.standardizedFileURL.path + "/"
        let path = file.standardizedFileURL.path
        return path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
    }

    static func note(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
