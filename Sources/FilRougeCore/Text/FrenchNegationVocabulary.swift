extension NegationVocabulary {
    /// The French words of negation, folded. Learners answer a client in everyday French: the lists
    /// hold what they write (`pas besoin`, `ça sert à rien`, `je pense pas`), spoken forms included.
    static let french = NegationVocabulary(NegationVocabulary.Lists(
        cues: [
            "pas", "sans", "ni", "non", "nan", "jamais", "aucun", "aucune", "aucuns", "aucunes", "rien",
            "nullement", "aucunement", "guere",
        ],
        secondParts: [
            "pas", "plus", "jamais", "rien", "aucun", "aucune", "personne", "guere", "nullement", "aucunement",
            "point", "ni",
        ],
        particles: ["ne"],
        predicates: [
            "inutile", "inutiles", "superflu", "superflue", "superflus", "superflues", "nul", "nulle", "nuls", "nulles",
        ],
        terminations: [
            "mais", "cependant", "pourtant", "toutefois", "neanmoins", "sauf", "excepte", "hormis", "plutot", "sinon",
            "avant", "tant", "alors", "puis", "ensuite", "car", "parce", "puisque", "quand", "lorsque", "tandis",
            "contre", "revanche", "lieu",
        ],
        terminationLeads: ["contre": "par", "revanche": "en", "lieu": "au"],
        clauseStarts: [
            "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ca", "cela", "ceci", "ce", "moi", "toi",
            "si", "donc", "puis", "ensuite", "enfin", "alors", "car", "comme", "quand", "lorsque", "parce", "puisque",
            "mieux", "voila", "faut", "lui", "me", "te", "se",
        ],
        subordinators: [
            "qui", "que", "dont", "lequel", "laquelle", "lesquels", "lesquelles", "si", "quand", "lorsque", "parce",
            "puisque", "comme", "pourquoi", "comment",
        ],
        coordinators: ["et", "ou", "ni"],
        fillers: [
            "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "moi", "toi", "lui", "ce", "ca", "cela",
            "ceci", "le", "la", "les", "en", "y", "leur", "me", "te", "se", "est", "etait", "serait", "sera", "sont",
            "seraient", "suis", "es", "un", "une", "franchement", "vraiment", "totalement", "completement",
            "absolument", "honnetement", "clairement", "carrement", "surtout", "tout", "du", "trop", "plus", "non",
            "perso", "personnellement", "sur", "sure", "surs", "sures", "certain", "certaine", "convaincu",
            "convaincue", "tres", "bien", "assez", "forcement", "necessairement", "merci", "encore", "toujours",
            "bof", "euh", "bah", "ben", "hmm", "oh", "ah", "certainement", "surement", "evidemment", "strictement",
        ],
        beliefs: [
            "pense", "penses", "pensait", "pensais", "penserais", "pensons", "pensez", "crois", "croit", "croyais",
            "croirais", "croyons", "croyez", "trouve", "trouves", "trouvais", "trouverais", "vois", "voit", "voyais",
            "semble", "semblait", "estime", "imagine", "veux", "veut", "voulais", "voudrais", "voulons", "voulez",
            "faut", "faudrait", "fallait", "souhaite", "souhaiterais", "dis", "dit", "dirais",
        ],
        clitics: ["le", "la", "les", "lui", "leur", "y", "en", "me", "te", "se", "nous", "vous"],
        resumptives: ["ca", "cela", "ceci"],
        nounMarkers: [
            "un", "le", "les", "des", "du", "au", "ce", "ces", "mon", "ton", "son", "mes", "tes", "ses", "nos", "vos",
            "leurs", "premier", "premiers", "petit", "petits", "grand", "grands", "faux", "bon", "bons", "meme",
            "dernier", "derniers", "deux", "trois", "quelques", "mauvais", "gros",
        ],
        reversing: [
            "neglig", "oubli", "ignor", "hesit", "peur", "craind", "sousestim", "tard", "attend", "delaiss", "manqu",
            "compliqu", "difficil", "couteu", "sorcier", "risqu", "evit", "abandon", "renonc", "ecart", "rejet",
            "arret",
        ],
        reversingWords: ["cher", "chere", "chers", "cheres", "dur", "dure", "durs", "dures", "long", "longue"],
        pseudo: [
            "pas mal", "!pas plus", "!pas moins", "pas seulement", "pas uniquement", "pas simplement", "pas a pas", "pas de doute",
            "pas de souci", "pas de soucis", "pas de probleme", "pas de panique", "pas d'inquietude",
            "pas de stress", "pas inutile", "pas negligeable", "pas superflu", "pas bete", "pas idiot",
            "pourquoi ^pas", "pourquoi ^ne pas", "non seulement", "non plus", "non negligeable", "sans doute", "sans aucun doute",
            "sans compter", "sans probleme", "sans souci", "sans faute", "rien a perdre", "rien a craindre",
            "rien que", "rien ne vaut", "rien ne remplace", "rien ne remplacera", "rien ne remplacerait", "rien de tel", "rien de mieux", "rien de plus simple",
            "rien de plus facile", "rien n'empeche", "rien ne t'empeche", "rien ne vous empeche", "aucun doute",
            "perds rien", "perdras rien", "perd rien", "perdrais rien", "coute rien", "coutera rien", "coutent rien",
            "aucun probleme", "aucun souci", "aucune hesitation", "nul doute", "n'^importe",
        ],
        predicatePhrases: [
            "pas necessaire", "pas utile", "pas indispensable", "pas obligatoire", "pas important", "pas prioritaire",
            "pas une priorite", "pas une bonne idee", "pas la peine", "pas le coup", "pas d'interet", "pas question",
            "aucun interet", "aucune utilite", "aucune importance", "sans interet",
            "sert a rien", "servent a rien", "servira a rien", "servirait a rien", "serviront a rien",
            "sert pas a grand chose", "servent pas a grand chose", "sert a pas grand chose",
            "vaut pas la peine", "vaut pas le coup", "valent pas la peine", "valent pas le coup", "vaut rien",
            "a ^quoi bon", "perte de temps", "perte d'argent", "perte d'energie", "hors de question",
        ],
        objectPredicatePhrases: [
            "pas besoin", "aucun besoin", "nul besoin", "pas forcement besoin", "pas vraiment besoin",
            // Verbs that set their object aside, as edsnlp's negation verbs do (`écarter`, `exclure`).
            "oublie", "oubliez", "oublier", "evite", "evitez", "eviter", "abandonne", "abandonnez", "abandonner",
            "renonce", "renoncez", "renoncer", "ecarte", "ecartez", "ecarter", "rejette", "rejetez", "rejeter",
            "arrete", "arretez", "arreter", "laisse ^tomber", "laissez ^tomber",
        ],
        cuePhrases: ["je ^doute", "j'en ^doute", "jamais de la vie"],
        benefitVerbs: ["apport", "rapport", "ramen", "amen", "attir", "aid", "serv", "sert", "march", "fonctionn", "fidelis"],
        negativePronouns: ["aucun", "aucune", "personne", "nul", "nulle"]
    ), readsNot: false)
}
