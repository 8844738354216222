/// The commonest words of each language: articles, prepositions, pronouns, auxiliaries, conjunctions
/// and everyday adverbs, which almost every reply contains whatever it says.
///
/// A keyword made only of them (`de la`, `the`, `est`) would meet most replies, so `filrouge check`
/// warns about it (`common-keyword`). Negation words (`pas`, `rien`, `jamais`, `not`, `never`,
/// `nothing`…) are left out on purpose: a keyword that says a negation means it, and the rubric
/// reads it as one (see docs/scenario-format.md, Negations). The lists are written by hand rather
/// than taken from a corpus, so that each entry is a word a trainer would agree carries no idea.
public enum CommonWords {
    /// The common words of `language`, folded as the text analysis folds words (no capitals, no accents).
    public static func words(of language: Language) -> Set<String> {
        switch language {
        case .fr: return french
        case .en: return english
        }
    }

    /// True when `word` (folded) is one of the commonest words of `language`.
    public static func contains(_ word: String, in language: Language) -> Bool {
        words(of: language).contains(word)
    }

    /// True when `word` (folded) is a function word of `language`: an article, a determiner, a
    /// preposition, a pronoun, an auxiliary or a conjunction. Two of them side by side (`de la`,
    /// `of the`, `il est`) are in most replies; two adverbs, or an adverb and a function word
    /// (`pourquoi tu`, `not yet`), are far rarer, and often name an idea.
    public static func isFunctionWord(_ word: String, in language: Language) -> Bool {
        switch language {
        case .fr: return frenchFunction.contains(word)
        case .en: return englishFunction.contains(word)
        }
    }

    static let french: Set<String> = frenchFunction.union(frenchAdverbs.map(TextFolder.fold))
    static let english: Set<String> = englishFunction.union(englishAdverbs.map(TextFolder.fold))
    static let frenchFunction: Set<String> = Set(frenchWords.map(TextFolder.fold))
    static let englishFunction: Set<String> = Set(englishWords.map(TextFolder.fold))

    private static let frenchWords: [String] = [
        // Articles and determiners.
        "le", "la", "les", "un", "une", "des", "du", "au", "aux", "ce", "cet", "cette", "ces",
        "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos",
        "leur", "leurs", "quel", "quelle", "quels", "quelles", "tout", "toute", "tous", "toutes",
        "chaque", "quelque", "quelques", "certains", "certaines", "autre", "autres", "même", "mêmes",
        "plusieurs", "tel", "telle",
        // Prepositions.
        "à", "de", "en", "dans", "par", "pour", "sur", "sous", "avec", "chez", "entre", "vers",
        "depuis", "pendant", "après", "avant", "selon", "dès", "contre", "parmi", "jusque", "envers",
        // Pronouns.
        "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "me", "te", "se", "moi",
        "toi", "lui", "eux", "y", "ça", "cela", "ceci", "celui", "celle", "ceux", "celles", "qui",
        "que", "quoi", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles", "soi",
        "chacun", "chacune", "quelqu'un",
        // Auxiliaries and the commonest verbs' forms.
        "être", "suis", "es", "est", "sommes", "êtes", "sont", "étais", "était", "étaient", "été",
        "sera", "serait", "seront", "soit", "sois", "avoir", "ai", "as", "a", "avons", "avez",
        "ont", "avais", "avait", "avaient", "eu", "aura", "aurait", "auront", "ait", "aie",
        "va", "vais", "vas", "vont", "peut", "peux", "faut", "dois", "doit", "veux", "veut",
        // Conjunctions.
        "et", "ou", "mais", "donc", "or", "car", "si", "comme", "quand", "lorsque", "puisque",
        "parce", "alors", "ainsi", "puis", "ensuite", "sinon", "quoique",
    ]

    /// Adverbs and interjections: too common to name an idea alone.
    private static let frenchAdverbs: [String] = [
        "très", "trop", "peu", "beaucoup", "bien", "aussi", "encore", "déjà", "là", "ici",
        "vraiment", "assez", "tant", "tellement", "plutôt", "surtout", "presque", "enfin", "oui",
        "voilà", "voici", "comment", "pourquoi", "combien", "juste", "seulement", "autant", "moins",
        "plus", "certes", "bref", "oh", "ah", "bon", "eh", "bah", "ben", "hein",
    ]

    private static let englishWords: [String] = [
        // Articles and determiners.
        "the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her", "its",
        "our", "their", "some", "any", "each", "every", "all", "both", "either", "much", "many",
        "more", "most", "few", "less", "such", "what", "which", "whose", "other", "another",
        "same", "several",
        // Prepositions.
        "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "about", "as",
        "over", "under", "up", "down", "out", "off", "through", "between", "after", "before",
        "during", "since", "until", "upon", "within", "against", "among", "around", "behind",
        "across", "along", "towards", "toward", "via", "per", "than", "like",
        // Pronouns.
        "i", "me", "you", "he", "him", "she", "it", "we", "us", "they", "them", "myself",
        "yourself", "himself", "herself", "itself", "ourselves", "themselves", "mine", "yours",
        "hers", "ours", "theirs", "who", "whom", "someone", "something", "anyone", "anything",
        "everyone", "everything", "one", "there",
        // Auxiliaries, modals and the commonest verbs' forms.
        "be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having",
        "do", "does", "did", "done", "will", "would", "shall", "should", "can", "could", "may",
        "might", "must", "i'm", "you're", "we're", "they're", "i've", "you've", "we've", "i'll",
        "you'll", "i'd", "you'd",
        // Conjunctions.
        "and", "or", "but", "so", "if", "because", "while", "when", "where", "whether", "though",
        "although", "unless", "then", "yet", "also",
    ]

    /// Adverbs and interjections: too common to name an idea alone.
    private static let englishAdverbs: [String] = [
        "how", "why",
        "very", "too", "quite", "really", "just", "only", "even", "here", "well", "yes", "maybe",
        "perhaps", "rather", "almost", "enough", "ever", "actually", "simply", "probably", "oh",
        "ok", "okay", "anyway", "indeed", "else",
    ]
}
