import Testing
@testable import FilRougeCore

/// When a negation turns down the subject of its clause or the idea of the question before it: a
/// verb of benefit negated (*X ne t'apportera aucun client*), a negative pronoun answering a
/// question (*Des réseaux sociaux ? Aucun ne…*); and when it does not.
struct NegatedSubjectTests {
    typealias Case = ReadingCases.Case

    static let cases: [Case] = [
        // A verb of benefit negated says its subject is of no use.
        .fr("TikTok ne t'apportera aucun client.", "tiktok", .negated),
        .fr("Une newsletter ne te ramènera pas de clients.", "newsletter", .negated),
        .en("TikTok won't bring you any clients.", "tiktok", .negated),
        .en("A newsletter doesn't help a small firm.", "newsletter", .negated),
        // Other verbs leave their subject alone.
        .fr("Tes clients ne répondent pas au téléphone.", "clients", .met),
        .fr("Tes concurrents ne dorment pas.", "concurrents", .met),
        .en("Your clients don't answer the phone.", "clients", .met),
        .en("Your competitors don't wait.", "competitors", .met),
        // A negative pronoun answering a question turns its idea down.
        .fr("Des réseaux sociaux ? Aucun ne te sera utile.", "réseaux sociaux", .negated),
        .en("Social media? None of them will help you.", "social media", .negated),
        // `aucun` before a noun names a new idea; `aucun problème` is no negation at all.
        .fr("Des réseaux sociaux ? Aucun client n'est contre.", "réseaux sociaux", .met),
        .fr("Des réseaux sociaux ? Aucun problème, lance-toi.", "réseaux sociaux", .met),
        .en("Social media? No problem, go for it.", "social media", .met),
    ]

    @Test(arguments: cases)
    func subjectsAndAnsweredIdeas(_ test: Case) {
        #expect(ReadingCases.status(test.reply, test.keywords, test.language) == test.expected)
    }
}
