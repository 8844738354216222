import Synchronization

/// The candidates of the words a rubric has already seen, shared by every reply graded with it.
///
/// Words numbered by the lexicon of the first tokens seen are found in an array, by number, and
/// their candidates are kept end to end in one array; others (words of a full lexicon, tokens of
/// another analyzer) are found by their form (folded form and key: a word's candidates depend on
/// both, see ``WordForm``). A reply's words are all looked up under one
/// lock, and their candidates handed back in one array, so that a word costs neither a lock nor a
/// reference count.
final class WordCandidates: Sendable {
    /// A keyword alternative the word at `token` can start.
    struct Found: Sendable {
        var token: Int
        var candidate: CompiledRubric.Candidate
    }

    private struct Memory {
        /// The lexicon whose word numbers index `byWord`.
        var lexicon: UInt32?
        /// The candidates of the numbered words, end to end: reading them takes no reference counting.
        var pool: [CompiledRubric.Candidate] = []
        /// Where each numbered word's candidates are in `pool`, nil for a word not seen yet.
        var byWord: [Range<Int>?] = []
        var byForm: [WordForm: [CompiledRubric.Candidate]] = [:]
    }

    private let memory = Mutex(Memory())
    /// Beyond this many words the memory by form starts afresh, so that it stays bounded
    /// whatever the input (the lexicon bounds the numbered words).
    private static let capacity = 50_000

    /// The candidates of every word of `tokens`, in token order: those remembered, and for a word
    /// not seen yet those `find` finds, which are remembered. The memory is locked once for all
    /// the words, not once for each.
    func candidates(
        of tokens: [Token], finding find: (borrowing Token) -> [CompiledRubric.Candidate]
    ) -> [Found] {
        memory.withLock { memory in
            var found: [Found] = []
            found.reserveCapacity(tokens.count)
            for index in tokens.indices {
                if let range = Self.numberedCandidates(at: index, in: tokens, memory: memory) {
                    for candidate in range { found.append(Found(token: index, candidate: memory.pool[candidate])) }
                    continue
                }
                // A numbered word is looked up by number only: one not found there is worked out afresh.
                let known = tokens[index].word == nil ? memory.byForm[Self.form(of: tokens[index])] : nil
                let candidates = known ?? Self.remember(find(tokens[index]), at: index, in: tokens, memory: &memory)
                for candidate in candidates { found.append(Found(token: index, candidate: candidate)) }
            }
            return found
        }
    }

    /// Where the candidates of `tokens[index]` are in the pool, when its word is numbered and was
    /// seen already (the token is read in place: it is large).
    private static func numberedCandidates(at index: Int, in tokens: [Token], memory: borrowing Memory) -> Range<Int>? {
        guard let word = tokens[index].word, memory.lexicon == word.lexicon, word.index < memory.byWord.count else { return nil }
        return memory.byWord[word.index]
    }

    /// Remembers the candidates of a word seen for the first time, and returns them.
    private static func remember(
        _ candidates: [CompiledRubric.Candidate], at index: Int, in tokens: [Token], memory: inout Memory
    ) -> [CompiledRubric.Candidate] {
        if let word = tokens[index].word {
            if memory.lexicon == nil { memory.lexicon = word.lexicon }
            if memory.lexicon == word.lexicon {
                if word.index >= memory.byWord.count {
                    memory.byWord.append(contentsOf: repeatElement(nil, count: max(word.index + 1, 2 * memory.byWord.count) - memory.byWord.count))
                }
                memory.byWord[word.index] = memory.pool.count..<(memory.pool.count + candidates.count)
                memory.pool += candidates
                return candidates
            }
        }
        if memory.byForm.count >= capacity { memory.byForm.removeAll(keepingCapacity: true) }
        memory.byForm[form(of: tokens[index])] = candidates
        return candidates
    }

    private static func form(of token: borrowing Token) -> WordForm {
        WordForm(folded: token.folded, key: token.key, lemmaKeys: token.lemmaKeys, spelling: token.spelling)
    }
}
