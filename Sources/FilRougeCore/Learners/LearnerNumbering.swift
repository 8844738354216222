import Foundation

/// Gives each learner a number, in the order their transcripts are read: one number per distinct
/// name (trimmed: the same person in several files keeps one number), and a number of its own to
/// every transcript without a name, since nothing tells whose it is.
///
/// The one numbering of `--anonymize`: replay, digest and export feed it every transcript with a
/// readable header, in the order `TranscriptPaths.expand` gives the files, including transcripts
/// they leave out afterwards (another scenario, a copy), so that the same files give every
/// learner the same number in every command.
public struct LearnerNumbering: Sendable {
    private var numbers: [String: Int] = [:]
    private var count = 0

    public init() {}

    public mutating func number(for name: String?) -> Int {
        let trimmed = name?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let trimmed, !trimmed.isEmpty, let known = numbers[trimmed] { return known }
        count += 1
        if let trimmed, !trimmed.isEmpty { numbers[trimmed] = count }
        return count
    }
}
