/// Picks the replies a florilège shows for a step, and their order: the best ones, but not ten
/// times the same idea, and each shown at least as good as every reply shown below it.
///
/// The rule, in order:
/// 1. Replies a facilitator hid (`--choices`) are left out; those pinned are shown first, in the
///    order of the choices file, whatever their grade, and count among the `count` shown.
/// 2. Of the others, only answers that scored above 0 and express no misconception are eligible.
/// 3. They are ranked by band (a reply that missed a required idea is partial whatever its
///    score), then score, highest first; equal ones keep the order of the transcript files.
/// 4. First pass, down the ranking: the best answer is always taken (unless pins were); each next
///    one is taken only when it meets a concept that no answer taken so far meets, and is not a
///    near-duplicate of one.
/// 5. Second pass, when fewer than `count` were taken: the rest of the ranking, in order, skipping
///    near-duplicates.
/// 6. The answers taken are shown, after the pins, by band, then score, then how many concepts
///    they meet that the answers shown above them do not (new ideas first), then file order.
///
/// Two answers are near-duplicates when their sets of words (folded: no case, no accents) overlap
/// by `nearDuplicateSimilarity` or more (Jaccard index: shared words over words in either), which
/// catches copied or lightly reworded replies.
public enum BestReplySelection {
    public static let nearDuplicateSimilarity = 0.6

    /// - Parameters:
    ///   - pinned: answers a facilitator pinned, in the order to show them; shown even beyond `count`.
    ///   - hidden: the `order` of answers a facilitator hid.
    static func select(_ answers: [StepAnswer], count: Int, pinned: [StepAnswer] = [], hidden: Set<Int> = []) -> [StepAnswer] {
        let pins = pinned.filter { !hidden.contains($0.order) }
        let pinnedOrders = Set(pins.map(\.order))
        let ranked = answers
            .filter { $0.evaluation.score > 0 && !$0.expressesMisconception && !hidden.contains($0.order) && !pinnedOrders.contains($0.order) }
            .sorted(by: isRankedBefore)
        var taken: [(index: Int, words: Set<String>)] = []
        let pinnedWords = pins.map { words(of: $0.text) }
        var covered = Set(pins.flatMap(\.metConcepts))
        func isNearDuplicate(_ words: Set<String>) -> Bool {
            pinnedWords.contains { similarity(words, $0) >= nearDuplicateSimilarity }
                || taken.contains { similarity(words, $0.words) >= nearDuplicateSimilarity }
        }
        let room = count - pins.count
        for (index, answer) in ranked.enumerated() where taken.count < room {
            // Asked of the criteria directly: a set of concepts made for each of a large group's
            // answers, most of them passed over, was most of the time spent picking.
            guard (taken.isEmpty && pins.isEmpty) || answer.meetsAConcept(notIn: covered) else { continue }
            let words = words(of: answer.text)
            guard !isNearDuplicate(words) else { continue }
            taken.append((index, words))
            covered.formUnion(answer.metConcepts)
        }
        for (index, answer) in ranked.enumerated() where taken.count < room && !taken.contains(where: { $0.index == index }) {
            let words = words(of: answer.text)
            guard !isNearDuplicate(words) else { continue }
            taken.append((index, words))
        }
        return pins + shownInOrder(taken.map { ranked[$0.index] }, after: pins)
    }

    /// Band, then score, highest first; then the order of the transcript files.
    static func isRankedBefore(_ first: StepAnswer, _ second: StepAnswer) -> Bool {
        if first.evaluation.band != second.evaluation.band { return first.evaluation.band > second.evaluation.band }
        if first.evaluation.score != second.evaluation.score { return first.evaluation.score > second.evaluation.score }
        return first.order < second.order
    }

    /// `answers` one after the other, each the best left by band and score, and between equals the
    /// one meeting the most concepts that those shown above it (`shown` first) do not.
    static func shownInOrder(_ answers: [StepAnswer], after shown: [StepAnswer]) -> [StepAnswer] {
        var left = answers.sorted(by: isRankedBefore)
        var covered = Set(shown.flatMap(\.metConcepts))
        var ordered: [StepAnswer] = []
        while let first = left.first {
            var best = 0
            var bestNew = Set(first.metConcepts).subtracting(covered).count
            for index in left.indices.dropFirst() {
                let candidate = left[index]
                // Ranked already: past the first answer of another band or score, none is equal.
                guard candidate.evaluation.band == first.evaluation.band, candidate.evaluation.score == first.evaluation.score else { break }
                let new = Set(candidate.metConcepts).subtracting(covered).count
                if new > bestNew {
                    best = index
                    bestNew = new
                }
            }
            let next = left.remove(at: best)
            covered.formUnion(next.metConcepts)
            ordered.append(next)
        }
        return ordered
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
