import FilRougeCore
import Foundation

/// What `filrouge check --format json` prints: every file with its diagnostics, and the verdict.
struct CheckReport: Encodable {
    struct File: Encodable {
        var file: String
        /// Nil when the file has errors.
        var steps: Int?
        var endings: Int?
        var errors: Int
        var warnings: Int
        var diagnostics: [Entry]
    }

    struct Entry: Encodable {
        var file: String
        var line: Int
        var column: Int
        var severity: String
        var code: String
        var message: String

        init(_ diagnostic: Diagnostic) {
            file = diagnostic.location.file
            line = diagnostic.location.line
            column = diagnostic.location.column
            severity = diagnostic.severity.rawValue
            code = diagnostic.code.rawValue
            message = diagnostic.message
        }
    }

    var files: [File] = []
    var errors: Int { files.map(\.errors).reduce(0, +) }
    var warnings: Int { files.map(\.warnings).reduce(0, +) }
    /// Whether the command succeeds: no error, and no warning either under `--strict`.
    var strict: Bool
    var passed: Bool { errors == 0 && (!strict || warnings == 0) }

    enum CodingKeys: String, CodingKey {
        case files, errors, warnings, strict, passed
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(files, forKey: .files)
        try container.encode(errors, forKey: .errors)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(strict, forKey: .strict)
        try container.encode(passed, forKey: .passed)
    }

    func json() -> String {
        ReportJSON.text(of: self, fallback: "{}")
    }
}
