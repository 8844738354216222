import FilRougeCore
import Foundation

/// The names a replay shows for its learners, and for their files.
///
/// Learners are named as digest and export name them (`LearnerNaming`): by the name given to
/// `play --name`, else by their transcript's file name; anonymized, `Learner 1`, `Learner 2`… by
/// the one numbering, where the same person in two files keeps one number. Two transcripts with
/// the same label on one page are told apart as `Camille (2)`. Anonymized, files are called
/// `transcript 1`, `transcript 2`… in every message, since file names often carry the learner's name.
public struct ReplayLearnerLabels: Equatable, Sendable {
    /// One per file, in order, told apart.
    public let labels: [String]
    /// One per file, in order, as the progress table names them (not told apart).
    public let names: [LearnerName]
    /// How each file is called in messages.
    public let fileNames: [String]

    /// - Parameters:
    ///   - paths: the transcript files as given.
    ///   - names: the learner's name each transcript's header gives, if any.
    ///   - language: the scenario's, for `Apprenant·e 1` or `Learner 1`.
    public init(paths: [String], names: [String?], anonymize: Bool, language: Language) {
        var naming = LearnerNaming(anonymize: anonymize)
        let learnerNames = zip(paths, names).map { path, name in naming.name(given: name, fallback: LearnerNaming.fallbackName(of: path)) }
        self.names = learnerNames
        fileNames = anonymize ? paths.indices.map { AnonymousLabels.transcript($0 + 1) } : paths
        var labels: [String] = []
        // A set, and for each name the next number to try: a cohort whose learners all played
        // under one name (or none) is labelled in time proportional to its size. Searching the
        // list of labels for each candidate number took a cube of it: 2,000 such files took
        // seconds, 10,000 minutes. Numbers below the next one are all taken, so the labels are
        // those the search gave.
        var taken = Set<String>()
        var nextNumber: [String: Int] = [:]
        for name in learnerNames {
            let base = name.label(in: language)
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
}
