/// A LibreOffice thesaurus (the `th_LANG_v2.idx` and `.dat` files of Debian's mythes packages): its
/// index held in memory, each entry read from the data file when it is looked up.
///
/// Reading the data is left to the caller (`readData`), so that this type stays pure: the program
/// reads from the installed files, tests from bytes they write themselves. Every read is bounded
/// (`ThesaurusEntry.maximumBytes`), whatever the files say.
public struct Thesaurus: Sendable {
    /// Reads at most `length` bytes of the data file from byte `offset`; fewer only at the end of
    /// the file, none past it.
    public typealias DataReader = @Sendable (_ offset: Int, _ length: Int) throws -> [UInt8]

    public let index: ThesaurusIndex
    /// The files, as named in messages.
    public let indexFile: String
    public let dataFile: String
    /// The encoding the data file declares on its first line.
    public let dataEncoding: ThesaurusEncoding
    private let readData: DataReader

    /// The thesaurus of the index `indexBytes` and the data file `readData` reads.
    public init(indexBytes: [UInt8], indexFile: String, dataFile: String, readData: @escaping DataReader) throws {
        index = try ThesaurusIndex(bytes: indexBytes, file: indexFile)
        let head = ThesaurusLines(try readData(0, 64)[...], limit: 1)
        dataEncoding = try ThesaurusLines.encoding(declaredBy: head.lines.first, file: dataFile)
        self.indexFile = indexFile
        self.dataFile = dataFile
        self.readData = readData
    }

    /// The thesaurus of two files' bytes held in memory.
    public init(indexBytes: [UInt8], dataBytes: [UInt8], indexFile: String, dataFile: String) throws {
        try self.init(indexBytes: indexBytes, indexFile: indexFile, dataFile: dataFile) { offset, length in
            guard offset < dataBytes.count else { return [] }
            return Array(dataBytes[offset..<min(dataBytes.count, offset + length)])
        }
    }

    /// The entries a trainer's word or phrase stands for (see `ThesaurusIndex.headwords(for:)`),
    /// each read from the data file; none when the thesaurus has no such headword. Throws when the
    /// data file cannot be read or is damaged at the entry.
    public func entries(for word: String) throws -> [ThesaurusEntry] {
        try index.headwords(for: word).compactMap { headword in
            guard let offset = index.offset(of: headword) else { return nil }
            return try entry(of: headword, at: offset)
        }
    }

    private func entry(of headword: String, at offset: Int) throws -> ThesaurusEntry {
        let bytes = try readData(offset, ThesaurusEntry.maximumBytes)
        return try ThesaurusEntry(
            bytes: bytes, headword: headword, encoding: dataEncoding, file: dataFile, offset: offset,
            reachesEndOfFile: bytes.count < ThesaurusEntry.maximumBytes
        )
    }
}
