import Foundation

/// Names a transcript line spells in its bytes: a type's coding keys, and enumerations written as
/// their raw strings (`"band":"good"`). Each has its table, made once, so that a key or a name is
/// found from the line's bytes without making a `String` of them.
protocol TranscriptNamed: CaseIterable, RawRepresentable, Sendable where RawValue == String {
    static var transcriptNames: TranscriptNameTable<Self> { get }
}

/// The cases of a `TranscriptNamed` type by the UTF-8 bytes of their raw values. Names are short
/// ASCII: each is compared by its first eight bytes packed in a word and its length, then by the
/// rest of its bytes.
///
/// The table is looked up for every key of every line, and kept in memory that is never freed
/// (each type's table is made once, in a `static let`, and lives as long as the program): a table
/// of arrays, or of entries that each held their bytes, was copied out of its `static let` at every
/// lookup, its arrays retained and released, and the reading was a fifth slower for it.
struct TranscriptNameTable<Name: CaseIterable & RawRepresentable & Sendable>: @unchecked Sendable where Name.RawValue == String {
    // Written once, in `init`, and only read afterwards: safe to share between threads.
    private let heads: UnsafeBufferPointer<UInt64>
    private let counts: UnsafeBufferPointer<Int>
    private let names: UnsafeBufferPointer<Name>
    /// Every name's bytes, one after the other, each from its `starts`.
    private let bytes: UnsafeBufferPointer<UInt8>
    private let starts: UnsafeBufferPointer<Int>

    init() {
        var heads: [UInt64] = [], counts: [Int] = [], names: [Name] = [], bytes: [UInt8] = [], starts: [Int] = []
        for name in Name.allCases {
            let utf8 = Array(name.rawValue.utf8)
            heads.append(utf8.withUnsafeBufferPointer(Self.head))
            counts.append(utf8.count)
            names.append(name)
            starts.append(bytes.count)
            bytes += utf8
        }
        self.heads = Self.kept(heads)
        self.counts = Self.kept(counts)
        self.names = Self.kept(names)
        self.bytes = Self.kept(bytes)
        self.starts = Self.kept(starts)
    }

    /// A copy of the elements in memory that is never freed.
    private static func kept<Element>(_ elements: [Element]) -> UnsafeBufferPointer<Element> {
        let memory = UnsafeMutableBufferPointer<Element>.allocate(capacity: elements.count)
        _ = memory.initialize(from: elements)
        return UnsafeBufferPointer(memory)
    }

    /// The case whose raw value is these bytes exactly, or nil.
    @inline(__always)
    func name(_ key: UnsafeBufferPointer<UInt8>) -> Name? {
        let head = Self.head(key)
        for index in heads.indices where heads[index] == head && counts[index] == key.count {
            guard key.count > 8 else { return names[index] }
            guard let known = bytes.baseAddress, let written = key.baseAddress else { return nil }
            if memcmp(known + starts[index] + 8, written + 8, key.count - 8) == 0 { return names[index] }
        }
        return nil
    }

    /// The first eight bytes (fewer, zero-padded, for a shorter name), the first lowest; read as
    /// two words that may overlap rather than byte by byte.
    @inline(__always)
    private static func head(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        switch bytes.count {
        case 8...:
            return raw.loadUnaligned(as: UInt64.self)
        case 4...7:
            let low = UInt64(raw.loadUnaligned(as: UInt32.self))
            let high = UInt64(raw.loadUnaligned(fromByteOffset: bytes.count - 4, as: UInt32.self))
            return low | high << (UInt64(bytes.count - 4) * 8)
        case 2...3:
            let low = UInt64(raw.loadUnaligned(as: UInt16.self))
            let high = UInt64(raw.loadUnaligned(fromByteOffset: bytes.count - 2, as: UInt16.self))
            return low | high << (UInt64(bytes.count - 2) * 8)
        case 1:
            return UInt64(bytes[0])
        default:
            return 0
        }
    }
}
