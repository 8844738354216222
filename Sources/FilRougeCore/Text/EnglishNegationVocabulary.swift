extension NegationVocabulary {
    /// The English words of negation, folded. In phrases, `not` stands for any `not`: `don't
    /// hurt`, `can't hurt` and `won't hurt` are all `not hurt`.
    static let english = NegationVocabulary(NegationVocabulary.Lists(
        cues: [
            "no", "never", "without", "nor", "none", "neither", "nothing", "nobody", "hardly", "barely", "scarcely",
            "nope", "nah",
        ],
        predicates: ["useless", "pointless", "unnecessary", "needless", "worthless", "superfluous", "unneeded", "overkill"],
        nots: [
            "not", "cannot", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wouldnt", "shouldnt",
            "couldnt", "cant", "wont", "havent", "hasnt", "hadnt", "mustnt", "neednt", "aint",
        ],
        terminations: [
            "but", "however", "except", "though", "although", "whereas", "yet", "instead", "rather", "unless",
            "otherwise", "before", "until", "till", "because", "since", "then", "while", "whilst", "besides", "apart",
            "nevertheless", "nonetheless",
        ],
        clauseStarts: [
            "i", "you", "he", "she", "we", "they", "it", "there", "so", "then", "because", "since", "if", "when",
            "while", "which", "let", "please", "just", "simply",
            // Contractions of a subject (`they'll`, `you're`), folded without their apostrophe; not
            // those that fold into another word (`we'll` as `well`, `I'll` as `ill`, `it's` as `its`).
            "theyll", "youll", "itll", "theyre", "youre", "im", "thats", "theres", "hes", "shes", "ive", "youve",
            "weve", "theyve", "youd", "theyd",
        ],
        subordinators: ["who", "which", "whom", "whose", "if", "when", "because", "since", "what", "why", "how", "where"],
        coordinators: ["and", "or", "nor"],
        fillers: [
            "i", "you", "he", "she", "we", "they", "it", "that", "this", "is", "was", "be", "been", "am", "are",
            "would", "will", "do", "does", "did", "really", "totally", "completely", "absolutely", "honestly",
            "frankly", "quite", "very", "at", "all", "sure", "certain", "convinced", "a", "an", "the", "just",
            "simply", "necessarily", "definitely", "certainly", "surely", "probably", "of", "course", "so", "too",
            "much", "either", "thanks", "thank", "me", "one", "them", "actually", "personally", "well", "hmm", "oh",
            "um", "truly", "entirely", "there", "here",
        ],
        beliefs: ["think", "believe", "feel", "guess", "suppose", "say", "reckon", "want", "mean"],
        resumptives: ["it", "that", "this", "so", "one", "them", "those"],
        reversing: [
            "neglect", "ignor", "forget", "forgot", "hesitat", "afraid", "fear", "underestimat", "overlook", "wait",
            "late", "delay", "difficult", "complicat", "complex", "expensiv", "costl", "risk", "avoid", "skip",
            "stop", "quit", "abandon", "reject", "refus", "ditch",
        ],
        reversingWords: ["hard", "harder", "long"],
        pseudo: [
            "not only", "no more than", "not more than", "no fewer than", "no less than", "!not just", "!not merely", "!not simply", "not bad", "not to mention", "not a problem",
            "not useless", "not pointless", "not hurt", "not go wrong", "why ^not", "why ^not you", "why ^not we",
            "no doubt", "no matter", "no wonder", "no problem", "no problems", "no worries", "no brainer",
            "without doubt", "without a doubt", "without fail",
            "nothing but", "nothing to lose", "nothing to fear", "nothing beats", "nothing replaces", "nothing like", "nothing better",
            "nothing wrong", "never mind", "never hurts",
            "lose ^nothing", "costs ^nothing", "cost ^nothing",
        ],
        predicatePhrases: [
            "not worth", "not necessary", "not needed", "not required", "not essential", "not important",
            "not a priority", "not a good idea", "no point", "no use", "waste of", "waste of time", "waste of money",
            "waste of effort", "waste of energy", "what the ^point", "what is the ^point",
        ],
        objectPredicatePhrases: [
            "no need",
            // Verbs that set their object aside.
            "forget", "avoid", "skip", "ditch", "stop", "quit", "abandon", "reject", "give ^up",
        ],
        cuePhrases: ["i ^doubt", "we ^doubt", "no way", "no longer", "no thanks", "no thank you"],
        benefitVerbs: ["bring", "brought", "help", "work", "attract", "win", "earn", "generat", "get you", "keep"],
        negativePronouns: ["none", "neither"]
    ), readsNot: true)
}
