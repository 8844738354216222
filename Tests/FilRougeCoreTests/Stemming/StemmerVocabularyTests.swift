import Foundation
import FilRougeTestSupport
import Testing
@testable import FilRougeCore

/// Checks the stemmers against the Snowball reference vocabularies in
/// `../StemmerData/` (see its README.md and licence files): line N of
/// `voc.txt` must stem to line N of `output.txt`.
@Suite("Stemmer reference vocabularies")
struct StemmerVocabularyTests {
    /// The folder of reference data.
    static let dataFolder = Repository.url("Tests/FilRougeCoreTests/StemmerData")

    /// The lines of a data file, without a trailing empty line.
    static func lines(_ relativePath: String) throws -> [String] {
        let url = dataFolder.appendingPathComponent(relativePath)
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Stems every word of `<language>/voc.txt` and compares with `<language>/output.txt`.
    static func check(_ stemmer: some Stemmer, language: String) throws {
        let words = try lines("\(language)/voc.txt")
        let expected = try lines("\(language)/output.txt")
        #expect(words.count == expected.count, "voc.txt and output.txt differ in length")
        #expect(words.count > 1000, "the \(language) vocabulary looks truncated")

        var mismatches: [String] = []
        var mismatchCount = 0
        for (word, stem) in zip(words, expected) {
            let actual = stemmer.stem(word)
            if actual != stem {
                mismatchCount += 1
                if mismatches.count < 20 {
                    mismatches.append("\(word) → expected \(stem), got \(actual)")
                }
            }
        }
        let total = min(words.count, expected.count)
        #expect(
            mismatchCount == 0,
            """
            \(language): \(mismatchCount) of \(total) words stem differently; first ones:
            \(mismatches.joined(separator: "\n"))
            """
        )
    }

    @Test("French stemmer matches the whole Snowball French vocabulary")
    func frenchVocabulary() throws {
        try Self.check(FrenchStemmer(), language: "french")
    }

    @Test("English stemmer matches the whole Snowball English vocabulary")
    func englishVocabulary() throws {
        try Self.check(EnglishStemmer(), language: "english")
    }
}
