import Testing
@testable import FilRougeCore

/// What a careful reader concludes about one idea of a reply: stated (`met`), mentioned only to be
/// rejected (`negated`), or absent (`missed`). The replies are those of learners advising a friend,
/// an accountant who is losing clients.
///
/// Each construct has cases where it negates the idea and cases where the same words stand where
/// they must not negate it (after `mais`, in the next sentence, `plus` meaning *more*…). To extend
/// the table, add a line under the construct it illustrates: `fr(reply, keyword(s), expected)` or
/// `en(…)`. The expectation is what a reader concludes, not what the reader of today's code does.
struct NegationCaseTable {
    typealias Case = ReadingCases.Case

    static let french: [Case] = [
        // MARK: Clause scope: the negation covers the whole clause, however long
        .fr("Tu ne devrais pas dépenser des milliers d'euros pour refaire entièrement ton site web.", "site web", .negated),
        .fr("Je ne vois vraiment pas l'intérêt pour un petit cabinet comme le tien d'avoir un site web.", "site web", .negated),
        .fr("Ne passe surtout pas tes soirées à répondre un par un aux avis négatifs sur Google.", "avis négatifs", .negated),
        .fr("Tu n'as pas besoin, pour l'instant, d'un site web.", "site web", .negated),
        .fr("Il ne faut pas, à mon avis, refaire tout le site internet.", ["site web", "site internet"], .negated),
        // … and ends at a contrast, a punctuation mark, or a new clause after a comma
        .fr("Tu n'as pas de budget pour une agence, mais un site web simple suffirait.", "site web", .met),
        .fr("Ne dépense pas trop ; cependant, une newsletter mensuelle serait utile.", "newsletter", .met),
        .fr("Pas de publicité payante, par contre les avis clients sont essentiels.", "avis clients", .met),
        .fr("Pas de publicité payante, par contre les avis clients sont essentiels.", "publicité", .negated),
        .fr("Ne relance personne, sauf tes anciens clients.", "anciens clients", .met),
        .fr("N'envoie aucun mail, sauf la newsletter du mois.", "newsletter", .met),
        .fr("Ne baisse pas tes tarifs ; mets en avant ton expertise.", "expertise", .met),
        .fr("Pas de Facebook. Un site web clair avec tes services.", "site web", .met),
        .fr("Tu n'as pas de site ? Crée un profil LinkedIn.", "linkedin", .met),
        .fr("Ne te décourage pas ! Demande des avis à tes clients.", "avis", .met),
        .fr("Ne perds pas de temps sur Instagram, concentre-toi sur LinkedIn.", "linkedin", .met),
        .fr("Tu n'as pas besoin d'être partout, tes clients sont surtout sur LinkedIn.", "linkedin", .met),
        .fr("Tu n'y crois pas, pourtant une newsletter fidélise tes clients.", "newsletter", .met),
        .fr("Tu n'as pas de site et tes clients te trouvent par le bouche-à-oreille.", "bouche-à-oreille", .met),

        // MARK: Coordinated lists: every member is negated
        .fr("Ne perds pas ton temps avec Facebook, Instagram ou TikTok.", "tiktok", .negated),
        .fr("Ne perds pas ton temps avec Facebook, Instagram ou TikTok.", "instagram", .negated),
        .fr("Pas de site web, de newsletter ou de publicité pour l'instant.", "newsletter", .negated),
        .fr("Ni site web ni newsletter : commence par appeler tes clients.", "newsletter", .negated),
        .fr("Tu n'as besoin ni d'une agence ni d'un logiciel coûteux.", "logiciel", .negated),
        .fr("Je ne ferais ni publicité ni promotions.", "promotion*", .negated),
        // … but not what follows the list, nor a list the negation only follows
        .fr("Ni site web ni newsletter : commence par appeler tes clients.", "appeler tes clients", .met),
        .fr("Ni Facebook ni Instagram, tes clients sont sur LinkedIn.", "linkedin", .met),
        .fr("Crée un site web, une page LinkedIn et une newsletter, pas une page Facebook.", "newsletter", .met),
        .fr("Crée un site web, une page LinkedIn et une newsletter, pas une page Facebook.", "facebook", .negated),
        .fr("Pas de site web, mais LinkedIn, les avis Google et une newsletter suffisent.", "newsletter", .met),

        // MARK: Negated belief covers the clause it introduces
        .fr("Je ne pense pas que tu aies besoin d'un site web pour être trouvé sur Google.", "trouvé sur google", .negated),
        .fr("Je ne pense pas que tu aies besoin d'un site web pour être trouvé sur Google.", "site web", .negated),
        .fr("Je ne crois pas qu'une newsletter intéresse tes clients.", "newsletter", .negated),
        .fr("Je ne trouve pas que LinkedIn soit adapté à ton métier.", "linkedin", .negated),
        .fr("Je ne vois pas pourquoi tu baisserais tes prix.", "baisser tes prix", .negated),
        .fr("Je ne suis pas sûr que la facture électronique soit ta priorité.", "facture électronique", .negated),
        // … and no further
        .fr("Je ne pense pas que Facebook t'aide. Par contre, LinkedIn, oui.", "linkedin", .met),
        .fr("Je ne crois pas à la publicité, mais je crois aux recommandations de tes clients.", "recommandation*", .met),
        .fr("Je ne pense pas qu'il faille attendre : lance ta newsletter dès ce mois-ci.", "newsletter", .met),
        .fr("Je pense que tu as besoin d'un site web.", "site web", .met),

        // MARK: Negative determiners, pronouns and prepositions
        .fr("Aucun client ne lit les newsletters.", "newsletter", .negated),
        .fr("Des réseaux sociaux ? Aucun ne te sera utile.", "réseaux sociaux", .negated),
        .fr("Nul n'est obligé d'être sur TikTok.", "tiktok", .negated),
        .fr("Nul besoin d'une agence.", "agence", .negated),
        .fr("Tu peux très bien réussir sans publicité payante.", "publicité payante", .negated),
        .fr("Personne ne lit les newsletters des comptables.", "newsletter", .negated),
        .fr("La publicité ne t'apportera rien.", "publicité", .negated),
        .fr("Je n'ai jamais vu un client arriver grâce à Facebook.", "facebook", .negated),
        .fr("Ne mise plus sur les annuaires papier.", "annuaires papier", .negated),
        .fr("Je n'ai guère confiance dans la publicité en ligne.", "publicité", .negated),
        .fr("Tes clients n'utilisent guère Instagram.", "instagram", .negated),
        // … the same words where they do not negate the idea
        .fr("Aucune agence n'est nécessaire : un site simple suffit.", "site", .met),
        .fr("Même si tu te trouves nul en informatique, un site web se fait facilement.", "site web", .met),
        .fr("Sans attendre, crée ton profil LinkedIn.", "linkedin", .met),
        .fr("Chaque personne satisfaite peut laisser un avis.", "avis", .met),
        .fr("Une personne de confiance peut gérer ta page LinkedIn.", "linkedin", .met),
        .fr("Rien de tel qu'un site pour rassurer tes clients.", "site", .met),
        .fr("Rien ne remplace le bouche-à-oreille.", "bouche-à-oreille", .met),
        .fr("Les avis clients comptent plus que jamais.", "avis clients", .met),
        .fr("Si jamais tu as le temps, lance une newsletter.", "newsletter", .met),
        .fr("Tu auras plus de clients avec un site web.", "site web", .met),
        .fr("Tu auras plus de clients avec un site web.", "plus de clients", .met),
        .fr("De plus, une newsletter rassure tes clients.", "newsletter", .met),
        .fr("Tu n'as guère le temps, mais une newsletter mensuelle reste faisable.", "newsletter", .met),

        // MARK: Negative predicates, with the idea after them or named before them
        .fr("Inutile de créer une page Facebook.", "facebook", .negated),
        .fr("Une page Facebook ? Inutile.", "facebook", .negated),
        .fr("Pas besoin de newsletter, tes clients te connaissent déjà.", "newsletter", .negated),
        .fr("Ce n'est pas la peine de refaire ton logo.", "logo", .negated),
        .fr("Des flyers ? Pas la peine.", "flyer*", .negated),
        .fr("Tu n'as aucun intérêt à être sur TikTok.", "tiktok", .negated),
        .fr("Une page Instagram ne sert à rien pour un cabinet comptable.", "instagram", .negated),
        .fr("Une application mobile serait superflue pour toi.", "application mobile", .negated),
        .fr("Il n'est pas nécessaire d'être sur TikTok.", "tiktok", .negated),
        .fr("La publicité payante, ce n'est pas nécessaire.", "publicité payante", .negated),
        .fr("À quoi bon payer une agence ?", "agence", .negated),
        .fr("Une application mobile, à quoi bon ?", "application mobile", .negated),
        // … and where the idea stands outside them
        .fr("Inutile de paniquer : un site web simple suffit.", "site web", .met),
        .fr("Pas besoin d'agence, tu peux créer ton site web toi-même.", "site web", .met),
        .fr("Pas la peine de tout refaire, ajoute juste une page pour les avis clients.", "avis clients", .met),
        .fr("Aucun intérêt à tout refaire, mais une newsletter mensuelle serait bien.", "newsletter", .met),
        .fr("Ça ne sert à rien de paniquer, un site web se fait en une semaine.", "site web", .met),
        .fr("Un nouveau logo serait superflu, mais un site web clair est indispensable.", "site web", .met),
        .fr("Une agence n'est pas nécessaire, tu peux gérer LinkedIn toi-même.", "linkedin", .met),
        .fr("À quoi bon payer une agence ? Fais ton site web toi-même.", "site web", .met),
        .fr("Une newsletter est très utile.", "newsletter", .met),
        .fr("Il est nécessaire de demander des avis à tes clients.", "avis", .met),

        // MARK: Cues that follow the idea
        .fr("Un site pour être trouvé sur Google ? Je ne pense pas.", "trouvé sur google", .negated),
        .fr("Une newsletter, je ne pense pas.", "newsletter", .negated),
        .fr("Est-ce que LinkedIn t'aiderait ? Pas du tout.", "linkedin", .negated),
        .fr("Facebook, pas vraiment.", "facebook", .negated),
        .fr("Des publicités dans le journal local ? Je ne crois pas.", "publicité*", .negated),
        .fr("Baisser tes prix ? Surtout pas !", "baisser tes prix", .negated),
        .fr("Une application mobile ? Non.", "application mobile", .negated),
        // … and the idea that comes after them, or is approved
        .fr("Facebook, pas du tout ; LinkedIn, absolument.", "linkedin", .met),
        .fr("Facebook, pas du tout ; LinkedIn, absolument.", "facebook", .negated),
        .fr("Je ne pense pas. Un site web, par contre, t'aiderait beaucoup.", "site web", .met),
        .fr("Une newsletter ? Je pense que oui.", "newsletter", .met),
        .fr("Un site web ? Oui, sans hésiter.", "site web", .met),

        // MARK: Pseudo-negations credit what they carry
        .fr("Pourquoi pas une appli pour les ordonnances ?", "appli", .met),
        .fr("Une page LinkedIn, pourquoi pas.", "linkedin", .met),
        .fr("Pas mal de cabinets ont déjà un site web.", "site web", .met),
        .fr("Non seulement tu gagnes du temps, mais la facture électronique rassure tes clients.", "facture électronique", .met),
        .fr("Il n'y a pas que le site web qui compte, LinkedIn aussi.", "site web", .met),
        .fr("Il n'y a pas que le prix : parle de ton expertise.", "expertise", .met),
        .fr("Il ne te manque qu'une page LinkedIn.", "linkedin", .met),
        .fr("Je ne vois qu'une solution : demander des avis à tes clients.", "avis", .met),
        .fr("N'hésite pas à demander des avis à tes clients.", "avis", .met),
        .fr("Ne néglige pas les avis en ligne.", "avis en ligne", .met),
        .fr("Ne sous-estime pas LinkedIn.", "linkedin", .met),
        .fr("N'oublie pas de répondre aux avis.", "avis", .met),
        .fr("Sans doute que la facture électronique t'aidera.", "facture électronique", .met),
        .fr("Pas de doute : il te faut un site web.", "site web", .met),
        .fr("Il n'y a aucun doute, la newsletter fidélise tes clients.", "newsletter", .met),
        // … which do not shield a real negation next to them
        .fr("Pourquoi pas ? Mais pas de page Facebook.", "facebook", .negated),
        .fr("Pas mal d'idées, mais pas de newsletter.", "newsletter", .negated),
        .fr("Non seulement c'est cher, mais TikTok ne t'apportera aucun client.", "tiktok", .negated),
        .fr("Il ne faut pas que tu baisses tes prix.", "baisser tes prix", .negated),
        .fr("Ne néglige pas tes clients, mais ne lance pas de newsletter.", "newsletter", .negated),
        .fr("Sans doute, mais pas de page Facebook.", "facebook", .negated),
        .fr("Pas de doute, Facebook ne t'apportera aucun client.", "facebook", .negated),

        // MARK: A negated misconception is not that misconception
        .fr("Ne baisse surtout pas tes prix.", ["baisser tes prix", "baisse tes prix"], .negated),
        .fr("Il ne faut surtout pas baisser tes prix.", "baisser tes prix", .negated),
        .fr("Tu n'as aucun intérêt à baisser tes prix.", "baisser tes prix", .negated),
        .fr("Ne te lance pas dans une guerre des prix.", "guerre des prix", .negated),
        .fr("Il ne faut jamais supprimer les avis négatifs.", "supprimer les avis", .negated),
        .fr("Copier les tarifs de tes concurrents ? Surtout pas.", "copier les tarifs", .negated),
        // … while the misconception stated is met, and a keyword that says the negation is met by it
        .fr("Baisse tes prix pour garder tes clients.", "baisser tes prix", .met),
        .fr("Ne change rien, mais baisse tes prix.", "baisser tes prix", .met),
        .fr("Ne baisse pas tes prix, explique plutôt ta valeur.", "ne baisse pas", .met),
    ]

