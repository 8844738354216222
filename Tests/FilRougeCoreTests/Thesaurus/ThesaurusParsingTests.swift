import Testing
@testable import FilRougeCore

/// Reading the LibreOffice thesaurus format from bytes: the index, the entries, both encodings,
/// lookups as a trainer types them, and damaged files refused with a message that names the file.
struct ThesaurusParsingTests {
    @Test func anEntryGivesItsMeaningsWithTheirPartsOfSpeech() throws {
        let thesaurus = try ThesaurusFixture.french.thesaurus()
        #expect(thesaurus.index.count == 4)
        #expect(try thesaurus.entries(for: "équipe") == [
            ThesaurusEntry(headword: "équipe", meanings: [
                ThesaurusMeaning(partOfSpeech: "Nom", terms: [.init(text: "groupe"), .init(text: "brigade"), .init(text: "escouade")]),
                ThesaurusMeaning(partOfSpeech: "Nom Verbe", terms: [.init(text: "équipage")]),
            ]),
        ])
    }

    @Test func aPhraseIsLookedUpWholeAndItsSynonymsArePhrases() throws {
        let thesaurus = try ThesaurusFixture.french.thesaurus()
        let entries = try thesaurus.entries(for: "mettre en avant")
        #expect(entries.map(\.headword) == ["mettre en avant"])
        #expect(entries.first?.meanings.first?.terms.map(\.text) == ["souligner", "faire valoir", "mettre en valeur"])
        #expect(try thesaurus.entries(for: "mettre").isEmpty)
        #expect(try thesaurus.entries(for: "avant").isEmpty)
    }

    @Test func capitalsAndAccentsAreForgivenButAnExactHeadwordComesFirst() throws {
        let thesaurus = try ThesaurusFixture.french.thesaurus()
        #expect(try thesaurus.entries(for: "vidéo").map(\.headword) == ["vidéo"])
        #expect(try thesaurus.entries(for: "VIDÉO").map(\.headword) == ["vidéo"])
        #expect(try thesaurus.entries(for: "Vidéo").map(\.headword) == ["vidéo"])
        #expect(try thesaurus.entries(for: "video").map(\.headword) == ["vidéo"])
        #expect(try thesaurus.entries(for: "equipe").map(\.headword) == ["équipe"])
        #expect(try thesaurus.entries(for: "europe").map(\.headword) == ["Europe"])
        #expect(try thesaurus.entries(for: "vidéos").isEmpty)
    }

    @Test func headwordsThatDifferOnlyByAccentsAreAllFoundUnlessOneIsWrittenExactly() throws {
        let fixture = ThesaurusFixture(entries: [
            ["côte|1", "(Nom)|rivage"],
            ["coté|1", "(Adjectif)|estimé"],
        ])
        let thesaurus = try fixture.thesaurus()
        #expect(try thesaurus.entries(for: "cote").map(\.headword) == ["coté", "côte"])
        #expect(try thesaurus.entries(for: "côte").map(\.headword) == ["côte"])
    }

    @Test func anISO88591ThesaurusIsReadAsItDeclares() throws {
        var fixture = ThesaurusFixture.french
        fixture.encodingLine = "ISO8859-1"
        fixture.encode = ThesaurusFixture.latin1
        let thesaurus = try fixture.thesaurus()
        #expect(thesaurus.dataEncoding == .latin1)
        #expect(try thesaurus.entries(for: "equipe").first?.meanings.last?.terms == [ThesaurusTerm(text: "équipage")])
        #expect(try thesaurus.entries(for: "vidéo").first?.meanings.first?.terms.map(\.text) == ["film", "clip", "séquence"])
    }

    @Test func theEnglishNotesAreReadAndAntonymsAndBroaderTermsAreNoSynonyms() throws {
        let fixture = ThesaurusFixture(entries: [
            ["involvement|1", "(noun)|engagement|participation|group action (generic term)|nonparticipation (antonym)|interest (similar term)"],
        ])
        let terms = try #require(try fixture.thesaurus().entries(for: "Involvement").first?.meanings.first?.terms)
        #expect(terms == [
            ThesaurusTerm(text: "engagement"), ThesaurusTerm(text: "participation"),
            ThesaurusTerm(text: "group action", note: "generic term"), ThesaurusTerm(text: "nonparticipation", note: "antonym"),
            ThesaurusTerm(text: "interest", note: "similar term"),
        ])
        #expect(terms.filter(\.isSynonym).map(\.text) == ["engagement", "participation", "interest"])
    }

    @Test func windowsLineBreaksAreRead() throws {
        var fixture = ThesaurusFixture.french
        fixture.encode = { Array($0.replacingOccurrences(of: "\n", with: "\r\n").utf8) }
        #expect(try fixture.thesaurus().entries(for: "vidéo").first?.meanings.first?.terms.map(\.text) == ["film", "clip", "séquence"])
    }

    // MARK: Damaged files

    /// The error a thesaurus built from `index` and `data` (or a lookup of `word` in it) throws.
    static func error(index: [UInt8], data: [UInt8], lookingUp word: String = "vidéo") -> ThesaurusError? {
        do {
            let thesaurus = try Thesaurus(indexBytes: index, dataBytes: data, indexFile: "th.idx", dataFile: "th.dat")
            _ = try thesaurus.entries(for: word)
            return nil
        } catch {
            return error as? ThesaurusError
        }
    }

    @Test func anIndexWithAnUnknownEncodingOrNoCountIsRefused() {
        let data = ThesaurusFixture.french.data().bytes
        #expect(Self.error(index: Array("KOI8-R\n1\nvidéo|7\n".utf8), data: data)
            == ThesaurusError(file: "th.idx", problem: "its first line declares the encoding 'KOI8-R', which is not one this reader reads (UTF-8 or ISO-8859-1)"))
        #expect(Self.error(index: [], data: data) == ThesaurusError(file: "th.idx", problem: "the file is empty (its first line should name its encoding)"))
        #expect(Self.error(index: Array("UTF-8\nmany\n".utf8), data: data) == ThesaurusError(file: "th.idx", problem: "line 2 should give the number of headwords"))
        #expect(Self.error(index: Array("UTF-8\n1\nvidéo\n".utf8), data: data) == ThesaurusError(file: "th.idx", problem: "line 3 is not 'headword|offset'"))
    }

    @Test func anIndexWhoseCountIsWrongOrHugeIsRefused() {
        let fixture = ThesaurusFixture.french
        #expect(Self.error(index: fixture.index(count: 3), data: fixture.data().bytes)
            == ThesaurusError(file: "th.idx", problem: "line 2 declares 3 headwords, but the file lists 4"))
        #expect(Self.error(index: fixture.index(count: 999_999_999_999_999), data: fixture.data().bytes)
            == ThesaurusError(file: "th.idx", problem: "line 2 declares 999999999999999 headwords, but the file lists 4"))
        #expect(Self.error(index: Array("UTF-8\n99999999999999999999\n".utf8), data: fixture.data().bytes)
            == ThesaurusError(file: "th.idx", problem: "line 2 should give the number of headwords"))
    }

    @Test func aFileNotInTheEncodingItDeclaresIsRefused() {
        var latin = ThesaurusFixture.french
        latin.encode = ThesaurusFixture.latin1
        // Declared UTF-8, written in ISO-8859-1: é is the byte 0xE9, never valid UTF-8 alone.
        #expect(Self.error(index: latin.index(), data: latin.data().bytes)
            == ThesaurusError(file: "th.idx", problem: "line 5 is not valid UTF-8, the encoding its first line declares"))
        let index = ThesaurusFixture.french.index()
        #expect(Self.error(index: index, data: latin.data().bytes, lookingUp: "vidéo")
            == ThesaurusError(file: "th.dat", problem: "the first line of the entry of 'vidéo' (at byte 6) is not valid UTF-8, the encoding the file declares"))
        var badMeaning = ThesaurusFixture(entries: [["clip|1", "(Nom)|vidéo"]])
        let goodIndex = badMeaning.index()
        badMeaning.encode = ThesaurusFixture.latin1
        #expect(Self.error(index: goodIndex, data: badMeaning.data().bytes, lookingUp: "clip")
            == ThesaurusError(file: "th.dat", problem: "meaning 1 of the entry of 'clip' (at byte 6) is not valid UTF-8, the encoding the file declares"))
    }

    @Test func anOffsetPastTheEndOrIntoAnotherEntryIsRefused() {
        let fixture = ThesaurusFixture.french
        let data = fixture.data().bytes
        #expect(Self.error(index: Array("UTF-8\n1\nvidéo|99999\n".utf8), data: data)
            == ThesaurusError(file: "th.dat", problem: "the index points at byte 99999 for 'vidéo', past the end of the file"))
        let equipe = fixture.data().offsets.first { $0.0 == "équipe" }?.1 ?? 0
        #expect(Self.error(index: Array("UTF-8\n1\nvidéo|\(equipe)\n".utf8), data: data)
            == ThesaurusError(file: "th.dat", problem: "the index points at byte \(equipe) for 'vidéo', but the entry there is 'équipe'"))
        // Byte 8 is in the middle of the headword 'vidéo': its line reads 'déo|1'.
        #expect(Self.error(index: Array("UTF-8\n1\nvidéo|8\n".utf8), data: data)
            == ThesaurusError(file: "th.dat", problem: "the index points at byte 8 for 'vidéo', but the entry there is 'déo'"))
        // Byte 18 is in the middle of the meaning line '(Nom)|film|clip|séquence'.
        #expect(Self.error(index: Array("UTF-8\n1\nvidéo|18\n".utf8), data: data)
            == ThesaurusError(file: "th.dat", problem: "the index points at byte 18 for 'vidéo', where no line 'headword|count' starts"))
    }

    @Test func anEntryCutShortOrCountingTooManyMeaningsIsRefused() {
        let fixture = ThesaurusFixture(entries: [["vidéo|3", "(Nom)|film", "(Nom)|clip"]])
        #expect(Self.error(index: fixture.index(), data: fixture.data().bytes)
            == ThesaurusError(file: "th.dat", problem: "the entry of 'vidéo' (at byte 6) declares 3 meanings, but the file ends after 2"))
        // The count runs into the next entry.
        let overlapping = ThesaurusFixture(entries: [["vidéo|2", "(Nom)|film"], ["film|1", "(Nom)|vidéo"]])
        #expect(Self.error(index: overlapping.index(), data: overlapping.data().bytes)
            == ThesaurusError(file: "th.dat", problem: "the entry of 'vidéo' (at byte 6) declares 2 meanings, but its line 3 is not a meaning '(part of speech)|term|…'"))
        // A file truncated in the middle of a meaning line, or of the first line.
        let whole = ThesaurusFixture(entries: [["vidéo|2", "(Nom)|film", "(Nom)|clip"]]).data().bytes
        #expect(Self.error(index: fixture.index(), data: Array(whole.dropLast(4)))
            == ThesaurusError(file: "th.dat", problem: "the entry of 'vidéo' (at byte 6) declares 2 meanings, but the file ends after 1"))
        #expect(Self.error(index: fixture.index(), data: Array(whole.prefix(12)))
            == ThesaurusError(file: "th.dat", problem: "the file ends in the middle of the first line of the entry of 'vidéo' (at byte 6)"))
    }

    @Test func aHugeCountIsBoundedByTheBytesReadNotTrusted() {
        let fixture = ThesaurusFixture(entries: [["vidéo|999999999999999", "(Nom)|film"]])
        #expect(Self.error(index: fixture.index(), data: fixture.data().bytes)
            == ThesaurusError(file: "th.dat", problem: "the entry of 'vidéo' (at byte 6) declares 999999999999999 meanings, but the file ends after 1"))
        // The same entry followed by 100 KB of meanings: only the first 64 KB are read.
        let long = ThesaurusFixture(entries: [["vidéo|999999999999999"] + Array(repeating: "(Nom)|film|clip|séquence|court métrage", count: 3000)])
        #expect(Self.error(index: long.index(), data: long.data().bytes)
            == ThesaurusError(file: "th.dat", problem: "the entry of 'vidéo' (at byte 6) declares 999999999999999 meanings, more than 64 KB can hold"))
    }

    @Test func aDataFileWithAnUnknownEncodingIsRefusedWhenOpened() {
        var fixture = ThesaurusFixture.french
        let index = fixture.index()
        fixture.encodingLine = "EBCDIC"
        #expect(Self.error(index: index, data: fixture.data().bytes)
            == ThesaurusError(file: "th.dat", problem: "its first line declares the encoding 'EBCDIC', which is not one this reader reads (UTF-8 or ISO-8859-1)"))
    }
}
