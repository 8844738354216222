import FilRougeDictionary
import Foundation
import Synchronization

/// What the analyzer knows about a word, worked out once per distinct word and remembered: its
/// folded form, its stem, its lemmas and whether the dictionary knows it, whether it is a number,
/// and what role it can play in a negation. Stemming and the dictionary cost far more than a
/// look-up, and learners use the same few thousand words over and over, so grading spends its time
/// on the words that are new.
///
/// Words are looked up by their UTF-8 bytes in a table of their own (``WordTable``), so that a word
/// already known costs no string of its own and no general-purpose hashing.
final class Lexicon: Sendable {
    /// A class, so that handing out a known word takes one reference, not a copy of each string.
    final class Entry: Sendable {
        /// The word as written, e.g. `Réseaux`.
        let written: String
        /// The folded form (`reseaux`).
        let folded: String
        /// The comparison key: the word's stem, folded.
        let key: String
        /// The keys of the word's lemmas that differ from `key` (`envoi`, the stem of *envoyer*, for
        /// *envoient*): usually none, since a word and its lemma mostly share their stem.
        let lemmaKeys: [String]
        /// The lemma keys a keyword written with this word has: those of the dictionary's lemmas,
        /// not the infinitive of an English irregular past form. A trainer who writes `known` means
        /// the adjective as much as the verb, while a learner who writes *went* has used *go*.
        let keywordLemmaKeys: [String]
        /// True when `lemmaKeys` is not empty, read without touching the array: grading asks it of
        /// every word it compares, and most words have no such key.
        let hasLemmaKeys: Bool
        /// Whether the dictionary knows the word: a known word is never read as a misspelling.
        let spelling: Spelling
        let roles: NegationRoles
        /// The value of a number, in digits: of a number word (`cinquante`) or of a number written in
        /// digits (`1.5` for `1,5`).
        let numberText: String?
        /// The number of the word's form (folded form and key) in this lexicon, nil when the lexicon
        /// was full.
        let word: LexiconWord?
        /// The first bytes of the folded form and of the key (nil when empty): comparing them refuses
        /// at once most of the words a keyword is tried on, without comparing strings.
        let foldedStart: UInt8?
        let keyStart: UInt8?
        /// The first letters of the key and of the lemma keys, for a keyword's term to refuse a
        /// word that shares none of its keys without comparing strings.
        let keyStarts: LetterStarts

        init(
            written: String, folded: String, key: String, lemmaKeys: [String] = [], keywordLemmaKeys: [String] = [],
            spelling: Spelling = .unchecked,
            roles: NegationRoles, number: Int?, word: LexiconWord?
        ) {
            self.written = written
            self.folded = folded
            self.key = key
            self.lemmaKeys = lemmaKeys
            self.keywordLemmaKeys = keywordLemmaKeys
            self.hasLemmaKeys = !lemmaKeys.isEmpty
            self.spelling = spelling
            self.roles = roles
            self.numberText = number.map(String.init)
            self.word = word
            self.foldedStart = folded.utf8.first
            self.keyStart = key.utf8.first
            self.keyStarts = LetterStarts([key] + lemmaKeys)
        }

        /// A number written in digits: its own key and value, read with a decimal point. Numbers are
        /// not remembered (there are too many of them), so each has an entry of its own.
        init(digits written: String) {
            let folded = written.utf8.contains(0x2C) ? written.replacingOccurrences(of: ",", with: ".") : written
            self.written = written
            self.folded = folded
            self.key = folded
            self.lemmaKeys = []
            self.keywordLemmaKeys = []
            self.hasLemmaKeys = false
            self.spelling = .unchecked
            self.roles = []
            self.numberText = folded
            self.word = nil
            self.foldedStart = folded.utf8.first
            self.keyStart = folded.utf8.first
            self.keyStarts = LetterStarts([folded])
        }
    }

    private let language: Language
    private let keyForm: @Sendable (String) -> String
    /// The dictionary words are looked up in, asked for when the first new word comes: opening one
    /// takes tens of milliseconds, which a program may spend while it shows its first screen.
    private let dictionary: @Sendable () -> HunspellDictionary?
    private let table: Mutex<WordTable>
    /// Tells this lexicon's word numbers from another's.
    private let serial: UInt32
    private static let serials = Atomic<UInt32>(0)

