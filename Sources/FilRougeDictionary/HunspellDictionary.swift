import CHunspell
import Foundation
import Synchronization

/// One Hunspell dictionary, opened from its `.aff` and `.dic` files: whether it knows a word, and
/// the word's lemmas (Hunspell's stems: `envoient` → `envoyer`, `vont` → `aller`).
///
/// Hunspell's handle is not safe to use from two threads at once, so every call goes through one
/// lock. The reader asks once per distinct word and remembers the answer, so the lock is rarely
/// contended.
public final class HunspellDictionary: Sendable {
    /// The handle, owned by this object and released with it.
    private let handle: Mutex<OpaquePointer>
    /// Where the dictionary was read from, for messages.
    public let affixFile: String
    public let wordFile: String

    /// Opens the dictionary of `affixFile` and `wordFile`; nil when either cannot be read or the
    /// dictionary is not encoded in UTF-8 (the only encoding replies are read in).
    public init?(affixFile: String, wordFile: String) {
        let fileManager = FileManager.default
        guard fileManager.isReadableFile(atPath: affixFile), fileManager.isReadableFile(atPath: wordFile),
              let handle = Hunspell_create(affixFile, wordFile) else { return nil }
        // Hunspell answers in the dictionary's own encoding; both dictionaries read here use UTF-8.
        // One in another encoding is closed rather than read wrongly.
        guard let encoding = Hunspell_get_dic_encoding(handle),
              String(cString: encoding).uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
        else {
            Hunspell_destroy(handle)
            return nil
        }
        self.handle = Mutex(handle)
        self.affixFile = affixFile
        self.wordFile = wordFile
    }

    deinit {
        handle.withLock { Hunspell_destroy($0) }
    }

    /// True when the dictionary knows `word` (in any of the forms its affixes make).
    public func knows(_ word: String) -> Bool {
        guard Self.isAskable(word) else { return false }
        return handle.withLock { Hunspell_spell($0, word) != 0 }
    }

    /// The lemmas of `word` when the dictionary knows it, nil when it does not. Several lemmas are
    /// given in Hunspell's order: `fait` → `fait`, `faire`.
    ///
    /// A grammatical word (an article, a pronoun, a conjunction…: the French dictionary's `po:mg`)
    /// keeps itself as its only lemma: its other readings are homographs that would join it to
    /// words it has nothing to do with (*tu*, past participle of *taire*; *plus*, of *plaire*;
    /// *mais*, plural of *mai*; *la*, *une* joined to every *le* and *un*).
    ///
    /// Hunspell analyses every word it knows (a word that is its own lemma is its own stem), and no
    /// word it does not: over the 21,655 words of Snowball's French vocabulary and the 42,649 of its
    /// English one, each also misspelt, the analyses and the spelling never disagreed. So one
    /// analysis answers both questions (about 20 µs for a French word, half of asking both).
    public func lemmas(of word: String) -> [String]? {
        analysis(of: word)?.lemmas
    }

    /// What the dictionary says of a word it knows: its lemmas (as `lemmas(of:)` gives them) and
    /// whether it may be a verb in the imperative (the French dictionary's `po:impe`; the English
    /// one has no morphology, so never).
    public struct WordAnalysis: Equatable, Sendable {
        public var lemmas: [String]
        public var mayBeImperative: Bool
    }

    /// The analysis of `word`, nil when the dictionary does not know it. One call to Hunspell.
    public func analysis(of word: String) -> WordAnalysis? {
        guard Self.isAskable(word) else { return nil }
        let analyses = handle.withLock { handle in
            Self.strings { list in Hunspell_analyze(handle, list, word) } release: { list, count in
                Hunspell_free_list(handle, list, count)
            }
        }
        guard !analyses.isEmpty else { return nil }
        let imperative = analyses.contains { $0.contains("po:impe") }
        if analyses.contains(where: { $0.contains("po:mg") }) { return WordAnalysis(lemmas: [word], mayBeImperative: imperative) }
        var lemmas: [String] = []
        for analysis in analyses {
            let lemma = Self.field("st:", of: analysis) ?? word
            if !lemmas.contains(lemma) { lemmas.append(lemma) }
        }
        return WordAnalysis(lemmas: lemmas, mayBeImperative: imperative)
    }

    /// The value of the first field named `name` (`st:`) in one of Hunspell's analyses, whose fields
    /// are separated by spaces.
    static func field(_ name: String, of analysis: String) -> String? {
        for part in analysis.split(separator: " ") where part.hasPrefix(name) && part.count > name.count {
            return String(part.dropFirst(name.count))
        }
        return nil
    }

    /// Hunspell's suggestions for a word it does not know, best first. Slow (tens of milliseconds
    /// for a French word): for a trainer's tools, not for grading.
    public func suggestions(for word: String) -> [String] {
        guard Self.isAskable(word) else { return [] }
        return handle.withLock { handle in
            Self.strings { list in Hunspell_suggest(handle, list, word) } release: { list, count in
                Hunspell_free_list(handle, list, count)
            }
        }
    }

    /// Hunspell reads words of bounded length into fixed buffers and gives up on longer ones: a word
    /// longer than any real one, or holding a NUL, is not asked at all.
    static let longestWord = 100

    private static func isAskable(_ word: String) -> Bool {
        !word.isEmpty && word.utf8.count <= longestWord && !word.utf8.contains(0)
    }

    /// The strings of a list Hunspell allocates, copied, and the list released.
    private static func strings(
        _ fill: (UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32,
        release: (UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>, Int32) -> Void
    ) -> [String] {
        var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        let count = fill(&list)
        defer { if count > 0 { release(&list, count) } }
        guard count > 0, let list else { return [] }
        return (0..<Int(count)).compactMap { list[$0].map { String(cString: $0) } }
    }
}
