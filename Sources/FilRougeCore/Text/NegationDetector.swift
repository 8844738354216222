/// Finds negations and the words they cover, so that *je n'ai pas besoin d'un site web* does not earn
/// credit for *site web*, while *non seulement un site web* or *not only a website* still does.
///
/// The design is NegEx's (Chapman et al.) as AP-HP's edsnlp adapted it to French, with the negative
/// predicates of ConText. Each cue has a kind (see ``NegationCue/Kind``):
///
/// - *preceding* cues negate what follows them: `ne … pas`, `plus`, `jamais`, `rien`, `aucun`,
///   `personne`, `guère`, and `pas`, `sans`, `ni`, `non`, `jamais`, `aucun`, `rien` alone; `not`,
///   `n't`, `no`, `never`, `without`, `nor`, `none`, `nothing`, `hardly`, `cannot`.
/// - *following* cues negate what comes before them: a cue with no idea after it in its clause
///   (*… je ne pense pas*, *… pas du tout*, *… not really*, *… I don't think so*). Standing alone
///   right after a question or a fragment, it negates that (*Un site ? Je ne pense pas.*).
/// - *predicates* negate the idea they are said of, after them (*inutile de créer un site*, *no
///   need for a website*) and before them in their clause, past a comma, or in the question they
///   answer (*Un site web, c'est inutile.*, *A newsletter? Pointless.*); `pas besoin`, `no need`
///   and the verbs that set their object aside (`oublie`, `évite`, `forget`, `avoid`) negate only
///   what follows them.
/// - *pseudo*-negations look like negations and are not: `pourquoi pas`, `pas mal`, `non
///   seulement`, `ne … que` (only), `sans doute`; `why not`, `not only`, `no doubt`. A negated
///   negative word negates only itself: *n'hésite pas à créer un site* recommends a site.
///
/// A scope runs to the end of its clause: up to punctuation that ends one, a word of contrast
/// (`mais`, `par contre`, `but`, `however`), a comma that starts another clause, or the next
/// negation, through every member of a list (`X, Y ou Z`, `ni X ni Y`), and never further than
/// ``scopeLength`` words.
public struct NegationDetector: Sendable {
    public let language: Language

    /// How many words a scope covers at most on each side of its cue: more than any clause
    /// learners write, and a bound on the time a reply takes whatever its length.
    public static let scopeLength = 40

    public init(language: Language) {
        self.language = language
    }

    /// Marks the cues and the negated words of `tokens`.
    public func mark(_ tokens: inout [Token]) {
        var record = NoNegationRecord()
        scan(&tokens, recording: &record)
    }

    /// The negations of `tokens`, each with its kind, its words and the words it covers, in the
    /// order of the text; pseudo-negations included.
    public func cues(in tokens: [Token]) -> [NegationCue] {
        var tokens = tokens
        for index in tokens.indices {
            tokens[index].isNegationCue = false
            tokens[index].negatedBy = nil
            tokens[index].isNegationInsert = false
            tokens[index].isNegatedCueWord = false
        }
        var list = NegationCueList()
        scan(&tokens, recording: &list)
        // Each covered word names the first word of its cue: one pass gathers every scope, where
        // reading all the words again for each cue took minutes on a reply made of negations.
        var scopes: [Int: [Int]] = [:]
        for index in tokens.indices {
            if let head = tokens[index].negatedBy { scopes[head, default: []].append(index) }
        }
        return list.cues.map { cue in
            var cue = cue
            if let head = cue.words.first { cue.scope = scopes[head] ?? [] }
            return cue
        }
    }

    private func scan<Recording: NegationRecording>(_ tokens: inout [Token], recording: inout Recording) {
        let vocabulary = Self.vocabulary(for: language)
        let french = language == .fr
        tokens.withUnsafeMutableBufferPointer { buffer in
            NegationScan(tokens: buffer, vocabulary: vocabulary, french: french).run(&recording)
        }
    }

    /// The parts `folded` can play in negations of `language`.
    static func roles(of folded: String, language: Language) -> NegationRoles {
        vocabulary(for: language).roles(of: folded)
    }

    static func vocabulary(for language: Language) -> NegationVocabulary {
        language == .fr ? .french : .english
    }
}
