import Testing
@testable import FilRougeCore

/// Keyword suggestions on a small step whose every effect is worked out by hand. Bands by ideas,
/// good from 2, partial from 1; `attente` is met by `attente` or `queue`, `horaires` by `horaires`
/// or `ouverture`.
///
///   line  reply                                            marker                machine
///   2     Tes clients poireautent au comptoir.             partial [attente]     missed
///   3     Ils poireautent et tes horaires sont mauvais.    good [attente;horaires] partial (horaires)
///   4     Tes clients aiment tes horaires.                 partial [horaires]    partial
///   5     La queue est longue.                             partial [attente]     partial
///   6     Ouverture d'esprit, c'est tout.                  missed []             partial (ouverture)
struct KeywordSuggesterTests {
    static func suggestions() throws -> KeywordSuggester {
        let yaml = """
            id: suggest
            title: Suggest
            language: fr
            version: "1"
            persona: { name: Mme Vidal }
            bands: { ideas: { good: 2, partial: 1 } }
            steps:
              - id: attente
                question: "Pourquoi mes clients partent ?"
                rubric:
                  - concept: attente
                    keywords: [attente, queue]
                  - concept: horaires
                    keywords: [horaires, ouverture]
                reactions: { good: "Oui.", partial: "Bon.", missed: "Ah." }
                routes: [{ goto: end }]
            endings:
              - id: merci
                says: "Merci."
            """
        let scenario = try #require(ScenarioLoader.load(yaml, file: "suggest.yaml", warnings: false).scenario)
        let rows: [(String, Band, [String])] = [
            ("Tes clients poireautent au comptoir.", .partial, ["attente"]),
            ("Ils poireautent et tes horaires sont mauvais.", .good, ["attente", "horaires"]),
            ("Tes clients aiment tes horaires.", .partial, ["horaires"]),
            ("La queue est longue.", .partial, ["attente"]),
            ("Ouverture d'esprit, c'est tout.", .missed, []),
        ]
        let marks = rows.enumerated().map { index, row in
            MarkedReply(line: index + 2, step: "attente", reply: row.0, band: row.1, concepts: row.2)
        }
        return KeywordSuggester(scenario: scenario, marks: MarksFile(file: "marks.csv", marks: marks, namesConcepts: true))
    }

    @Test func theWordOfTheMostCreditedRepliesComesFirst() throws {
        let attente = try #require(try Self.suggestions().criteria.first { $0.concept == "attente" })
        // `poireautent` meets lines 2 and 3: line 2 becomes partial, line 3 good (two ideas); both
        // are the marker's bands and both name `attente`.
        let first = try #require(attente.additions.first)
        #expect(first.keywords == ["poireautent"])
        #expect(first.bandsResolved == 2)
        #expect(first.bandsBroken == 0)
        #expect(first.conceptsResolved == 2)
        #expect(first.conceptsBroken == 0)
        #expect(first.lines == [2, 3])
    }

    @Test func wordsThatWouldBeWrongAsOftenAsRightAreNotProposed() throws {
        let attente = try #require(try Self.suggestions().criteria.first { $0.concept == "attente" })
        let proposed = attente.additions.flatMap(\.keywords)
        // `clients` would credit line 2 rightly and line 4 wrongly (and make line 4 good);
        // `horaires` would credit line 3 rightly and line 4 wrongly.
        #expect(!proposed.contains("clients"))
        #expect(!proposed.contains("horaires"))
        // `tes`, `ils`, `sont`, `au` are too short or too common to begin or end a keyword.
        #expect(!proposed.contains { ["tes", "ils", "sont", "au"].contains($0) })
        // `mauvais` resolves line 3 alone.
        let mauvais = try #require(attente.additions.first { $0.keywords.contains("mauvais") })
        #expect(mauvais.lines == [3])
        #expect(mauvais.bandsResolved == 1)
    }

    @Test func aKeywordMetOnlyWhereTheMarkerCreditedNothingIsTooBroad() throws {
        let horaires = try #require(try Self.suggestions().criteria.first { $0.concept == "horaires" })
        // `ouverture` met only in line 6, which names no concept; taking it out makes line 6
        // missed, as marked. `horaires` met in lines 3 and 4, both credited.
        #expect(horaires.tooBroad == [BroadKeyword(keyword: "ouverture", lines: [6], bandGainIfRemoved: 1)])
    }
}
