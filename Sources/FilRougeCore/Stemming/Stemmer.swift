/// Reduces a word to its stem, so that inflected and derived forms of one word
/// ("facturation", "factures", "facturer") compare equal when matching text.
///
/// A stemmer is a pure function of one word: it takes a single lowercase word,
/// as found in the vocabularies and in tokenised replies, and returns its stem.
/// Stems are keys for comparison, not words to show: they need not be real words.
public protocol Stemmer: Sendable {
    /// Returns the stem of `word`, a single lowercase word without surrounding spaces.
    func stem(_ word: String) -> String
}
