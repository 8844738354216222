import Testing
@testable import FilRougeCore

/// When a negation turns down the subject of its clause or the idea of the question before it: a
/// verb of benefit negated (*X ne t'apportera aucun client*), a negative pronoun answering a
/// question (*Des réseaux sociaux ? Aucun ne…*); and when it does not.
struct NegatedSubjectTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var language: Language
        var reply: String
        var keyword: String
        var expected: CriterionStatus
        var testDescription: String { "[\(language.rawValue)] \(reply) [\(keyword)] → \(expected.rawValue)" }
    }

    static let cases: [Case] = [
        // A verb of benefit negated says its subject is of no use.
        Case(language: .fr, reply: "TikTok ne t'apportera aucun client.", keyword: "tiktok", expected: .negated),
        Case(language: .fr, reply: "Une newsletter ne te ramènera pas de clients.", keyword: "newsletter", expected: .negated),
        Case(language: .en, reply: "TikTok won't bring you any clients.", keyword: "tiktok", expected: .negated),
        Case(language: .en, reply: "A newsletter doesn't help a small firm.", keyword: "newsletter", expected: .negated),
        // Other verbs leave their subject alone.
        Case(language: .fr, reply: "Tes clients ne répondent pas au téléphone.", keyword: "clients", expected: .met),
        Case(language: .fr, reply: "Tes concurrents ne dorment pas.", keyword: "concurrents", expected: .met),
        Case(language: .en, reply: "Your clients don't answer the phone.", keyword: "clients", expected: .met),
        Case(language: .en, reply: "Your competitors don't wait.", keyword: "competitors", expected: .met),
        // A negative pronoun answering a question turns its idea down.
        Case(language: .fr, reply: "Des réseaux sociaux ? Aucun ne te sera utile.", keyword: "réseaux sociaux", expected: .negated),
        Case(language: .en, reply: "Social media? None of them will help you.", keyword: "social media", expected: .negated),
        // `aucun` before a noun names a new idea; `aucun problème` is no negation at all.
        Case(language: .fr, reply: "Des réseaux sociaux ? Aucun client n'est contre.", keyword: "réseaux sociaux", expected: .met),
        Case(language: .fr, reply: "Des réseaux sociaux ? Aucun problème, lance-toi.", keyword: "réseaux sociaux", expected: .met),
        Case(language: .en, reply: "Social media? No problem, go for it.", keyword: "social media", expected: .met),
    ]

    @Test(arguments: cases)
    func subjectsAndAnsweredIdeas(_ test: Case) {
        let analyzer = TextAnalyzer(language: test.language)
        let rubric = CompiledRubric(criteria: [Criterion(concept: "c", patterns: [test.keyword])], thresholds: .standard, analyzer: analyzer)
        #expect(rubric.evaluate(analyzer.tokens(of: test.reply)).criteria[0].status == test.expected)
    }
}