    /// - Parameter capacity: beyond this many words, new words are worked out each time and not
    ///   remembered, so that memory stays bounded whatever the input.
    init(
        language: Language, keyForm: @escaping @Sendable (String) -> String,
        dictionary: @escaping @Sendable () -> HunspellDictionary? = { nil }, capacity: Int = 100_000
    ) {
        self.language = language
        self.keyForm = keyForm
        self.dictionary = dictionary
        self.table = Mutex(WordTable(capacity: capacity))
        self.serial = Self.serials.wrappingAdd(1, ordering: .relaxed).newValue
    }

    /// Runs `body` with the known words locked: the analyzer looks up all the words of a text under
    /// one lock rather than one each. Words new to the lexicon are worked out under it too, so the
    /// key form must not read text with this lexicon.
    func withKnownWords<Result: Sendable>(_ body: (inout WordTable) -> Result) -> Result {
        table.withLock { body(&$0) }
    }

    /// What is known of the word written with `bytes`, whose ``WordHash`` is `hash`; a word not
    /// known yet is worked out and remembered in `words`.
    func entry(for bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, in words: inout WordTable) -> Entry {
        words.entry(for: bytes, hash: hash) ?? newEntry(for: bytes, hash: hash, in: &words)
    }

    /// Works out what is known of a word not seen yet, and remembers it. Kept out of line, so that
    /// looking up a known word, by far the commonest case, stays small enough to inline.
    @inline(never)
    private func newEntry(for bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, in words: inout WordTable) -> Entry {
        let written = String(decoding: bytes, as: UTF8.self)
        let folded = TextFolder.fold(utf8: bytes, 0..<bytes.count)
        // Stemmers read accents (French `-ée`), so the stem is taken of the word in lower case with
        // its accents, then folded. An ASCII word needs only lower case, which its folded form is.
        // Characters below U+0300 (Latin letters with their accents among them) compose with none
        // of their neighbours, so a word of them is composed already.
        let lowercased = if bytes.allSatisfy({ $0 < 0x80 }) {
            folded
        } else if written.unicodeScalars.allSatisfy({ $0.value < 0x300 }) {
            written.lowercased()
        } else {
            written.precomposedStringWithCanonicalMapping.lowercased()
        }
        let key = TextFolder.fold(keyForm(lowercased))
        let (lemmaKeys, keywordLemmaKeys, spelling, imperative) = lemmaKeys(of: lowercased, written: written, folded: folded, key: key)
        var roles = NegationDetector.roles(of: folded, language: language)
        if imperative { roles.insert(.imperative) }
        let number = NumberWords.value(of: folded, language: language)
        let form = WordForm(folded: folded, key: key, lemmaKeys: lemmaKeys, spelling: spelling)
        return words.insert(bytes, hash: hash, form: form, serial: serial) { word in
            Entry(
                written: written, folded: folded, key: key, lemmaKeys: lemmaKeys, keywordLemmaKeys: keywordLemmaKeys,
                spelling: spelling, roles: roles,
                number: number, word: word
            )
        }
    }

    /// The keys of a word's lemmas other than `key` (in a reply, and in a keyword), and whether the
    /// dictionary knows the word. The English irregular past forms, which the English dictionary
    /// gives no lemma, come from ``EnglishIrregularVerbs``, dictionary or not, for replies only.
    /// Each lemma goes through the same stemmer as the word, so that a lemma and every form of it
    /// meet: *envoient* → *envoyer* → `envoi`, the key of *envoyer* and *envoi*.
    private func lemmaKeys(
        of lowercased: String, written: String, folded: String, key: String
    ) -> (all: [String], keyword: [String], Spelling, imperative: Bool) {
        var lemmas: [String] = []
        var spelling = Spelling.unchecked
        var imperative = false
        if let dictionary = dictionary() {
            // Asked as written: Hunspell reads a capital at the start of a sentence, or capitals
            // throughout, as the word in lower case, and knows names by their capitals (`Google`).
            let asWritten = written.unicodeScalars.allSatisfy { $0.value < 0x300 } ? written : written.precomposedStringWithCanonicalMapping
            if let found = dictionary.analysis(of: asWritten) {
                lemmas = found.lemmas
                imperative = found.mayBeImperative
                spelling = .known
            } else {
                spelling = .unknown
            }
        }
        let keywordKeys = keys(of: lemmas, lowercased: lowercased, folded: folded, key: key)
        guard language == .en, let infinitive = EnglishIrregularVerbs.infinitive(of: folded) else {
            return (keywordKeys, keywordKeys, spelling, imperative)
        }
        let irregular = keys(of: [infinitive], lowercased: lowercased, folded: folded, key: key).filter { !keywordKeys.contains($0) }
        return (keywordKeys + irregular, keywordKeys, spelling, imperative)
    }

