import Testing
@testable import FilRougeCore

/// A reply gets the same grade whatever was graded before it with the same rubric. Rubrics remember
/// the keywords each word can start; two words written alike once folded can still have different
/// stems (`communique` and `communiqué`, `des` and `dès`), and each must be remembered as itself.
struct GradingOrderTests {
    static let criteria = [
        Criterion(concept: "communiquer", patterns: ["communiquer"]),
        Criterion(concept: "des", patterns: ["dès"]),
        Criterion(concept: "different", patterns: ["différent"]),
        Criterion(concept: "depasse", patterns: ["dépassé"]),
    ]
    static let replies = [
        "il communique", "il a communiqué", "dès le début", "des clients", "c’est différent", "ils diffèrent",
        "il dépasse", "il est dépassé",
    ]

    @Test(arguments: replies)
    func aReplyIsGradedAloneAsAfterAnyOther(reply: String) {
        let analyzer = TextAnalyzer(language: .fr)
        let alone = CompiledRubric(criteria: Self.criteria, thresholds: .standard, analyzer: analyzer)
            .evaluate(analyzer.tokens(of: reply))
        for earlier in Self.replies where earlier != reply {
            let rubric = CompiledRubric(criteria: Self.criteria, thresholds: .standard, analyzer: analyzer)
            _ = rubric.evaluate(analyzer.tokens(of: earlier))
            let afterwards = rubric.evaluate(analyzer.tokens(of: reply))
            #expect(afterwards == alone, "'\(reply)' graded after '\(earlier)'")
        }
    }
}
