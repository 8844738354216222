/// The text encodings a LibreOffice thesaurus declares on its first line that this reader reads:
/// the current files are in UTF-8, older ones (and some languages still) in ISO-8859-1.
public enum ThesaurusEncoding: String, Equatable, Sendable {
    case utf8 = "UTF-8"
    case latin1 = "ISO-8859-1"

    /// The encoding a first line names (`UTF-8`, `utf8`, `ISO8859-1`, `ISO-8859-1`, `latin1`), nil
    /// for any other: reading a file in the wrong encoding would show its trainers garbled words.
    public init?(declaration: String) {
        let name = declaration.uppercased().filter { $0 != "-" && $0 != "_" && $0 != " " }
        switch name {
        case "UTF8": self = .utf8
        case "ISO88591", "LATIN1": self = .latin1
        default: return nil
        }
    }

    /// `bytes` decoded, or nil when they are not valid in this encoding (every byte is a valid
    /// ISO-8859-1 character, so only UTF-8 can fail).
    public func decode<Bytes: Collection>(_ bytes: Bytes) -> String? where Bytes.Element == UInt8 {
        switch self {
        case .utf8:
            var scalars = String.UnicodeScalarView()
            var decoder = UTF8()
            var iterator = bytes.makeIterator()
            while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar): scalars.append(scalar)
                case .emptyInput: return String(scalars)
                case .error: return nil
                }
            }
        case .latin1:
            var scalars = String.UnicodeScalarView()
            for byte in bytes { scalars.append(Unicode.Scalar(byte)) }
            return String(scalars)
        }
    }
}
