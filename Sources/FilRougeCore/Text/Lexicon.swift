import Foundation
import Synchronization

/// What the analyzer knows about a word, worked out once per distinct word and remembered: its
/// folded form, its stem, whether it is a number, and what role it can play in a negation. Stemming
/// costs far more than a look-up, and learners use the same few thousand words over and over, so
/// grading spends its time on the words that are new.
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
        let roles: NegationRoles
        /// The value of a number word (`cinquante`), if it is one, and the same in digits.
        let number: Int?
        let numberText: String?
        /// The folded form's number in this lexicon, nil when the lexicon was full.
        let word: LexiconWord?

        init(written: String, folded: String, key: String, roles: NegationRoles, number: Int?, word: LexiconWord?) {
            self.written = written
            self.folded = folded
            self.key = key
            self.roles = roles
            self.number = number
            self.numberText = number.map(String.init)
            self.word = word
        }
    }

    private let language: Language
    private let keyForm: @Sendable (String) -> String
    private let table: Mutex<WordTable>
    /// Tells this lexicon's word numbers from another's.
    private let serial: UInt32
    private static let serials = Atomic<UInt32>(0)

    /// - Parameter capacity: beyond this many words, new words are worked out each time and not
    ///   remembered, so that memory stays bounded whatever the input.
    init(language: Language, keyForm: @escaping @Sendable (String) -> String, capacity: Int = 100_000) {
        self.language = language
        self.keyForm = keyForm
        self.table = Mutex(WordTable(capacity: capacity))
        self.serial = Self.serials.wrappingAdd(1, ordering: .relaxed).newValue
    }

    /// What is known of the word written with `bytes`.
    func entry(for bytes: UnsafeBufferPointer<UInt8>) -> Entry {
        let hash = WordTable.hash(bytes)
        if let known = table.withLock({ $0.entry(for: bytes, hash: hash) }) { return known }
        let written = String(decoding: bytes, as: UTF8.self)
        let folded = TextFolder.fold(utf8: bytes, 0..<bytes.count)
        // Stemmers read accents (French `-ée`), so the stem is taken of the word in lower case with
        // its accents, then folded. An ASCII word needs only lower case, which its folded form is.
        let lowercased = bytes.allSatisfy { $0 < 0x80 } ? folded : written.precomposedStringWithCanonicalMapping.lowercased()
        let key = TextFolder.fold(keyForm(lowercased))
        let roles = NegationDetector.roles(of: folded, language: language)
        let number = NumberWords.value(of: folded, language: language)
        return table.withLock { table in
            table.insert(bytes, hash: hash, folded: folded, serial: serial) { word in
                Entry(
                    written: written, folded: folded, key: key, roles: roles,
                    number: number, word: word
                )
            }
        }
    }

    /// What is known of a word given as a string.
    func entry(written: String) -> Entry {
        var written = written
        return written.withUTF8 { entry(for: $0) }
    }

    static let french = Lexicon(language: .fr, keyForm: { FrenchStemmer().stem($0) })
    static let english = Lexicon(language: .en, keyForm: { EnglishStemmer().stem($0) })

    static func shared(for language: Language) -> Lexicon {
        language == .fr ? french : english
    }
}

/// A folded form known to a lexicon, as a small number: what a rubric remembers of a word is kept
/// in an array indexed by it, found without hashing the word again.
struct LexiconWord: Equatable, Sendable {
    /// Which lexicon numbered the word.
    var lexicon: UInt32
    /// The folded form's number, counting from 0.
    var index: Int
}

/// The words a lexicon knows: an open-addressing hash table over the words' UTF-8 bytes, which are
/// kept end to end in one array.
struct WordTable {
    /// Where a word's bytes are, apart from its entry so that probing copies no strings.
    private struct Key {
        var hash: UInt64
        var start: Int
        var count: Int
    }

    private var keys: [Key] = []
    private var entries: [Lexicon.Entry] = []
    /// Indices into `keys` and `entries`, -1 for an empty slot; the count is a power of two.
    private var slots: [Int32]
    private var bytes: [UInt8] = []
    private var foldedIndices: [String: Int] = [:]
    private let capacity: Int
    /// Beyond this many bytes of words, new words are not remembered either (long words are rare,
    /// but a hostile reply can be one long word).
    private let byteCapacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        self.byteCapacity = capacity * 32
        self.slots = Array(repeating: -1, count: 1024)
    }

    /// FNV-1a over the bytes, mixed so that the low bits, which pick the slot, depend on all of them.
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return (hash ^ (hash >> 29)) &* 0xbf58_476d_1ce4_e5b9
    }

    func entry(for word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Lexicon.Entry? {
        find(word, hash: hash).map { entries[$0] }
    }

    /// Remembers the word unless it is known already or the table is full, and returns its entry,
    /// made by `make` with the number of its folded form.
    mutating func insert(
        _ word: UnsafeBufferPointer<UInt8>, hash: UInt64, folded: String, serial: UInt32,
        make: (LexiconWord?) -> Lexicon.Entry
    ) -> Lexicon.Entry {
        if let known = find(word, hash: hash) { return entries[known] }
        let isFull = keys.count >= capacity || bytes.count + word.count > byteCapacity
        var index = foldedIndices[folded]
        if index == nil, !isFull {
            index = foldedIndices.count
            foldedIndices[folded] = foldedIndices.count
        }
        let entry = make(index.map { LexiconWord(lexicon: serial, index: $0) })
        guard !isFull else { return entry }
        if (keys.count + 1) * 2 > slots.count { grow() }
        keys.append(Key(hash: hash, start: bytes.count, count: word.count))
        entries.append(entry)
        bytes.append(contentsOf: word)
        place(keys.count - 1)
        return entry
    }

    private func find(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return bytes.withUnsafeBufferPointer { bytes in
            while true {
                let index = Int(slots[slot])
                if index < 0 { return nil }
                let candidate = keys[index]
                if candidate.hash == hash, candidate.count == word.count,
                   Self.same(UnsafeBufferPointer(rebasing: bytes[candidate.start..<(candidate.start + candidate.count)]), word) {
                    return index
                }
                slot = (slot + 1) & mask
            }
        }
    }

    private static func same(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let left = lhs.baseAddress, let right = rhs.baseAddress else { return lhs.count == rhs.count }
        return lhs.count == rhs.count && memcmp(left, right, lhs.count) == 0
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: keys[index].hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for index in keys.indices { place(index) }
    }
}

/// The parts a word can play in a negation, looked up once per word.
public struct NegationRoles: OptionSet, Sendable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Negates on its own (`pas`, `sans`, `not`, `never`, `don't`).
    public static let cue = NegationRoles(rawValue: 1)
    /// Completes a French `ne` (`pas`, `plus`, `jamais`…).
    public static let secondPart = NegationRoles(rawValue: 2)
    /// Ends a negation's scope (`mais`, `but`).
    public static let contrast = NegationRoles(rawValue: 4)
    /// Negative in itself: negating it affirms what follows (`négliger`, `hesitate`).
    public static let reversing = NegationRoles(rawValue: 8)
    /// The French particle `ne`.
    public static let particle = NegationRoles(rawValue: 16)
    /// Starts a set phrase that only looks negative (`pas` of `pas mal`, `not` of `not only`).
    public static let phraseStart = NegationRoles(rawValue: 32)
}
