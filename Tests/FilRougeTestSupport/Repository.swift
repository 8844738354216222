import Foundation

/// The checkout the tests run from: its folders and files, found from this file's own place
/// (Tests/FilRougeTestSupport/Repository.swift), wherever the build is.
public enum Repository {
    /// The root of the checkout: where Package.swift is.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file or folder of the checkout, named by its path from the root (`docs/calibration.md`).
    public static func url(_ path: String) -> URL {
        root.appendingPathComponent(path)
    }

    /// The text of a file of the checkout, read as UTF-8.
    public static func text(_ path: String) throws -> String {
        try String(contentsOf: url(path), encoding: .utf8)
    }

    /// The scenario files, golden diagnostics and marks files of the core tests, also run by the
    /// end-to-end tests.
    public static let coreFixtures = url("Tests/FilRougeCoreTests/Fixtures")

    /// The scenarios, transcripts and golden outputs of the end-to-end tests.
    public static let endToEndFixtures = url("Tests/FilRougeEndToEndTests/Fixtures")

    /// The guides and references that the tests hold to what the program does.
    public static let docs = url("docs")
}
