import FilRougeCore
@testable import FilRougeDictionary
import FilRougeTestSupport
import Foundation
import Testing

/// The thesaurus files, found and read with bounds: the installed French and English thesauri
/// (which `scripts/setup` installs, so their absence is a failure), and files the tests write,
/// whole or damaged.
struct ThesaurusFilesTests {
    static func installed(_ language: String) throws -> Thesaurus {
        let files = try #require(
            InstalledThesauri.files(for: language),
            "the \(language) thesaurus (\(InstalledThesauri.package(for: language))) is not installed: run scripts/setup"
        )
        let data = try files.dataReader()
        return try Thesaurus(indexBytes: try files.indexBytes(), indexFile: files.indexPath, dataFile: files.dataPath) { offset, length in
            try data.read(at: offset, length: length)
        }
    }

    /// The synonyms of the first meaning of `word`'s first entry.
    static func firstSynonyms(of word: String, in thesaurus: Thesaurus) throws -> [String] {
        try #require(try thesaurus.entries(for: word).first?.meanings.first).terms.map(\.text)
    }

    @Test func theInstalledFrenchThesaurusIsReadAsATrainerTypes() throws {
        let french = try Self.installed("fr")
        #expect(french.dataEncoding == .utf8)
        #expect(french.index.count > 30_000)
        // In th_fr_FR_v2.dat: "équipe|1" then "(Nom Verbe)|brigade|escouade|formation|groupe|…".
        let equipe = try #require(try french.entries(for: "équipe").first)
        #expect(equipe.meanings.first?.partOfSpeech == "Nom Verbe")
        #expect(equipe.meanings.first?.terms.prefix(4).map(\.text) == ["brigade", "escouade", "formation", "groupe"])
        // Without accents, 'equipe' is both 'équipe' and 'équipé'; with them, only the one written.
        #expect(try french.entries(for: "equipe").map(\.headword) == ["équipe", "équipé"])
        #expect(try french.entries(for: "ÉQUIPE").map(\.headword) == ["équipe"])
        // "vidéo|1" then "(Nom)|…"; a phrase headword, "Moyen Âge", found in lower case.
        #expect(try french.entries(for: "vidéo").map(\.headword) == ["vidéo"])
        #expect(try french.entries(for: "moyen âge").map(\.headword) == ["Moyen Âge"])
        #expect(try french.entries(for: "impliqu").isEmpty)
    }

    @Test func theInstalledEnglishThesaurusKeepsItsNotes() throws {
        let english = try Self.installed("en")
        // In th_en_US_v2.dat: "involvement|5" then
        // "(noun)|engagement|participation|involution|group action (generic term)|non-involvement (antonym)|…".
        let meaning = try #require(try english.entries(for: "Involvement").first?.meanings.first)
        #expect(meaning.partOfSpeech == "noun")
        #expect(meaning.terms.prefix(5) == [
            ThesaurusTerm(text: "engagement"), ThesaurusTerm(text: "participation"), ThesaurusTerm(text: "involution"),
            ThesaurusTerm(text: "group action", note: "generic term"), ThesaurusTerm(text: "non-involvement", note: "antonym"),
        ])
    }

    // MARK: Files written by the tests

    static func folder() throws -> URL {
        try TemporaryFolder.create("filrouge-thesaurus")
    }

    static let data = "UTF-8\nvidéo|1\n(Nom)|film|clip\nclip|1\n(Nom)|vidéo\n"
    static let index = "UTF-8\n2\nclip|31\nvidéo|6\n"

    static func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    @Test func aFolderIsSearchedForTheFilesOfALanguage() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(InstalledThesauri.files(for: "fr", in: [folder.path]) == nil)
        try Self.write(Self.index, to: folder.appendingPathComponent("th_fr_FR_v2.idx"))
        // An index without its data is no thesaurus.
        #expect(InstalledThesauri.files(for: "fr", in: [folder.path]) == nil)
        try Self.write(Self.data, to: folder.appendingPathComponent("th_fr_FR_v2.dat"))
        let files = try #require(InstalledThesauri.files(for: "fr", in: ["/nowhere", folder.path]))
        #expect(files == ThesaurusFiles(indexPath: folder.path + "/th_fr_FR_v2.idx", dataPath: folder.path + "/th_fr_FR_v2.dat"))
        #expect(InstalledThesauri.files(for: "en", in: [folder.path]) == nil)
        #expect(InstalledThesauri.package(for: "fr") == "mythes-fr")
        #expect(InstalledThesauri.package(for: "en") == "mythes-en-us")
    }

    @Test func theDataIsReadASliceAtATimeAndNothingPastItsEnd() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dataURL = folder.appendingPathComponent("th.dat")
        try Self.write(Self.data, to: dataURL)
        let reader = try ThesaurusFiles(indexPath: "", dataPath: dataURL.path).dataReader()
        // 'vidéo|1' is 8 bytes: é takes two.
        #expect(try reader.read(at: 6, length: 8) == Array("vidéo|1".utf8))
        #expect(try reader.read(at: 31, length: 1000) == Array("clip|1\n(Nom)|vidéo\n".utf8))
        #expect(try reader.read(at: 10_000, length: 10) == [])
        #expect(throws: ThesaurusFileError.self) { try reader.read(at: -1, length: 10) }
    }

    @Test func aMissingFileOrAFolderIsAnErrorNamingIt() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = ThesaurusFiles(indexPath: folder.path + "/none.idx", dataPath: folder.path + "/none.dat")
        #expect(throws: ThesaurusFileError(path: folder.path + "/none.idx", problem: "cannot be opened (No such file or directory)")) {
            try missing.indexBytes()
        }
        #expect(throws: ThesaurusFileError(path: folder.path, problem: "is not a regular file")) {
            try ThesaurusFiles(indexPath: folder.path, dataPath: "").indexBytes()
        }
    }

    @Test func aDamagedDataFileIsReportedWithItsPath() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let indexURL = folder.appendingPathComponent("th.idx"), dataURL = folder.appendingPathComponent("th.dat")
        try Self.write(Self.index, to: indexURL)
        // Truncated in the middle of the entry of 'clip'.
        try Self.write(String(Self.data.dropLast(5)), to: dataURL)
        let files = ThesaurusFiles(indexPath: indexURL.path, dataPath: dataURL.path)
        let data = try files.dataReader()
        let thesaurus = try Thesaurus(indexBytes: try files.indexBytes(), indexFile: indexURL.path, dataFile: dataURL.path) { offset, length in
            try data.read(at: offset, length: length)
        }
        #expect(try thesaurus.entries(for: "video").first?.meanings.first?.terms.map(\.text) == ["film", "clip"])
        #expect(throws: ThesaurusError(file: dataURL.path, problem: "the entry of 'clip' (at byte 31) declares 1 meaning, but the file ends after 0")) {
            try thesaurus.entries(for: "clip")
        }
    }

    @Test func anISO88591ThesaurusOnDiskIsReadAsItDeclares() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // é is the single byte 0xE9 in ISO-8859-1: 'vidéo|1' is 7 bytes, the entry of 'clip' at 38.
        let latin1 = { (text: String) in Data(text.unicodeScalars.map { UInt8($0.value) }) }
        try latin1("ISO8859-1\n2\nclip|38\nvidéo|10\n").write(to: folder.appendingPathComponent("th_fr_FR_v2.idx"))
        try latin1("ISO8859-1\nvidéo|1\n(Nom)|film|séquence\nclip|1\n(Nom)|vidéo\n").write(to: folder.appendingPathComponent("th_fr_FR_v2.dat"))
        let files = try #require(InstalledThesauri.files(for: "fr", in: [folder.path]))
        let data = try files.dataReader()
        let thesaurus = try Thesaurus(indexBytes: try files.indexBytes(), indexFile: files.indexPath, dataFile: files.dataPath) { offset, length in
            try data.read(at: offset, length: length)
        }
        #expect(thesaurus.dataEncoding == .latin1)
        #expect(try Self.firstSynonyms(of: "Vidéo", in: thesaurus) == ["film", "séquence"])
        #expect(try Self.firstSynonyms(of: "clip", in: thesaurus) == ["vidéo"])
    }
}
