/// One meaning of a thesaurus entry: a line `(part of speech)|term|term…` of the data file.
public struct ThesaurusMeaning: Equatable, Sendable {
    /// What the thesaurus puts in brackets at the start of the line, without them: a part of speech
    /// (`Nom`, `Verbe`, `noun`, `adj`), several (`Adjectif Nom`), or `?`; empty when there is none.
    public var partOfSpeech: String
    public var terms: [ThesaurusTerm]

    public init(partOfSpeech: String, terms: [ThesaurusTerm]) {
        self.partOfSpeech = partOfSpeech
        self.terms = terms
    }

    /// Reads a meaning line, already decoded.
    init(line: String) {
        var fields = line.split(separator: "|", omittingEmptySubsequences: false)
        var partOfSpeech = ""
        if let first = fields.first?.trimmingSpaces, first.hasPrefix("("), first.hasSuffix(")"), first.count >= 2 {
            partOfSpeech = String(first.dropFirst().dropLast())
            fields.removeFirst()
        } else if let first = fields.first, first.trimmingSpaces.isEmpty {
            fields.removeFirst()
        }
        self.init(
            partOfSpeech: partOfSpeech,
            terms: fields.map(ThesaurusTerm.init(field:)).filter { !$0.text.isEmpty }
        )
    }
}
