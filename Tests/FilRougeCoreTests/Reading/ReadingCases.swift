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

    /// `site web | site internet` for the description of a case.
    static func describe(_ keywords: [String]) -> String {
        keywords.joined(separator: " | ")
    }
}