    /// The distinct keys of `lemmas` that differ from the word's own `key`.
    private func keys(of lemmas: [String], lowercased: String, folded: String, key: String) -> [String] {
        var keys: [String] = []
        for lemma in lemmas {
            // Most words are their own lemma, whose key is the word's: no second stemming.
            let lowercasedLemma = lemma.lowercased()
            guard lowercasedLemma != lowercased else { continue }
            // A lemma written as the word but for its accents is the word's homograph (*maïs* for
            // *mais*), not a lemma of it: readers and keywords leave accents aside.
            guard TextFolder.fold(lowercasedLemma) != folded else { continue }
            let lemmaKey = TextFolder.fold(keyForm(lowercasedLemma))
            if lemmaKey != key, !lemmaKey.isEmpty, !keys.contains(lemmaKey) { keys.append(lemmaKey) }
        }
        return keys
    }

    /// The dictionary's suggestions for a word it does not know, best first (none without a
    /// dictionary). Slow: tens of milliseconds a word, for explaining a grade, never for grading.
    func suggestions(for written: String) -> [String] {
        dictionary()?.suggestions(for: written) ?? []
    }

    /// What is known of the word written with `bytes`.
    func entry(for bytes: UnsafeBufferPointer<UInt8>, in words: inout WordTable) -> Entry {
        entry(for: bytes, hash: WordTable.hash(bytes), in: &words)
    }

    /// What is known of a word given as a string.
    func entry(written: String, in words: inout WordTable) -> Entry {
        var written = written
        return written.withUTF8 { entry(for: $0, in: &words) }
    }

    static let french = Lexicon(language: .fr, keyForm: stemmer(for: .fr), dictionary: { InstalledDictionaries.french })
    static let english = Lexicon(language: .en, keyForm: stemmer(for: .en), dictionary: { InstalledDictionaries.english })

    /// The Snowball stemmer of a language, as a key form.
    static func stemmer(for language: Language) -> @Sendable (String) -> String {
        switch language {
        case .fr: return { FrenchStemmer().stem($0) }
        case .en: return { EnglishStemmer().stem($0) }
        }
    }

    static func shared(for language: Language) -> Lexicon {
        language == .fr ? french : english
    }
}

/// A word form known to a lexicon, as a small number: what a rubric remembers of a word is kept
/// in an array indexed by it, found without hashing the word again. Words written differently
/// share a number when they share their form: `Réseaux` and `reseaux`.
struct LexiconWord: Equatable, Sendable {
    /// Which lexicon numbered the word.
    var lexicon: UInt32
    /// The form's number, counting from 0.
    var index: Int
}

/// What a rubric looks at in a word: its folded form, its keys and its spelling. All count: two
/// words folded alike may have different stems (`des` and `dès`, `communique` and `communiqué`) or
/// lemmas, so meet different keywords, and a rubric must not remember the keywords of one for the
/// other.
struct WordForm: Hashable, Sendable {
    var folded: String
    var key: String
    var lemmaKeys: [String] = []
    var spelling: Spelling = .unchecked
}

/// Whether the dictionary knows a word.
enum Spelling: Hashable, Sendable {
    /// The dictionary knows the word: it is never read as a misspelling of another.
    case known
    /// The dictionary does not know the word: it may be a misspelling of a keyword.
    case unknown
    /// No dictionary was asked (none is installed, or the word is a number).
    case unchecked
}
