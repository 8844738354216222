@testable import FilRougeCore
import Testing

/// The one scheme by which replay, digest and export name or number learners.
struct LearnerNamingTests {
    @Test func oneNumberPerTrimmedNameAndOneForEachTranscriptWithoutAName() {
        var numbering = LearnerNumbering()
        let numbers = ["Camille", "Léa", nil, " Camille\n", "", "Léa", nil].map { numbering.number(for: $0) }
        #expect(numbers == [1, 2, 3, 1, 4, 2, 5])
    }

    @Test func namedByTheHeaderElseByTheFileUnlessAnonymized() {
        var named = LearnerNaming(anonymize: false)
        #expect(named.name(given: "  Camille ", fallback: "a") == .named("Camille"))
        #expect(named.name(given: nil, fallback: "lea") == .named("lea"))
        #expect(named.name(given: " ", fallback: "x") == .named("x"))
        var numbered = LearnerNaming(anonymize: true)
        #expect(numbered.name(given: "Camille", fallback: "a") == .numbered(1))
        #expect(numbered.name(given: nil, fallback: "b") == .numbered(2))
        #expect(numbered.name(given: "Camille", fallback: "c") == .numbered(1))
    }

    @Test func aLearnerWithoutANameIsCalledByTheFileNameWithoutItsExtension() {
        #expect(LearnerNaming.fallbackName(of: "groupe-a/camille.jsonl") == "camille")
        #expect(LearnerNaming.fallbackName(of: "lea.json") == "lea")
        #expect(LearnerNaming.fallbackName(of: "notes.txt") == "notes.txt")
        #expect(LearnerNaming.fallbackName(of: ".jsonl") == ".jsonl")
    }

    @Test func theWordsOfAnonymityFollowTheScenariosLanguage() {
        #expect(LearnerName.numbered(3).label(in: .fr) == "Apprenant·e 3")
        #expect(LearnerName.numbered(3).label(in: .en) == "Learner 3")
        #expect(LearnerName.named("Camille").label(in: .fr) == "Camille")
        #expect(AnonymousLabels.account(3) == "learner-3")
        #expect(AnonymousLabels.transcript(3) == "transcript 3")
        #expect(AnonymousLabels.transcriptCell(3) == "transcript-3")
    }
}
