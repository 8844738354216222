import FilRougeCore
import Foundation

/// The names a replay shows for its learners, and for their files.
///
/// A learner is called by the name given to `play --name`, else by their transcript's file name.
/// Anonymized, they are `Learner 1`, `Learner 2`… in the order of the files on the command line,
/// and the same stand-in replaces the file's name in every message, since file names often carry
/// the learner's name.
public struct ReplayLearnerLabels: Equatable, Sendable {
    /// One per file, in order.
    public let labels: [String]
    /// How each file is called in messages.
    public let fileNames: [String]

    /// - Parameters:
    ///   - paths: the transcript files as given.
    ///   - names: the learner's name each transcript's header gives, if any.
    public init(paths: [String], names: [String?], anonymize: Bool, text: ReplayText) {
        if anonymize {
            let stand = paths.indices.map { text.anonymousLearner($0 + 1) }
            labels = stand
            fileNames = stand
            return
        }
        fileNames = paths
        var labels: [String] = []
        // A set, and for each name the next number to try: a cohort whose learners all played
        // under one name (or none) is labelled in time proportional to its size. Searching the
        // list of labels for each candidate number took a cube of it: 2,000 such files took
        // seconds, 10,000 minutes. Numbers below the next one are all taken, so the labels are
        // those the search gave.
        var taken = Set<String>()
        var nextNumber: [String: Int] = [:]
        for (path, name) in zip(paths, names) {
            let given = name?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            let base = given.isEmpty ? Self.stem(of: path) : given
            var label = base
            if taken.contains(base) {
                var number = nextNumber[base] ?? 2
                while taken.contains("\(base) (\(number))") { number += 1 }
                nextNumber[base] = number + 1
                label = "\(base) (\(number))"
            }
            taken.insert(label)
            labels.append(label)
        }
        self.labels = labels
    }

    /// `groupe-a/camille.jsonl` → `camille`.
    static func stem(of path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        for suffix in [".jsonl", ".json"] where file.hasSuffix(suffix) && file.count > suffix.count {
            return String(file.dropLast(suffix.count))
        }
        return file
    }
}
