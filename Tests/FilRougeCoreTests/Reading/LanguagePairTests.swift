import Testing
@testable import FilRougeCore

/// The same idea said in French and in English, with the keywords a trainer would write in each
/// language, is read the same way: met in both, negated in both, or missed in both.
struct LanguagePairTests {
    struct Pair: Sendable, CustomTestStringConvertible {
        var french: String
        var frenchKeywords: [String]
        var english: String
        var englishKeywords: [String]
        var expected: CriterionStatus

        var testDescription: String {
            "\(french) [\(ReadingCases.describe(frenchKeywords))] / \(english) [\(ReadingCases.describe(englishKeywords))] → \(expected.rawValue)"
        }
    }

    static func pair(_ french: String, _ frenchKeyword: String, _ english: String, _ englishKeyword: String, _ expected: CriterionStatus) -> Pair {
        Pair(french: french, frenchKeywords: [frenchKeyword], english: english, englishKeywords: [englishKeyword], expected: expected)
    }

    static func pair(_ french: String, _ frenchKeywords: [String], _ english: String, _ englishKeywords: [String], _ expected: CriterionStatus) -> Pair {
        Pair(french: french, frenchKeywords: frenchKeywords, english: english, englishKeywords: englishKeywords, expected: expected)
    }

    static let pairs: [Pair] = [
        // MARK: Plain statements
        pair("Crée un site web pour ton cabinet.", "site web", "Build a website for your firm.", "website", .met),
        pair("Demande à tes clients de laisser des avis en ligne.", "avis en ligne", "Ask your clients to leave online reviews.", "online reviews", .met),
        pair("Publie régulièrement sur LinkedIn.", "linkedin", "Post regularly on LinkedIn.", "linkedin", .met),
        pair("Passe à la facture électronique dès maintenant.", "facture électronique", "Switch to e-invoicing now.", "e-invoicing", .met),
        pair("Envoie une newsletter chaque mois.", "newsletter", "Send a newsletter every month.", "newsletter", .met),
        pair("Appelle tes anciens clients pour savoir pourquoi ils sont partis.", "anciens clients", "Call your former clients to find out why they left.", "former clients", .met),
        pair("Suis une formation sur les outils numériques.", "formation", "Take a training course on digital tools.", "training", .met),
        pair("Mets en avant ton expertise plutôt que tes prix.", "expertise", "Highlight your expertise rather than your prices.", "expertise", .met),
        pair("Regarde ce que proposent tes concurrents.", "concurrents", "Look at what your competitors offer.", "competitors", .met),
        pair("Les avis clients rassurent les prospects.", "avis clients", "Customer reviews reassure prospects.", "customer reviews", .met),
        pair("Crée un site web ou un site internet, peu importe.", ["site web", "site internet"], "Build a website or a web site, whichever.", ["website", "web site"], .met),
        pair("Je pense que tu as besoin d'un site web.", "site web", "I think you need a website.", "website", .met),

        // MARK: Not mentioned
        pair("Je ne sais pas quoi te conseiller.", "site web", "I don't know what to advise you.", "website", .missed),
        pair("Continue comme avant, tout ira bien.", "linkedin", "Carry on as before, it will be fine.", "linkedin", .missed),

        // MARK: Negation of the verb, however long the clause
        pair("Tu n'as pas besoin d'un site web.", "site web", "You don't need a website.", "website", .negated),
        pair("Ne crée pas de page Facebook.", "facebook", "Don't create a Facebook page.", "facebook", .negated),
        pair("Ne publie pas sur Instagram.", "instagram", "Don't post on Instagram.", "instagram", .negated),
        pair("Ne lance pas de newsletter maintenant.", "newsletter", "Don't start a newsletter now.", "newsletter", .negated),
        pair("Ne dépense pas des milliers d'euros pour refaire entièrement ton site web.", "site web", "Don't spend thousands of euros redoing your whole website.", "website", .negated),

        // MARK: Negative determiners, pronouns and prepositions
        pair("Ne paie jamais pour de faux avis.", "faux avis", "Never pay for fake reviews.", "fake reviews", .negated),
        pair("Aucun client ne lit les newsletters.", "newsletter", "No client reads newsletters.", "newsletter", .negated),
        pair("Personne ne regarde les annuaires papier.", "annuaires papier", "Nobody looks at paper directories.", "paper directories", .negated),
        pair("La publicité ne t'apportera rien.", "publicité", "Advertising will bring you nothing.", "advertising", .negated),
        pair("Tu peux réussir sans publicité payante.", "publicité payante", "You can succeed without paid advertising.", "paid advertising", .negated),
        pair("Ne mise plus sur les annuaires papier.", "annuaires papier", "Don't rely on paper directories any more.", "paper directories", .negated),
        pair("Tes clients n'utilisent guère Instagram.", "instagram", "Your clients hardly use Instagram.", "instagram", .negated),
        pair("Aucun de tes clients n'utilise TikTok.", "tiktok", "None of your clients use TikTok.", "tiktok", .negated),
        // … and the same words where they do not negate
        pair("Tu auras plus de clients avec un site web.", "plus de clients", "You'll get more clients with a website.", "more clients", .met),
        pair("Rien ne remplace le bouche-à-oreille.", "bouche-à-oreille", "Nothing beats word of mouth.", "word of mouth", .met),
        pair("Chaque personne satisfaite peut laisser un avis.", "avis", "Every satisfied person can leave a review.", "review", .met),
        pair("Les avis clients comptent plus que jamais.", "avis clients", "Customer reviews matter more than ever.", "customer reviews", .met),

        // MARK: Coordinated lists
        pair("Ni site web ni newsletter pour l'instant.", "newsletter", "Neither a website nor a newsletter for now.", "newsletter", .negated),
        pair("Ni site web ni newsletter pour l'instant.", "site web", "Neither a website nor a newsletter for now.", "website", .negated),
        pair("Ne perds pas ton temps avec Facebook, Instagram ou TikTok.", "tiktok", "Don't waste your time on Facebook, Instagram or TikTok.", "tiktok", .negated),
        pair("Pas de site, de newsletter ou de publicité pour l'instant.", "newsletter", "No website, newsletter or advertising for now.", "newsletter", .negated),
        pair("Pas de Facebook, mais un site web, LinkedIn et une newsletter.", "newsletter", "No Facebook, but a website, LinkedIn and a newsletter.", "newsletter", .met),

        // MARK: Where the negation ends
        pair("Je n'ai pas de site, mais LinkedIn m'apporte des clients.", "linkedin", "I don't have a website, but LinkedIn brings me clients.", "linkedin", .met),
        pair("Pas de publicité. Demande plutôt des avis en ligne.", "avis en ligne", "No advertising. Ask for online reviews instead.", "online reviews", .met),
        pair("Ne perds pas de temps sur Instagram, concentre-toi sur LinkedIn.", "linkedin", "Don't waste time on Instagram, focus on LinkedIn.", "linkedin", .met),
        pair("Ne baisse pas tes prix ; mets en avant ton expertise.", "expertise", "Don't lower your prices; highlight your expertise.", "expertise", .met),
        pair("Ne contacte personne sauf tes anciens clients.", "anciens clients", "Don't contact anyone except your former clients.", "former clients", .met),

        // MARK: Negated belief
        pair("Je ne pense pas qu'une newsletter intéresse tes clients.", "newsletter", "I don't think a newsletter would interest your clients.", "newsletter", .negated),
        pair("Je ne crois pas que LinkedIn t'aide à trouver de nouveaux clients.", "nouveaux clients", "I don't believe LinkedIn will help you find new clients.", "new clients", .negated),
        pair("Je doute qu'une application mobile t'apporte des clients.", "application mobile", "I doubt a mobile app would bring you clients.", "mobile app", .negated),
        pair("Je ne suis pas sûr que la facture électronique soit ta priorité.", "facture électronique", "I'm not sure e-invoicing should be your priority.", "e-invoicing", .negated),
        pair("Je ne pense pas que Facebook t'aide. Par contre, LinkedIn, oui.", "linkedin", "I don't think Facebook helps. LinkedIn, however, does.", "linkedin", .met),

        // MARK: Negative predicates
        pair("Inutile de créer une page Facebook.", "facebook", "No need to create a Facebook page.", "facebook", .negated),
        pair("Une page Facebook ? Inutile.", "facebook", "A Facebook page? Useless.", "facebook", .negated),
        pair("Une newsletter ? À quoi bon.", "newsletter", "A newsletter? Pointless.", "newsletter", .negated),
        pair("Ce n'est pas la peine de refaire ton logo.", "logo", "It's not worth redoing your logo.", "logo", .negated),
        pair("Baisser tes prix ne sert à rien.", "baisser tes prix", "Cutting your prices is pointless.", "cut your prices", .negated),
        pair("Tu n'as aucun intérêt à être sur TikTok.", "tiktok", "There's no point in being on TikTok.", "tiktok", .negated),
        pair("Une application mobile serait superflue.", "application mobile", "A mobile app would be unnecessary.", "mobile app", .negated),
        pair("Il n'est pas nécessaire de payer une agence.", "agence", "It's not necessary to pay an agency.", "agency", .negated),
        pair("Les flyers, c'est une perte de temps.", "flyer*", "Flyers are a waste of time.", "flyer*", .negated),
        pair("Pas besoin d'agence, tu peux créer ton site web toi-même.", "site web", "No need for an agency, you can build your website yourself.", "website", .met),
        pair("Une newsletter est très utile.", "newsletter", "A newsletter is very useful.", "newsletter", .met),

        // MARK: Cues that follow the idea
        pair("Un site pour être trouvé sur Google ? Je ne pense pas.", "trouvé sur google", "A website to be found on Google? I don't think so.", "found on google", .negated),
        pair("LinkedIn ? Pas vraiment.", "linkedin", "LinkedIn? Not really.", "linkedin", .negated),
        pair("Baisser tes prix ? Surtout pas !", "baisser tes prix", "Lower your prices? Absolutely not!", "lower your prices", .negated),
        pair("Facebook, pas du tout ; LinkedIn, absolument.", "facebook", "Facebook, not at all; LinkedIn, absolutely.", "facebook", .negated),
        pair("Facebook, pas du tout ; LinkedIn, absolument.", "linkedin", "Facebook, not at all; LinkedIn, absolutely.", "linkedin", .met),

        // MARK: Pseudo-negations
        pair("Pourquoi pas une newsletter mensuelle ?", "newsletter", "Why not a monthly newsletter?", "newsletter", .met),
        pair("Non seulement la facture électronique te fait gagner du temps, mais elle rassure tes clients.", "facture électronique", "Not only does e-invoicing save you time, it reassures your clients.", "e-invoicing", .met),
        pair("Sans doute qu'un site web t'aiderait.", "site web", "No doubt a website would help you.", "website", .met),
        pair("Pas de doute : il te faut un site web.", "site web", "No doubt about it: you need a website.", "website", .met),
        pair("N'hésite pas à solliciter des avis clients.", "avis clients", "Don't hesitate to ask for customer reviews.", "customer reviews", .met),
        pair("N'oublie pas de répondre aux avis en ligne.", "avis en ligne", "Don't forget to answer online reviews.", "online reviews", .met),
        pair("Il n'est jamais trop tard pour lancer une newsletter.", "newsletter", "It's never too late to start a newsletter.", "newsletter", .met),
        pair("Ne néglige pas LinkedIn.", "linkedin", "Don't neglect LinkedIn.", "linkedin", .met),
        pair("Il ne te faut qu'un site web simple.", "site web", "You only need a simple website.", "website", .met),
        pair("Pas mal, ton idée de newsletter.", "newsletter", "Not bad, your newsletter idea.", "newsletter", .met),
        pair("Il n'y a pas que le prix : parle de ton expertise.", "expertise", "It's not only about price: talk about your expertise.", "expertise", .met),
        pair("Pourquoi pas ? Mais pas de page Facebook.", "facebook", "Why not? But no Facebook page.", "facebook", .negated),

        // MARK: Misconceptions
        pair("Il ne faut surtout pas baisser tes prix.", "baisser tes prix", "You must not lower your prices.", "lower your prices", .negated),
        pair("Ne te lance pas dans une guerre des prix.", "guerre des prix", "Don't get into a price war.", "price war", .negated),
        pair("Baisse tes prix pour garder tes clients.", "baisser tes prix", "Lower your prices to keep your clients.", "lower your prices", .met),
    ]

    @Test(arguments: pairs)
    func bothLanguagesReadTheIdeaAlike(_ pair: Pair) {
        let french = ReadingCases.status(pair.french, pair.frenchKeywords, .fr)
        let english = ReadingCases.status(pair.english, pair.englishKeywords, .en)
        #expect(french == pair.expected, "French: \(pair.french)")
        #expect(english == pair.expected, "English: \(pair.english)")
        #expect(french == english)
    }

    @Test func thereAreEnoughPairs() {
        #expect(Self.pairs.count >= 64)
    }
}
