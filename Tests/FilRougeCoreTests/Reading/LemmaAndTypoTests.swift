import Testing
@testable import FilRougeCore

/// Forms of a word meet its keyword (inflections, irregular verbs, plurals, missing accents); a word
/// the dictionary knows is never taken for a misspelling of another keyword; a word it does not know
/// may be one, inside multi-word keywords too.
struct LemmaAndTypoTests {
    typealias Case = ReadingCases.Case

    static let cases: [Case] = [
        // MARK: French verbs in -ent and irregular verbs meet their infinitive
        .fr("Tes concurrents envoient une newsletter chaque mois.", "envoyer", .met),
        .fr("Tes clients attendent une réponse rapide.", "attendre", .met),
        .fr("Ils préparent leurs déclarations en ligne.", "préparer", .met),
        .fr("Ils recommandent les cabinets qui répondent vite.", "recommander", .met),
        .fr("Les jeunes entrepreneurs choisissent des cabinets en ligne.", "choisir", .met),
        .fr("Tes clients vont chez des cabinets en ligne.", "aller", .met),
        .fr("Les autres cabinets font de la publicité.", "faire", .met),
        .fr("Il peut lancer un site en une semaine.", "pouvoir", .met),
        .fr("Tes clients veulent des réponses rapides.", "vouloir", .met),
        .fr("Tes clients reçoivent leurs factures trop tard.", "recevoir", .met),
        // … French plurals and missing accents
        .fr("Les réseaux sociaux t'aideront à te faire connaître.", "réseau social", .met),
        .fr("Tes bureaux sont trop loin du centre-ville.", "bureau", .met),
        .fr("La facture electronique devient obligatoire.", "facture électronique", .met),

        // MARK: English irregular verbs and plurals meet their base form
        .en("Your clients went to an online firm.", "go", .met),
        .en("Your clients left for a cheaper firm.", "leave", .met),
        .en("Your competitors bought ads on Google.", "buy", .met),
        .en("She took an online course on bookkeeping software.", "take", .met),
        .en("Your competitors have grown their client base.", "grow", .met),
        .en("Happy clients have written glowing reviews.", "write", .met),
        .en("Small businesses want quick answers.", "business", .met),
        .en("Many companies already use e-invoicing.", "company", .met),

        // MARK: A word the dictionary knows is not a typo of a keyword
        .fr("Je te cite l'exemple d'un confrère.", "site", .missed),
        .fr("Attention à la fracture numérique chez tes clients âgés.", "facture", .missed),
        .fr("Ta devise pourrait être la proximité.", "devis", .missed),
        .fr("Passe au numérique sans attendre.", "numéros", .missed),
        .fr("J'ai pris le temps de regarder ton site.", "prix", .missed),
        .en("Take pride in your work.", "price", .missed),
        .en("It's quite expensive for a small firm.", "quote", .missed),
        .en("Clients expect fast answers.", "expert", .missed),
        .en("Your logo looks bland.", "brand", .missed),

        // MARK: A word the dictionary does not know may be a misspelt keyword
        .fr("Protège les donnees de tes clients.", "données", .met),
        .fr("Développe ton reseau professionnel.", "réseau", .met),
        .fr("Regarde ce que font tes concurents.", "concurrents", .met),
        .fr("Crée un profil linkdin.", "linkedin", .met),
        .fr("Lance une newslettre mensuelle.", "newsletter", .met),
        .fr("Ta comptabilitée doit être irréprochable.", "comptabilité", .met),
        .fr("Choisis un mot de pass solide.", "mot de passe", .met),
        .fr("Demande des recomandations à tes clients.", "recommandations", .met),
        .en("LinkedIn helps you find new custmers.", "new customer", .met),
        .en("Set up your linkdin profile.", "linkedin", .met),
        .en("Ask your clients for reveiws.", "reviews", .met),
        .en("Send a monthly newsleter.", "newsletter", .met),
        .en("Build a websit for your firm.", "website", .met),
        .en("Check what your competiters offer.", "competitors", .met),
    ]

    @Test(arguments: cases)
    func reading(_ test: Case) {
        #expect(ReadingCases.status(test.reply, test.keywords, test.language) == test.expected)
    }
}
