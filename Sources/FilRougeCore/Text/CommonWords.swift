/// The commonest words of each language (articles, pronouns, prepositions, auxiliaries), folded:
/// a keyword made only of them would meet most replies.
enum CommonWords {
    static func contains(_ folded: String, language: Language) -> Bool {
        words(of: language).contains(folded)
    }

    static func words(of language: Language) -> Set<String> {
        switch language {
        case .fr: return french
        case .en: return english
        }
    }

    /// The keys `analyzer` gives the common words of its language, to recognise their other forms
    /// by the keys and lemma keys of a reply's words.
    static func keys(with analyzer: TextAnalyzer) -> Set<String> {
        Set(words(of: analyzer.language).compactMap { analyzer.tokens(of: $0).first?.key })
    }

    static let french: Set<String> = [
        "les", "des", "une", "est", "sont", "que", "qui", "pour", "par", "dans", "sur", "avec", "tu", "ton", "ta", "tes",
        "vous", "nous", "ils", "elles", "leur", "leurs", "son", "ses", "mon", "mes", "ces", "cet", "cette", "mais", "donc",
        "car", "aussi", "tout", "tous", "toute", "toutes", "plus", "tres", "bien", "faire", "fais", "fait", "peut", "peux",
        "dois", "doit", "avoir", "etre", "as", "ai", "suis", "es", "comme", "quand", "meme", "alors", "ca", "cela", "ceci",
        "chose", "choses", "moi", "toi", "lui", "eux", "quoi", "dont", "aux", "ont", "vas", "vais", "va", "sans", "sous",
    ]

    static let english: Set<String> = [
        "the", "and", "you", "your", "for", "with", "that", "this", "are", "was", "were", "have", "has", "had", "can",
        "could", "should", "would", "will", "they", "them", "their", "she", "her", "his", "its", "our", "but", "not",
        "all", "any", "some", "more", "very", "just", "also", "about", "from", "into", "what", "which", "who", "how",
        "when", "then", "there", "here", "get", "make", "thing", "things", "it's", "don't", "dont", "yours", "out",
    ]
}
