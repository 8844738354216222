@testable import FilRougeCore

/// Small thesauri written by the tests: the data file from its entries, the index computed from
/// the entries' byte offsets, so that a test can then damage either.
struct ThesaurusFixture: Sendable {
    var encodingLine = "UTF-8"
    /// Each entry as its lines, the first `headword|count`.
    var entries: [[String]]
    /// How a line is turned into bytes (ISO-8859-1 fixtures pass `latin1`).
    var encode: @Sendable (String) -> [UInt8] = { Array($0.utf8) }

    static func latin1(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    }

    /// The data file's bytes, and each headword's offset in it.
    func data() -> (bytes: [UInt8], offsets: [(String, Int)]) {
        var bytes = encode(encodingLine + "\n")
        var offsets: [(String, Int)] = []
        for entry in entries {
            let headword = String(entry[0].split(separator: "|")[0])
            offsets.append((headword, bytes.count))
            for line in entry { bytes += encode(line + "\n") }
        }
        return (bytes, offsets)
    }

    /// The index file's bytes, with `count` as the declared number of headwords (the real one by
    /// default).
    func index(count: Int? = nil) -> [UInt8] {
        let offsets = data().offsets.sorted { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }
        var text = encode("\(encodingLine)\n\(count ?? offsets.count)\n")
        for (headword, offset) in offsets { text += encode("\(headword)|\(offset)\n") }
        return text
    }

    func thesaurus() throws -> Thesaurus {
        try Thesaurus(indexBytes: index(), dataBytes: data().bytes, indexFile: "th.idx", dataFile: "th.dat")
    }

    /// A French thesaurus of four headwords, one a phrase and one with two meanings.
    static var french: ThesaurusFixture {
        ThesaurusFixture(entries: [
            ["vidéo|1", "(Nom)|film|clip|séquence"],
            ["équipe|2", "(Nom)|groupe|brigade|escouade", "(Nom Verbe)|équipage"],
            ["mettre en avant|1", "(Verbe)|souligner|faire valoir|mettre en valeur"],
            ["Europe|1", "(Nom)|Vieux Continent"],
        ])
    }
}
