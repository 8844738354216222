import Foundation
import FilRougeTestSupport
import Testing
import FilRougeCore
import FilRougeScenarios

/// The same advice gets the same grade in both bundled case studies: each pair of
/// `Fixtures/alancienne-language-pairs.tsv` says the same thing in French and in English (written
/// from the marking guide, each as a learner of that language would put it), and both rubrics must
/// give it the same band and find the same ideas in it.
struct CaseStudyLanguagePairTests {
    struct Pair: CustomTestStringConvertible, Sendable {
        var line: Int
        var frenchStep: String
        var englishStep: String
        var french: String
        var english: String
        var band: Band
        var testDescription: String { "line \(line): \(french)" }
    }

    static let pairs: [Pair] = {
        let url = Repository.coreFixtures.appendingPathComponent("alancienne-language-pairs.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").enumerated().dropFirst().compactMap { index, line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 5, let band = Band(rawValue: cells[4]) else { return nil }
            return Pair(line: index + 1, frenchStep: cells[0], englishStep: cells[1], french: cells[2], english: cells[3], band: band)
        }
    }()

    static func evaluator(_ name: String) -> RubricEvaluator? {
        guard let bundled = BundledScenarios.named(name), let scenario = ScenarioLoader.load(bundled.text, file: bundled.fileName).scenario else {
            return nil
        }
        return RubricEvaluator(scenario: scenario)
    }

    static let french = evaluator("alancienne.fr")
    static let english = evaluator("alancienne.en")

    @Test func everyStepOfBothLanguagesHasPairs() throws {
        #expect(Self.pairs.count == 66)
        #expect(Set(Self.pairs.map(\.frenchStep)).count == 11)
        #expect(Set(Self.pairs.map(\.englishStep)).count == 11)
    }

    @Test(arguments: pairs)
    func bothLanguagesGradeTheSameAdviceAlike(pair: Pair) throws {
        let french = try #require(Self.french?.evaluate(pair.french, step: pair.frenchStep), "no step \(pair.frenchStep)")
        let english = try #require(Self.english?.evaluate(pair.english, step: pair.englishStep), "no step \(pair.englishStep)")
        #expect(french.band == english.band, "fr \(french.band.rawValue) \(french.metConcepts), en \(english.band.rawValue) \(english.metConcepts)")
        // Ideas and misconceptions alike; developments (the words of a concrete action) only
        // matter through the band.
        #expect(Self.ideas(french) == Self.ideas(english))
    }

    static func ideas(_ evaluation: ReplyEvaluation) -> [String] {
        evaluation.criteria.filter { $0.status == .met && $0.weight != 0 }.map(\.concept)
    }
}
