import Testing
@testable import FilRougeCore

/// How the reading tables grade one reply: a single criterion made of the given keywords, read in
/// the given language, and the status the rubric gives it.
enum ReadingCases {
    static func status(_ reply: String, _ keywords: [String], _ language: Language) -> CriterionStatus {
        let analyzer = TextAnalyzer(language: language)
        let criterion = Criterion(concept: "c", patterns: keywords)
        let rubric = CompiledRubric(criteria: [criterion], thresholds: .standard, analyzer: analyzer)
        return rubric.evaluate(analyzer.tokens(of: reply)).criteria[0].status
    }

    /// One line of a reading table: a reply, the keywords of one idea, and what a careful reader
    /// concludes about that idea. Written `.fr(reply, keyword(s), expected)` or `.en(…)`.
    struct Case: Sendable, CustomTestStringConvertible {
        var language: Language
        var reply: String
        var keywords: [String]
        var expected: CriterionStatus

        var testDescription: String {
            "[\(language.rawValue)] \(reply) [\(ReadingCases.describe(keywords))] → \(expected.rawValue)"
        }

        static func fr(_ reply: String, _ keyword: String, _ expected: CriterionStatus) -> Case {
            Case(language: .fr, reply: reply, keywords: [keyword], expected: expected)
        }

        static func fr(_ reply: String, _ keywords: [String], _ expected: CriterionStatus) -> Case {
            Case(language: .fr, reply: reply, keywords: keywords, expected: expected)
        }

        static func en(_ reply: String, _ keyword: String, _ expected: CriterionStatus) -> Case {
            Case(language: .en, reply: reply, keywords: [keyword], expected: expected)
        }

        static func en(_ reply: String, _ keywords: [String], _ expected: CriterionStatus) -> Case {
            Case(language: .en, reply: reply, keywords: keywords, expected: expected)
        }
    }

    /// `site web | site internet` for the description of a case.
    static func describe(_ keywords: [String]) -> String {
        keywords.joined(separator: " | ")
    }
}
