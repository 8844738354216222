import Foundation

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
    /// The number of each word form (folded form and key) seen.
    private var formIndices: [WordForm: Int] = [:]
    private let capacity: Int
    /// Beyond this many bytes of words, new words are not remembered either (long words are rare,
    /// but a hostile reply can be one long word).
    private let byteCapacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        self.byteCapacity = capacity * 32
        self.slots = Array(repeating: -1, count: 1024)
    }

    /// The ``WordHash`` of a word's bytes.
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = WordHash()
        for byte in word { hash.add(byte) }
        return hash.value
    }

    func entry(for word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Lexicon.Entry? {
        find(word, hash: hash).map { entries[$0] }
    }

    /// Remembers the word unless it is known already or the table is full, and returns its entry,
    /// made by `make` with the number of its form.
    mutating func insert(
        _ word: UnsafeBufferPointer<UInt8>, hash: UInt64, form: WordForm, serial: UInt32,
        make: (LexiconWord?) -> Lexicon.Entry
    ) -> Lexicon.Entry {
        if let known = find(word, hash: hash) { return entries[known] }
        let isFull = keys.count >= capacity || bytes.count + word.count > byteCapacity
        var index = formIndices[form]
        if index == nil, !isFull {
            index = formIndices.count
            formIndices[form] = formIndices.count
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

    /// Compared byte by byte: words are short, and a loop costs less than a call to `memcmp`.
    private static func same(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for index in 0..<lhs.count where lhs[index] != rhs[index] {
            return false
        }
        return true
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

/// FNV-1a over a word's bytes, taken byte by byte so that a word can be hashed while it is read.
struct WordHash {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// The hash, mixed so that the low bits, which pick a slot of the table, depend on every byte.
    var value: UInt64 {
        (state ^ (state >> 29)) &* 0xbf58_476d_1ce4_e5b9
    }
}
