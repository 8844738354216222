@testable import FilRougeCore

/// Reads a text's negations the way the negation tests compare them: as short strings.
enum NegationProbe {
    /// Each cue as `kind: its words → the words it covers`, words as written.
    static func cues(_ text: String, _ language: Language) -> [String] {
        let tokens = TextAnalyzer(language: language).tokens(of: text)
        return NegationDetector(language: language).cues(in: tokens).map { cue in
            let words = cue.words.map { tokens[$0].text }.joined(separator: " ")
            let scope = cue.scope.map { tokens[$0].text }.joined(separator: " ")
            return "\(cue.kind.rawValue): \(words) → \(scope)"
        }
    }

    /// The words of `text` inside a negation, as written.
    static func negated(_ text: String, _ language: Language) -> [String] {
        TextAnalyzer(language: language).tokens(of: text).filter(\.isNegated).map(\.text)
    }
}
