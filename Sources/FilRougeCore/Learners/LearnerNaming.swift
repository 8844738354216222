import Foundation

/// Names the learners of a set of transcripts, taken in the order of their files, the way replay,
/// digest and export all name them: by the name given to `play --name` (trimmed), else by the
/// fallback the caller gives (the file's name without its extension); anonymised, by their number
/// in `LearnerNumbering`.
public struct LearnerNaming: Sendable {
    public let anonymize: Bool
    private var numbering = LearnerNumbering()

    public init(anonymize: Bool) {
        self.anonymize = anonymize
    }

    /// Call once for every transcript with a readable header, in order, even one left out later,
    /// so that numbers do not depend on which transcripts are kept.
    public mutating func name(of header: TranscriptHeader, fallback: String) -> LearnerName {
        name(given: header.learner, fallback: fallback)
    }

    /// - Parameter given: the learner's name in a transcript's header, if any.
    public mutating func name(given: String?, fallback: String) -> LearnerName {
        if anonymize { return .numbered(numbering.number(for: given)) }
        return .named(Self.shownName(given: given, fallback: fallback))
    }

    /// The name a learner goes by when not anonymised: the one given (trimmed), else `fallback`.
    /// What a digest's choices file names a learner by, whether or not the digest is anonymised.
    static func shownName(given: String?, fallback: String) -> String {
        let trimmed = given?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return trimmed.isEmpty ? fallback : trimmed
    }

    /// The name of a learner who gave none: their file's, `groupe-a/camille.jsonl` → `camille`.
    public static func fallbackName(of path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        for suffix in [".jsonl", ".json"] where file.hasSuffix(suffix) && file.count > suffix.count {
            return String(file.dropLast(suffix.count))
        }
        return file
    }
}
