import Foundation

/// New, empty folders for a test's files, in the system's temporary folder.
public enum TemporaryFolder {
    /// A new empty folder named `prefix-UUID`; the caller removes it (usually with `defer`).
    public static func create(_ prefix: String = "filrouge-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
