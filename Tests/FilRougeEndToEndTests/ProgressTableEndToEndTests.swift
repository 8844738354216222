import Foundation
import FilRougeTestSupport
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `filrouge digest --learners` on the transcripts of Fixtures/digest (DigestEndToEndTests): the
/// progress table alone, in each format. The five learners' conversations were played in well under
/// a minute each.
struct ProgressTableEndToEndTests {
    static let fixtures = Repository.endToEndFixtures

    func digest(_ extra: [String]) throws -> FilRougeBinary.Run {
        let run = try FilRougeBinary.run(["digest", "--learners", "digest/", "--scenario", "digest-boulangerie.yaml"] + extra, directory: Self.fixtures)
        #expect(run.status == 0, "\(run.error)")
        return run
    }

    @Test func markdownIsTheTableAloneWithNamesEscaped() throws {
        #expect(try digest([]).output == """
            # Progression par apprenant·e · La boulangerie de Mme Levain

            | Apprenant·e                           | Étapes |         Total | Fin                            | Arrêt       | Indices |   Durée |
            | :------------------------------------ | -----: | ------------: | :----------------------------- | :---------- | ------: | ------: |
            | Camille                               |    2/2 | 100% (réussi) | Merci, je me lance dès lundi ! | terminée    |       0 | < 1 min |
            | Dominique                             |    2/2 |  75% (réussi) | Merci, je me lance dès lundi ! | terminée    |       0 | < 1 min |
            | Zoé "\\>\\<img src=x onerror=alert(1)\\> |    1/2 |  33% (manqué) | Bon, je vais y réfléchir.      | terminée    |       0 | < 1 min |
            | Quentin                               |    1/2 |  33% (manqué) | —                              | quittée     |       0 | < 1 min |
            | Eve                                   |    2/2 | 100% (réussi) | —                              | interrompue |       0 | < 1 min |

            """)
    }

    @Test func csvHasOneRowPerTranscriptWithFiguresForPrograms() throws {
        let run = try digest(["--format", "csv", "--anonymize"])
        #expect(run.output == [
            "learner,steps_reached,steps,score,band,ending,stopped,hints,seconds",
            "Apprenant·e 1,2,2,1.00,good,enthousiaste,finished,0,0",
            "Apprenant·e 2,2,2,0.75,good,enthousiaste,finished,0,0",
            // Number 3 is Oscar's, whose transcript is of another scenario.
            "Apprenant·e 4,1,2,0.33,missed,fin-rapide,finished,0,0",
            "Apprenant·e 5,1,2,0.33,missed,,quit,0,0",
            "Apprenant·e 6,2,2,1.00,good,,interrupted,0,0",
        ].map { $0 + "\r\n" }.joined())
    }

    @Test func jsonAndHTMLHoldTheSameRows() throws {
        let json = try JSONValue.parse(try digest(["--format", "json"]).output)
        let rows = try #require(json["progress"]?.arrayValue)
        #expect(json["learners"]?.numberValue == 5)
        #expect(rows.compactMap { $0["learner"]?.stringValue } == ["Camille", "Dominique", "Zoé \"><img src=x onerror=alert(1)>", "Quentin", "Eve"])
        #expect(rows.compactMap { $0["stopped"]?.stringValue } == ["finished", "finished", "finished", "quit", "interrupted"])
        #expect(rows.first?["number"] == .null)
        let html = try digest(["--format", "html"]).output
        #expect(html.contains("<tr><td>Quentin</td><td class=\"figure\">1/2</td><td class=\"figure\">33% (manqué)</td><td>—</td><td>quittée</td><td class=\"figure\">0</td><td class=\"figure\">&lt; 1 min</td></tr>"))
        #expect(!html.contains("<img"))
        _ = try XMLDocument(data: Data(html.utf8))
    }

    @Test func theFullDigestEndsWithTheTable() throws {
        let run = try FilRougeBinary.run(["digest", "digest/", "--scenario", "digest-boulangerie.yaml", "--format", "html"], directory: Self.fixtures)
        #expect(run.output.hasSuffix("</table>\n</section>\n</body>\n</html>\n"))
        #expect(run.output.contains("<section class=\"learners\">\n<h2>Progression par apprenant·e</h2>"))
        // The overview opens the page, before the first step; the table closes it, after the endings.
        let overview = try #require(run.output.range(of: "<section class=\"overview\">"))
        let firstStep = try #require(run.output.range(of: "<section class=\"step\""))
        let endings = try #require(run.output.range(of: "<section class=\"endings\">"))
        let table = try #require(run.output.range(of: "<section class=\"learners\">"))
        #expect(overview.lowerBound < firstStep.lowerBound)
        #expect(endings.lowerBound < table.lowerBound)
        #expect(run.output.contains("<td>Merci, je me lance dès lundi !</td><td>terminée</td>"))
    }

    @Test func replayLearnersRefusesTheOptionsOfAReplay() throws {
        for option in [["--auto"], ["--regrade", "digest-boulangerie.yaml"]] {
            let run = try FilRougeBinary.run(["replay", "--learners"] + option + ["digest/01-camille.jsonl"], directory: Self.fixtures)
            #expect(run.status == 64, "\(option)")
            #expect(run.error.contains("--learners prints the progress table instead of a replay; leave out --auto and --regrade."))
            #expect(run.output.isEmpty)
        }
    }
}
