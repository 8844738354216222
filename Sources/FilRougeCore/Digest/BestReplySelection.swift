/// Picks the replies a florilège shows for a step: the best ones, but not ten times the same idea.
///
/// The rule, in order:
/// 1. Only answers that scored above 0 and express no misconception are eligible.
/// 2. They are ranked by score, highest first; equal scores keep the order of the transcript files.
/// 3. First pass, down the ranking: the best answer is always taken; each next one is taken only
///    when it meets a concept that no answer taken so far meets, and is not a near-duplicate of one.
/// 4. Second pass, when fewer than `count` were taken: the rest of the ranking, in order, skipping
///    near-duplicates.
/// 5. The answers taken are shown by score, highest first.
///
/// Two answers are near-duplicates when their sets of words (folded: no case, no accents) overlap
/// by `nearDuplicateSimilarity` or more (Jaccard index: shared words over words in either), which
/// catches copied or lightly reworded replies.
public enum BestReplySelection {
    public static let nearDuplicateSimilarity = 0.6

    static func select(_ answers: [StepAnswer], count: Int) -> [StepAnswer] {
        guard count > 0 else { return [] }
        let ranked = answers
            .filter { $0.evaluation.score > 0 && !$0.expressesMisconception }
            .sorted { $0.evaluation.score != $1.evaluation.score ? $0.evaluation.score > $1.evaluation.score : $0.order < $1.order }
        var taken: [(index: Int, words: Set<String>)] = []
        var covered = Set<String>()
        func isNearDuplicate(_ words: Set<String>) -> Bool {
            taken.contains { similarity(words, $0.words) >= nearDuplicateSimilarity }
        }
        for (index, answer) in ranked.enumerated() where taken.count < count {
            // Asked of the criteria directly: a set of concepts made for each of a large group's
            // answers, most of them passed over, was most of the time spent picking.
            guard taken.isEmpty || answer.meetsAConcept(notIn: covered) else { continue }
            let words = words(of: answer.text)
            guard !isNearDuplicate(words) else { continue }
            taken.append((index, words))
            covered.formUnion(answer.metConcepts)
        }
        for (index, answer) in ranked.enumerated() where taken.count < count && !taken.contains(where: { $0.index == index }) {
            let words = words(of: answer.text)
            guard !isNearDuplicate(words) else { continue }
            taken.append((index, words))
        }
        return taken.map(\.index).sorted().map { ranked[$0] }
    }

    /// The folded words of a text: letters and digits, split on everything else.
    static func words(of text: String) -> Set<String> {
        var words = Set<String>()
        var current = String.UnicodeScalarView()
        for scalar in TextFolder.fold(text).unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(scalar)
            } else if !current.isEmpty {
                words.insert(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.insert(String(current)) }
        return words
    }

    /// The Jaccard index of two sets of words: 1 for the same words, 0 for none in common.
    static func similarity(_ first: Set<String>, _ second: Set<String>) -> Double {
        let union = first.union(second).count
        guard union > 0 else { return 1 }
        return Double(first.intersection(second).count) / Double(union)
    }
}