    static let english: [Case] = [
        // MARK: Clause scope: the negation covers the whole clause, however long
        .en("You shouldn't spend thousands of euros redesigning your whole website from scratch.", "website", .negated),
        .en("I really don't see the point, for a small firm like yours, of having a website.", "website", .negated),
        .en("Don't spend your evenings answering every single negative review on Google.", "negative review", .negated),
        .en("I wouldn't, for now, pay for a website.", "website", .negated),
        // … and ends at a contrast, a punctuation mark, or a new clause after a comma
        .en("You don't have a big budget, but a simple website would be enough.", "website", .met),
        .en("Don't lower your fees; however, a monthly newsletter would help.", "newsletter", .met),
        .en("Don't contact anyone except your former clients.", "former clients", .met),
        .en("No paid ads; focus on LinkedIn instead.", "linkedin", .met),
        .en("No paid ads; focus on LinkedIn instead.", "paid ads", .negated),
        .en("Not Facebook. A clear website listing your services.", "website", .met),
        .en("You don't have a website? Set up a LinkedIn profile.", "linkedin", .met),
        .en("Don't give up! Ask your clients for reviews.", "reviews", .met),
        .en("Don't waste time on Instagram, focus on LinkedIn.", "linkedin", .met),
        .en("You don't need to be everywhere, your clients are on LinkedIn.", "linkedin", .met),
        .en("You don't have a website and your clients find you through word of mouth.", "word of mouth", .met),

        // MARK: Coordinated lists: every member is negated
        .en("Don't waste your time on Facebook, Instagram or TikTok.", "tiktok", .negated),
        .en("Don't waste your time on Facebook, Instagram or TikTok.", "instagram", .negated),
        .en("No website, newsletter or advertising for now.", "newsletter", .negated),
        .en("Neither a website nor a newsletter: start by calling your clients.", "newsletter", .negated),
        .en("You need neither an agency nor expensive software.", "software", .negated),
        .en("I wouldn't use Facebook or Instagram.", "instagram", .negated),
        // … but not what follows the list, nor a list the negation only follows
        .en("Neither a website nor a newsletter: start by calling your clients.", "call your clients", .met),
        .en("Build a website, a LinkedIn page and a newsletter, not a Facebook page.", "newsletter", .met),
        .en("Build a website, a LinkedIn page and a newsletter, not a Facebook page.", "facebook", .negated),
        .en("Not Facebook or Instagram, your clients are on LinkedIn.", "linkedin", .met),
        .en("Not Facebook or Instagram, your clients are on LinkedIn.", "instagram", .negated),

        // MARK: Negated belief covers the clause it introduces
        .en("I don't think LinkedIn would help you find new clients or share your expertise.", "share your expertise", .negated),
        .en("I don't think LinkedIn would help you find new clients or share your expertise.", "new clients", .negated),
        .en("I don't think LinkedIn would help you find new clients or share your expertise.", "linkedin", .negated),
        .en("I don't think that you need a website to be found on Google.", "found on google", .negated),
        .en("I don't believe a newsletter would interest your clients.", "newsletter", .negated),
        .en("I don't feel that Instagram suits an accounting firm.", "instagram", .negated),
        .en("I doubt a mobile app would bring you new clients.", "mobile app", .negated),
        .en("I'm not sure e-invoicing should be your priority.", "e-invoicing", .negated),
        // … and no further
        .en("I don't think Facebook helps. LinkedIn, on the other hand, does.", "linkedin", .met),
        .en("I don't believe in ads, but I believe in referrals from your clients.", "referral*", .met),
        .en("I don't think you should wait: launch your newsletter this month.", "newsletter", .met),
        .en("I think you need a website.", "website", .met),

        // MARK: Negative determiners, pronouns and prepositions
        .en("No client reads newsletters from their accountant.", "newsletter", .negated),
        .en("None of your clients use TikTok.", "tiktok", .negated),
        .en("Advertising will bring you nothing.", "advertising", .negated),
        .en("I have never seen a client come through Facebook.", "facebook", .negated),
        .en("You can succeed without paid advertising.", "paid advertising", .negated),
        .en("You don't need Facebook, nor Instagram.", "instagram", .negated),
        .en("Your clients aren't on TikTok, nor are they on Instagram.", "instagram", .negated),
        .en("Hardly anyone reads a newsletter from their accountant.", "newsletter", .negated),
        .en("Your clients hardly ever use Instagram.", "instagram", .negated),
        .en("Nobody reads flyers anymore.", "flyer*", .negated),
        // … the same words where they do not negate the idea
        .en("No doubt about it: your clients expect a website.", "website", .met),
        .en("None of that matters: what matters is your LinkedIn profile.", "linkedin", .met),
        .en("Nothing beats word of mouth.", "word of mouth", .met),
        .en("There's nothing like a good website to reassure clients.", "website", .met),
        .en("If you've never tried it, LinkedIn is free.", "linkedin", .met),
        .en("Without delay, set up your LinkedIn profile.", "linkedin", .met),
        .en("Not Facebook, nor Instagram; LinkedIn is where your clients are.", "linkedin", .met),
        .en("Your competitors hardly post anything; your LinkedIn page will stand out.", "linkedin", .met),
        .en("Nobody told you? Reviews are what clients read first.", "reviews", .met),

        // MARK: Negative predicates, with the idea after them or named before them
        .en("No need for a Facebook page.", "facebook", .negated),
        .en("There's no point in cutting your prices.", "cut your prices", .negated),
        .en("A mobile app would be useless for you.", "mobile app", .negated),
        .en("A newsletter? Pointless.", "newsletter", .negated),
        .en("Paying an agency is unnecessary.", "agency", .negated),
        .en("TikTok is a waste of time for an accountant.", "tiktok", .negated),
        .en("It's a waste of money to advertise in the local paper.", "advertis*", .negated),
        .en("Flyers are not worth the money.", "flyer*", .negated),
        .en("Printed brochures? Not worth it.", "brochure*", .negated),
        .en("A LinkedIn page, useless.", "linkedin", .negated),
        // … and where the idea stands outside them
        .en("No need to panic: a simple website is enough.", "website", .met),
        .en("No need for an agency, you can build the website yourself.", "website", .met),
        .en("There's no point panicking, a website takes a week to build.", "website", .met),
        .en("That software is useless, but e-invoicing will soon be mandatory.", "e-invoicing", .met),
        .en("Cold calling is pointless; a newsletter works better.", "newsletter", .met),
        .en("An agency is unnecessary, you can manage LinkedIn yourself.", "linkedin", .met),
        .en("TikTok is a waste of time, but LinkedIn is worth it.", "linkedin", .met),
        .en("Flyers aren't worth it. Online reviews are.", "online reviews", .met),
        .en("A newsletter is really useful.", "newsletter", .met),
        .en("It's worth asking your clients for reviews.", "reviews", .met),

        // MARK: Cues that follow the idea
        .en("A website to be found on Google? I don't think so.", "found on google", .negated),
        .en("A newsletter, I don't think so.", "newsletter", .negated),
        .en("Would LinkedIn help you? Not really.", "linkedin", .negated),
        .en("Facebook, not at all.", "facebook", .negated),
        .en("Cut your prices? Absolutely not!", "cut your prices", .negated),
        .en("A mobile app? No.", "mobile app", .negated),
        // … and the idea that comes after them, or is approved
        .en("Facebook, not really; LinkedIn, absolutely.", "linkedin", .met),
        .en("I don't think so. A website, however, would help a lot.", "website", .met),
        .en("A newsletter? I think so.", "newsletter", .met),
        .en("A website? Yes, definitely.", "website", .met),

        // MARK: Pseudo-negations credit what they carry
        .en("Why not a monthly newsletter?", "newsletter", .met),
        .en("A LinkedIn page, why not.", "linkedin", .met),
        .en("Not only does e-invoicing save time, it also reassures your clients.", "e-invoicing", .met),
        .en("No doubt online reviews would help you.", "online reviews", .met),
        .en("Don't hesitate to ask your clients for reviews.", "reviews", .met),
        .en("Don't forget to answer every review.", "review", .met),
        .en("It's never too late to start a newsletter.", "newsletter", .met),
        .en("Don't underestimate LinkedIn.", "linkedin", .met),
        // … which do not shield a real negation next to them
        .en("Why not? But no Facebook page.", "facebook", .negated),
        .en("Not only is Facebook useless, it wastes your time.", "facebook", .negated),
        .en("No doubt, but no newsletter.", "newsletter", .negated),
        .en("Don't hesitate to ask for reviews, but don't buy ads.", "ads", .negated),
        .en("Don't forget to answer reviews, and don't open a TikTok account.", "tiktok", .negated),
        .en("It's never too late, but don't bother with Instagram.", "instagram", .negated),

        // MARK: A negated misconception is not that misconception
        .en("Don't lower your prices.", "lower your prices", .negated),
        .en("Whatever you do, never cut your fees.", "cut your fees", .negated),
        .en("Don't get into a price war.", "price war", .negated),
        .en("Never delete negative reviews.", "delete negative reviews", .negated),
        // … while the misconception stated is met
        .en("Lower your prices to keep your clients.", "lower your prices", .met),
        .en("Don't change anything, but lower your prices.", "lower your prices", .met),
    ]

    @Test(arguments: french + english)
    func reading(_ test: Case) {
        #expect(ReadingCases.status(test.reply, test.keywords, test.language) == test.expected)
    }

    @Test func theTableCoversBothLanguages() {
        #expect(Self.french.allSatisfy { $0.language == .fr })
        #expect(Self.english.allSatisfy { $0.language == .en })
        #expect(Self.french.count >= 90)
        #expect(Self.english.count >= 70)
    }
}
