/// The words of negation in one language, arranged for the look-ups grading makes: what part each
/// word can play, looked up once per distinct word, and the phrases by the word they are met by.
///
/// A class, so that taking a language's words is one reference, not a copy of its tables.
final class NegationVocabulary: Sendable {
    /// The lists a language's vocabulary is built from, folded (lower case, no accents).
    struct Lists {
        /// Cues that negate on their own (`pas`, `sans`, `not`, `never`).
        var cues: [String] = []
        /// French second parts after `ne` (`pas`, `plus`, `personne`).
        var secondParts: [String] = []
        /// The French `ne`.
        var particles: [String] = []
        /// Negative predicates of one word (`inutile`, `useless`).
        var predicates: [String] = []
        /// English words that say `not` (`not`, `cannot`, `dont`); words in `n't` are found by their end.
        var nots: [String] = []
        /// Words that end a scope: contrast, and linking words that start another clause.
        var terminations: [String] = []
        /// For a termination of two words, its first word by its second (`par` of `par contre`).
        var terminationLeads: [String: String] = [:]
        var clauseStarts: [String] = []
        /// Words that open a subordinate clause (`qui`, `which`).
        var subordinators: [String] = []
        var coordinators: [String] = []
        var fillers: [String] = []
        var beliefs: [String] = []
        var clitics: [String] = []
        var resumptives: [String] = []
        var nounMarkers: [String] = []
        /// Starts of negative words: negating them affirms what follows (`neglig`, `hesitat`).
        var reversing: [String] = []
        /// Negative words too short to be found by their start (`cher`, `hard`).
        var reversingWords: [String] = []
        var pseudo: [String] = []
        var predicatePhrases: [String] = []
        var objectPredicatePhrases: [String] = []
        var cuePhrases: [String] = []
        /// Starts of verbs of benefit (`apport`, `bring`): negated, they say that their subject is
        /// of no use (*TikTok ne t'apportera aucun client*), as a negative predicate does.
        var benefitVerbs: [String] = []
        /// Negative words that stand for an idea named before (*Des réseaux sociaux ? Aucun ne
        /// t'aidera.*, *A newsletter? None of them reads it.*).
        var negativePronouns: [String] = []
    }

    /// The roles of the words that play one whole, for one look-up per new word.
    let exactRoles: [String: NegationRoles]
    /// The phrases by the first byte of their anchor, then by anchor, longest first: a word's
    /// phrases are found by comparing it with the few anchors that start like it, without hashing it.
    let phrasesByFirstByte: [[(anchor: String, phrases: [NegationPhrase])]]
    /// The phrases anchored at any English `not`.
    let notPhrases: [NegationPhrase]
    /// For a termination of two words, its first word by its second.
    let terminationLeads: [String: String]
    /// Starts of negative words after which a negation stops: negating them affirms what follows.
    let reversing: [String]
    /// The first three letters of the reversing words.
    let reversingStarts: Set<String>
    /// Starts of verbs of benefit (see ``Lists/benefitVerbs``).
    let benefitVerbs: [String]
    /// Negative words that may stand for an idea named before.
    let negativePronouns: Set<String>
    /// True for English, whose phrases read `not` as any `not` and whose words in `n't` are cues.
    let readsNot: Bool

    init(_ lists: Lists, readsNot: Bool) {
        benefitVerbs = lists.benefitVerbs
        negativePronouns = Set(lists.negativePronouns)
        var roles: [String: NegationRoles] = [:]
        func give(_ role: NegationRoles, to words: [String]) {
            for word in words { roles[word, default: []].insert(role) }
        }
        give(.cue, to: lists.cues)
        give(.secondPart, to: lists.secondParts)
        give(.particle, to: lists.particles)
        give(.predicate, to: lists.predicates)
        give([.cue, .not], to: lists.nots)
        give(.contrast, to: lists.terminations)
        give(.clauseStart, to: lists.clauseStarts)
        give(.subordinator, to: lists.subordinators)
        give(.coordinator, to: lists.coordinators)
        give(.filler, to: lists.fillers)
        give(.belief, to: lists.beliefs)
        give(.clitic, to: lists.clitics)
        give(.resumptive, to: lists.resumptives)
        give(.nounMarker, to: lists.nounMarkers)
        give(.reversing, to: lists.reversingWords)
        var listed: [NegationPhrase] = []
        let sources: [(NegationPhrase.Role, [String])] = [
            (.pseudo, lists.pseudo), (.predicate, lists.predicatePhrases),
            (.objectPredicate, lists.objectPredicatePhrases), (.cue, lists.cuePhrases),
        ]
        for (role, list) in sources {
            listed += list.map { NegationPhrase($0, role: role, readsNot: readsNot) }
        }
        // The longest phrase first (`sans aucun doute` before `sans doute`), and phrases of one
        // length in the order listed, so that a grade never depends on how a sort breaks ties.
        let ordered = listed.indices.sorted { lhs, rhs in
            let (left, right) = (listed[lhs].words.count, listed[rhs].words.count)
            return left != right ? left > right : lhs < rhs
        }
        var phrases: [String: [NegationPhrase]] = [:]
        for index in ordered {
            phrases[listed[index].key, default: []].append(listed[index])
        }
        var byFirstByte = Array(repeating: [(anchor: String, phrases: [NegationPhrase])](), count: 256)
        for key in phrases.keys.sorted() where key != "not" {
            roles[key, default: []].insert(.phraseStart)
            byFirstByte[Int(key.utf8.first ?? 0)].append((key, phrases[key] ?? []))
        }
        self.phrasesByFirstByte = byFirstByte
        self.notPhrases = phrases["not"] ?? []
        self.exactRoles = roles
        self.terminationLeads = lists.terminationLeads
        self.reversing = lists.reversing
        self.reversingStarts = Set(lists.reversing.map(Self.start(of:)))
        self.readsNot = readsNot
    }

    /// The parts `folded` can play in negations.
    func roles(of folded: String) -> NegationRoles {
        var roles = exactRoles[folded] ?? []
        if readsNot, folded.hasSuffix("n't") { roles.formUnion([.cue, .not]) }
        // Every English `not` may start a phrase (`not only`, `don't hesitate`).
        if roles.contains(.not), !notPhrases.isEmpty { roles.insert(.phraseStart) }
        // Most words start like no negative word: one look at their first letters settles it.
        if reversingStarts.contains(Self.start(of: folded)), reversing.contains(where: folded.hasPrefix) {
            roles.insert(.reversing)
        }
        return roles
    }

    /// A word's first three characters, which every reversing start is at least as long as.
    static func start(of word: String) -> String {
        String(word.prefix(3))
    }
}
