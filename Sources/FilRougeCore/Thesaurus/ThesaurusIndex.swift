/// The index of a LibreOffice thesaurus (its `.idx` file): for each headword, the byte offset of
/// its entry in the data file.
///
/// The file is the encoding on the first line, the number of headwords on the second, then one
/// `headword|offset` a line. A trainer types keywords as learners do, so headwords are also found
/// whatever their capitals and accents (see `headwords(for:)`).
public struct ThesaurusIndex: Sendable {
    public let encoding: ThesaurusEncoding
    /// Each headword as the thesaurus writes it, with its entry's offset.
    private let offsets: [String: Int]
    /// The headwords of each lower-case form, and of each folded form (no capitals, no accents).
    private let byLowercase: [String: [String]]
    private let byFolded: [String: [String]]

    /// The number of headwords.
    public var count: Int { offsets.count }

    /// Parses the bytes of an index file; `file` names it in errors.
    public init(bytes: [UInt8], file: String) throws(ThesaurusError) {
        let lines = ThesaurusLines(bytes[...]).lines
        encoding = try ThesaurusLines.encoding(declaredBy: lines.first, file: file)
        guard lines.count >= 2, let declared = Self.number(lines[1]) else {
            throw ThesaurusError(file: file, problem: "line 2 should give the number of headwords")
        }
        var offsets: [String: Int] = [:]
        var byLowercase: [String: [String]] = [:]
        var byFolded: [String: [String]] = [:]
        for (index, line) in lines.enumerated().dropFirst(2) where !line.isEmpty {
            let lineNumber = index + 1
            guard let bar = line.lastIndex(of: UInt8(ascii: "|")),
                  let offset = Self.number(line[(bar + 1)...]) else {
                throw ThesaurusError(file: file, problem: "line \(lineNumber) is not 'headword|offset'")
            }
            guard let headword = encoding.decode(line[..<bar]), !headword.isEmpty else {
                throw ThesaurusError(file: file, problem: "line \(lineNumber) is not valid \(encoding.rawValue), the encoding its first line declares")
            }
            guard offsets.updateValue(offset, forKey: headword) == nil else {
                throw ThesaurusError(file: file, problem: "line \(lineNumber) gives the headword '\(headword)' a second time")
            }
            byLowercase[headword.lowercased(), default: []].append(headword)
            byFolded[TextFolder.fold(headword), default: []].append(headword)
        }
        guard offsets.count == declared else {
            throw ThesaurusError(file: file, problem: "line 2 declares \(declared) headwords, but the file lists \(offsets.count)")
        }
        self.offsets = offsets
        self.byLowercase = byLowercase
        self.byFolded = byFolded
    }

    /// The offset of the entry of `headword`, written exactly as the thesaurus writes it.
    public func offset(of headword: String) -> Int? {
        offsets[headword]
    }

    /// The headwords a trainer's word stands for: the headword written the same way when there is
    /// one (`vidéo`); else those that differ from it only by capitals (`Vidéo`, `VIDÉO`); else those
    /// that differ only by capitals and accents (`video`, `equipe`). Several when the thesaurus
    /// has several (`cote` finds `côte`, `coté` and `côté`), sorted.
    public func headwords(for word: String) -> [String] {
        if offsets[word] != nil { return [word] }
        if let found = byLowercase[word.lowercased()] { return found.sorted() }
        return (byFolded[TextFolder.fold(word)] ?? []).sorted()
    }

    /// A decimal number of at most 15 digits (larger would not fit any real file), nil otherwise.
    static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 15 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
