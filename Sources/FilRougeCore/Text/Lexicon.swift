import Foundation
import Synchronization

/// What the analyzer knows about a word, worked out once per distinct word and remembered: its stem,
/// whether it is a number, and what role it can play in a negation. Stemming costs far more than a
/// look-up, and learners use the same few thousand words over and over, so grading spends its time on
/// the words that are new.
final class Lexicon: Sendable {
    struct Entry: Sendable {
        /// The comparison key: the word's stem, folded.
        let key: String
        let roles: NegationRoles
        /// The value of a number word (`cinquante`), if it is one.
        let number: Int?
    }

    private let language: Language
    private let keyForm: @Sendable (String) -> String
    private let entries = Mutex<[String: Entry]>([:])
    /// Beyond this many words the lexicon starts afresh, so that memory stays bounded whatever the input.
    private let capacity: Int

    init(language: Language, keyForm: @escaping @Sendable (String) -> String, capacity: Int = 100_000) {
        self.language = language
        self.keyForm = keyForm
        self.capacity = capacity
    }

    /// What is known of an ASCII word, given folded (lower case, which is all a stemmer needs of it).
    func entry(asciiFolded folded: String) -> Entry {
        entry(written: folded, folded: folded)
    }

    /// What is known of a word, given as written and folded. Stemmers read accents (French `-ée`),
    /// so the stem is taken of the word in lower case with its accents, then folded.
    func entry(written: String, folded: String) -> Entry {
        if let known = entries.withLock({ $0[written] }) { return known }
        let lowercased = written.utf8.allSatisfy { $0 < 0x80 } ? folded : written.precomposedStringWithCanonicalMapping.lowercased()
        let entry = Entry(
            key: TextFolder.fold(keyForm(lowercased)),
            roles: NegationDetector.roles(of: folded, language: language),
            number: NumberWords.value(of: folded, language: language)
        )
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[written] = entry
        }
        return entry
    }

    static let french = Lexicon(language: .fr, keyForm: { FrenchStemmer().stem($0) })
    static let english = Lexicon(language: .en, keyForm: { EnglishStemmer().stem($0) })

    static func shared(for language: Language) -> Lexicon {
        language == .fr ? french : english
    }
}

/// The parts a word can play in a negation, looked up once per word.
public struct NegationRoles: OptionSet, Sendable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Negates on its own (`pas`, `sans`, `not`, `never`, `don't`).
    public static let cue = NegationRoles(rawValue: 1)
    /// Completes a French `ne` (`pas`, `plus`, `jamais`…).
    public static let secondPart = NegationRoles(rawValue: 2)
    /// Ends a negation's scope (`mais`, `but`).
    public static let contrast = NegationRoles(rawValue: 4)
    /// Negative in itself: negating it affirms what follows (`négliger`, `hesitate`).
    public static let reversing = NegationRoles(rawValue: 8)
    /// The French particle `ne`.
    public static let particle = NegationRoles(rawValue: 16)
}
