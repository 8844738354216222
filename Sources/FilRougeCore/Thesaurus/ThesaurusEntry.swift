/// The entry of one headword in a thesaurus's data file (its `.dat`): a line `headword|count`, then
/// `count` meaning lines, each starting with its part of speech in brackets.
public struct ThesaurusEntry: Equatable, Sendable {
    public var headword: String
    public var meanings: [ThesaurusMeaning]

    public init(headword: String, meanings: [ThesaurusMeaning]) {
        self.headword = headword
        self.meanings = meanings
    }

    /// The longest entry read, in bytes. The largest in the installed thesauri is under 9 KB; a
    /// count that would run past this is a damaged file, not a longer entry.
    public static let maximumBytes = 64 * 1024

    /// Parses the entry at the start of `bytes` (the data file read from the entry's offset, at most
    /// `maximumBytes` of it), which the index says is the entry of `headword`.
    ///
    /// - Parameters:
    ///   - offset: where `bytes` start in the file, for messages.
    ///   - reachesEndOfFile: true when `bytes` run to the end of the file, so that an entry cut
    ///     short by the end of the file is told from one longer than `maximumBytes`.
    public init(
        bytes: [UInt8], headword: String, encoding: ThesaurusEncoding, file: String, offset: Int, reachesEndOfFile: Bool
    ) throws(ThesaurusError) {
        let entry = "the entry of '\(headword)' (at byte \(offset))"
        guard !bytes.isEmpty else {
            throw ThesaurusError(file: file, problem: "the index points at byte \(offset) for '\(headword)', past the end of the file")
        }
        let header = ThesaurusLines(bytes[...], limit: 1)
        guard let headerLine = header.lines.first, !header.lastLineIsUnterminated else {
            let problem = reachesEndOfFile ? "the file ends in the middle of the first line of \(entry)" : "\(entry) has a first line longer than \(Self.maximumBytes / 1024) KB"
            throw ThesaurusError(file: file, problem: problem)
        }
        guard let bar = headerLine.lastIndex(of: UInt8(ascii: "|")),
              let count = ThesaurusIndex.number(headerLine[(bar + 1)...]) else {
            throw ThesaurusError(
                file: file, problem: "the index points at byte \(offset) for '\(headword)', where no line 'headword|count' starts"
            )
        }
        guard let written = encoding.decode(headerLine[..<bar]) else {
            throw ThesaurusError(file: file, problem: "the first line of \(entry) is not valid \(encoding.rawValue), the encoding the file declares")
        }
        guard written == headword else {
            throw ThesaurusError(file: file, problem: "the index points at byte \(offset) for '\(headword)', but the entry there is '\(written)'")
        }
        // At most count + 1 lines are cut, and never more than the bytes hold, whatever the count
        // says. A line without its line break is cut short: by the end of what was read, or by the
        // end of a truncated file (the thesauri end their last line with a line break).
        let lines = ThesaurusLines(bytes[...], limit: count + 1)
        let completeLines = lines.lastLineIsUnterminated ? lines.lines.count - 1 : lines.lines.count
        guard completeLines >= count + 1 else {
            let problem = reachesEndOfFile
                ? "\(entry) declares \(Self.meanings(count)), but the file ends after \(completeLines - 1)"
                : "\(entry) declares \(Self.meanings(count)), more than \(Self.maximumBytes / 1024) KB can hold"
            throw ThesaurusError(file: file, problem: problem)
        }
        var meanings: [ThesaurusMeaning] = []
        for (index, line) in lines.lines.dropFirst().prefix(count).enumerated() {
            guard let text = encoding.decode(line) else {
                throw ThesaurusError(
                    file: file, problem: "meaning \(index + 1) of \(entry) is not valid \(encoding.rawValue), the encoding the file declares"
                )
            }
            guard text.hasPrefix("(") else {
                throw ThesaurusError(
                    file: file,
                    problem: "\(entry) declares \(Self.meanings(count)), but its line \(index + 2) is not a meaning '(part of speech)|term|…'"
                )
            }
            meanings.append(ThesaurusMeaning(line: text))
        }
        self.init(headword: headword, meanings: meanings)
    }

    /// "1 meaning", "2 meanings".
    private static func meanings(_ count: Int) -> String {
        count == 1 ? "1 meaning" : "\(count) meanings"
    }
}
