import Testing
@testable import FilRougeCore

/// Whether a keyword is credited, negated or absent in a reply: negations, their scope, and the set
/// phrases that only look negative.
struct NegationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var reply: String
        var keyword: String
        var expected: CriterionStatus
        var testDescription: String { "\(reply) [\(keyword)] → \(expected.rawValue)" }
    }

    static func status(_ reply: String, _ keyword: String, _ language: Language) -> CriterionStatus {
        let analyzer = TextAnalyzer(language: language)
        let rubric = CompiledRubric(criteria: [Criterion(concept: "c", patterns: [keyword])], thresholds: .standard, analyzer: analyzer)
        return rubric.evaluate(analyzer.tokens(of: reply)).criteria[0].status
    }

    static let frenchCases: [Case] = [
        Case(reply: "Je n'ai pas besoin d'un site web.", keyword: "site web", expected: .negated),
        Case(reply: "Tu n'as pas de site internet", keyword: "site internet", expected: .negated),
        Case(reply: "Ne crée surtout pas de page Facebook", keyword: "facebook", expected: .negated),
        Case(reply: "Il ne faut jamais répondre aux avis", keyword: "avis", expected: .negated),
        Case(reply: "Je ne vois plus l'intérêt des réseaux sociaux", keyword: "réseaux sociaux", expected: .negated),
        Case(reply: "Pas de site web pour l'instant", keyword: "site web", expected: .negated),
        Case(reply: "Aucun site ne t'apportera de clients", keyword: "site", expected: .negated),
        Case(reply: "Tu peux faire sans site web", keyword: "site web", expected: .negated),
        Case(reply: "Ni site ni LinkedIn, reste comme tu es", keyword: "linkedin", expected: .negated),
        Case(reply: "Jamais de réseaux sociaux", keyword: "réseaux sociaux", expected: .negated),
        Case(reply: "Je ne pense pas qu'un site soit utile", keyword: "site", expected: .negated),
        Case(reply: "On n'a rien à gagner avec un site", keyword: "site", expected: .negated),
        Case(reply: "Je n'ai pas de site, mais LinkedIn est utile", keyword: "linkedin", expected: .met),
        Case(reply: "Pas de site web. Par contre, LinkedIn oui.", keyword: "linkedin", expected: .met),
        Case(reply: "Je n'ai pas le temps, cependant un site web serait utile", keyword: "site web", expected: .met),
        Case(reply: "Ce n'est pas très cher et ça dure un mois, puis tu auras un site web", keyword: "site web", expected: .met),
        Case(reply: "Non seulement un site web mais aussi LinkedIn", keyword: "site web", expected: .met),
        Case(reply: "Pas seulement un site web : aussi LinkedIn", keyword: "site web", expected: .met),
        Case(reply: "Il y a pas mal de clients sur LinkedIn", keyword: "linkedin", expected: .met),
        Case(reply: "Sans doute un site web", keyword: "site web", expected: .met),
        Case(reply: "Tu n'as qu'à créer un site web", keyword: "site web", expected: .met),
        Case(reply: "Il ne te faut qu'un site web", keyword: "site web", expected: .met),
        Case(reply: "N'importe quel site web fera l'affaire", keyword: "site web", expected: .met),
        Case(reply: "N'hésite pas à créer un site web", keyword: "site web", expected: .met),
        Case(reply: "Il ne faut pas négliger les avis clients", keyword: "avis clients", expected: .met),
        Case(reply: "N'aie pas peur de publier sur LinkedIn", keyword: "linkedin", expected: .met),
        Case(reply: "Il n'est jamais trop tard pour un site web", keyword: "site web", expected: .met),
        Case(reply: "Ne néglige pas la sécurité", keyword: "négliger", expected: .negated),
        Case(reply: "Un site web, évidemment !", keyword: "site web", expected: .met),
        Case(reply: "Je ne sais pas", keyword: "site web", expected: .missed),
        Case(reply: "Ton cabinet n'a pas évolué", keyword: "n'a pas évolué", expected: .met),
        Case(reply: "Ne baisse pas tes prix", keyword: "ne baisse pas", expected: .met),
        Case(reply: "Tu n'as rien à perdre à leur demander", keyword: "demander", expected: .met),
        Case(reply: "Avance pas à pas avec la CCI", keyword: "CCI", expected: .met),
        Case(reply: "Fais un premier pas avec la CCI", keyword: "CCI", expected: .met),
        Case(reply: "Des petits pas, accompagné par la CCI", keyword: "CCI", expected: .met),
        Case(reply: "Pas la CCI", keyword: "CCI", expected: .negated),
        Case(reply: "Il a pas de site web", keyword: "site web", expected: .negated),
        Case(reply: "N'achète rien avant de savoir ce dont tu as besoin", keyword: "besoin", expected: .met),
    ]

    static let englishCases: [Case] = [
        Case(reply: "You don't need a website.", keyword: "website", expected: .negated),
        Case(reply: "You do not need a website", keyword: "website", expected: .negated),
        Case(reply: "Never post on Facebook", keyword: "facebook", expected: .negated),
        Case(reply: "No website, no problem", keyword: "website", expected: .negated),
        Case(reply: "You can do without a website", keyword: "website", expected: .negated),
        Case(reply: "You cannot ignore reviews", keyword: "reviews", expected: .met),
        Case(reply: "It isn't worth building a website", keyword: "website", expected: .negated),
        Case(reply: "Neither a website nor LinkedIn", keyword: "linkedin", expected: .negated),
        Case(reply: "None of the social networks matter", keyword: "social networks", expected: .negated),
        Case(reply: "I wouldn't bother with LinkedIn", keyword: "linkedin", expected: .negated),
        Case(reply: "You don't have a website, but LinkedIn helps", keyword: "linkedin", expected: .met),
        Case(reply: "No website. However, LinkedIn is useful.", keyword: "linkedin", expected: .met),
        Case(reply: "Not only a website but also LinkedIn", keyword: "website", expected: .met),
        Case(reply: "Not just a website", keyword: "website", expected: .met),
        Case(reply: "No doubt a website would help", keyword: "website", expected: .met),
        Case(reply: "Without a doubt, a website", keyword: "website", expected: .met),
        Case(reply: "Not bad to have a website", keyword: "website", expected: .met),
        Case(reply: "No matter the size, a website helps", keyword: "website", expected: .met),
        Case(reply: "Don't hesitate to build a website", keyword: "website", expected: .met),
        Case(reply: "Don't be afraid to post on LinkedIn", keyword: "linkedin", expected: .met),
        Case(reply: "It's never too late to build a website", keyword: "website", expected: .met),
        Case(reply: "Don't neglect online reviews", keyword: "online reviews", expected: .met),
        Case(reply: "Build a website", keyword: "website", expected: .met),
        Case(reply: "I don't know", keyword: "website", expected: .missed),
        Case(reply: "Don't start a price war", keyword: "don't start a price war", expected: .met),
        Case(reply: "It's never too late", keyword: "never too late", expected: .met),
        Case(reply: "You have nothing to lose by asking them", keyword: "ask", expected: .met),
        Case(reply: "Don't buy anything before you know what you need", keyword: "need", expected: .met),
        Case(reply: "Rent a NE office downtown", keyword: "office", expected: .met),
    ]

    @Test(arguments: frenchCases)
    func inFrench(_ test: Case) {
        #expect(Self.status(test.reply, test.keyword, .fr) == test.expected)
    }

    @Test(arguments: englishCases)
    func inEnglish(_ test: Case) {
        #expect(Self.status(test.reply, test.keyword, .en) == test.expected)
    }

    @Test func thereAreEnoughCases() {
        #expect(Self.frenchCases.count + Self.englishCases.count >= 40)
    }

    @Test func scopeRunsToTheEndOfTheClause() {
        let analyzer = TextAnalyzer(language: .fr)
        let tokens = analyzer.tokens(of: "je n'ai pas un deux trois quatre cinq six sept huit")
        #expect(tokens.filter(\.isNegated).map(\.text) == ["ai", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit"])
        #expect(tokens.filter(\.isNegationCue).map(\.text) == ["ai", "pas"])
    }

    @Test func cuesAndScopesAreVisibleOnTokens() {
        let tokens = TextAnalyzer(language: .en).tokens(of: "Don't build a website, post on LinkedIn")
        #expect(tokens.filter(\.isNegationCue).map(\.text) == ["Don't"])
        #expect(tokens.filter(\.isNegated).map(\.text) == ["build", "a", "website"])
        #expect(tokens[1].negatedBy == 0)
    }
}
