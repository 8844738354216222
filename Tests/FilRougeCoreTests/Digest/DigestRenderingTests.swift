import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import FilRougeCore

/// The four documents of a digest: structure, and escaping of what learners typed.
struct DigestRenderingTests {
    /// A learner whose name and replies try to inject markup, escape sequences and Markdown.
    static let hostile: Digest = {
        let name = "\"><img src=x onerror=alert(1)> *Zoé* | \u{1B}]2;title\u{07}"
        let text = DigestFixtures.transcript(learner: name) { engine in
            engine.start() + engine.submit("apples <script>alert(1)</script> & pears \"><img src=x> [link](http://x) \u{1B}[2J\u{FFFF} | # _x_")
                + engine.submit("- cherries")
        }
        var builder = DigestBuilder(scenario: DigestFixtures.scenario, reference: DigestFixtures.reference)
        builder.add(ConversationRecord(text: text), fallbackName: "h")
        return builder.digest()
    }()

    /// Parses `html` as XML and returns the text of every element named `name`, or the parse error.
    static func parse(_ html: String, collecting name: String) -> (texts: [String], error: String?, elements: [String]) {
        final class Collector: NSObject, XMLParserDelegate {
            let name: String
            var texts: [String] = []
            var elements: [String] = []
            var depth = 0
            var current = ""
            init(name: String) { self.name = name }
            func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                elements.append(elementName)
                if elementName == name { depth += 1 }
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) {
                if depth > 0 { current += string }
            }
            func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
                if elementName == name {
                    depth -= 1
                    if depth == 0 { texts.append(current); current = "" }
                }
            }
        }
        let parser = XMLParser(data: Data(html.utf8))
        let collector = Collector(name: name)
        parser.delegate = collector
        let ok = parser.parse()
        return (collector.texts, ok ? nil : "\(parser.parserError.map { "\($0)" } ?? "unknown") at line \(parser.lineNumber)", collector.elements)
    }

    @Test func htmlIsWellFormedAndSelfContained() {
        let html = DigestHTML.render(DigestFixtures.digest())
        let parsed = Self.parse(html, collecting: "mark")
        #expect(parsed.error == nil)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"))
        // Nothing is fetched: no script, no link, no image, no URL but the SVG namespace.
        for forbidden in ["<script", "<link", "<img", "src=", "href=", "@import", "url("] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        let urls = html.components(separatedBy: "http").count - 1
        #expect(urls == html.components(separatedBy: "http://www.w3.org/").count - 1)
        // The overview: finishing, 5 totals, 2 steps stopped at, 4 routes; bands and criteria: 3 for
        // ask, 2 for side, 2 for last; then 5 endings.
        #expect(parsed.elements.filter { $0 == "svg" }.count == 1 + 5 + 2 + 4 + 3 + 2 + 2 + 5)
        #expect(parsed.elements.contains("style"))
        #expect(html.contains("@media print"))
        // Camille's reply: the two words that met the criteria.
        #expect(Array(parsed.texts.prefix(2)) == ["apples", "pears"])
    }

    @Test func htmlEscapesWhatLearnersTyped() {
        let html = DigestHTML.render(Self.hostile)
        let parsed = Self.parse(html, collecting: "blockquote")
        #expect(parsed.error == nil)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("\u{1B}"))
        #expect(!html.contains("\u{FFFF}"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("<strong>&quot;&gt;&lt;img src=x onerror=alert(1)&gt; *Zoé* | </strong>"))
        // The parser gives back the text as typed, less the control characters.
        let quote = parsed.texts.first ?? ""
        #expect(quote.contains("apples <script>alert(1)</script> & pears \"><img src=x> [link](http://x) "))
        #expect(parsed.elements.allSatisfy { !["script", "img", "a"].contains($0) })
    }

    @Test func markdownEscapesWhatLearnersTyped() {
        let markdown = DigestMarkdown.render(Self.hostile)
        // The name is trimmed, so that the bold closes.
        #expect(markdown.contains("**\"\\>\\<img src=x onerror=alert(1)\\> \\*Zoé\\* \\|** · good 100%"))
        #expect(markdown.contains("> **apples** \\<script\\>alert(1)\\</script\\> \\& **pears** \"\\>\\<img src=x\\> \\[link\\](http://x)  \\| \\# \\_x\\_\n"))
        // The reply to `last` starts its line with a dash: escaped, so it is no list item.
        #expect(markdown.contains("> \\- **cherries**\n"))
        #expect(!markdown.contains("\u{FFFF}"))
        #expect(!markdown.contains("\u{1B}"))
    }

    @Test func markdownLayout() throws {
        let markdown = DigestMarkdown.render(DigestFixtures.digest())
        #expect(markdown.hasPrefix("# Anthology of replies: Routes\n\nScenario routes 1 (en). 4 transcripts read; 1 damaged line ignored. Conversations from 2027-01-15 to 2027-01-17.\n\n## Overview\n"))
        // Steps are titled with their questions.
        #expect(markdown.contains("\n## Step 1 · Apples or pears?\n\nAnswered by 4 of 4 learners"))
        #expect(markdown.contains("\n## Step 2 · Why only pears?\n"))
        #expect(markdown.contains("""
            Answered by 4 of 4 learners: good 25% · partial 50% · missed 25%.

            | Idea | met | negated | missed |
            | :--- | ---: | ---: | ---: |
            | apple | 50% (2) | 25% (1) | 25% (1) |
            | pear | 50% (2) | 0% (0) | 50% (2) |

            ### Best replies

            **Camille** · good 100% · ideas met: apple, pear

            > **apples** and **pears**

            **Dominique** · partial 50% · ideas met: pear

            > **pears**
            >
            > *Follow-up:* nothing else
            """))
        #expect(markdown.contains("""
            | Ending | Learners |
            | :--- | ---: |
            | Great talk. | 25% (1) |
            | Nice talk. | 0% (0) |
            | Hmph. | 25% (1) |
            | *left before the end* | 25% (1) |
            | *transcript stops before the end* | 25% (1) |

            2 of 4 learners did not finish.

            ## Progress by learner

            """))
        // The fixtures' events all happen at the same moment: less than a minute each.
        #expect(markdown.hasSuffix("""
            ## Progress by learner

            | Learner      | Steps |         Total | Ending      | Stopped     | Hints |    Time |
            | :----------- | ----: | ------------: | :---------- | :---------- | ----: | ------: |
            | Camille      |   2/3 |   100% (good) | Great talk. | finished    |     0 | < 1 min |
            | Dominique    |   3/3 | 50% (partial) | Hmph.       | finished    |     0 | < 1 min |
            | unnamed-file |   1/3 |   0% (missed) | —           | quit        |     0 | < 1 min |
            | Eve          |   1/3 | 50% (partial) | —           | interrupted |     0 | < 1 min |

            """))
    }

    @Test func jsonHasAStableStructureWithSortedKeys() throws {
        let json = DigestJSON.render(DigestFixtures.digest(anonymize: true))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object.keys.sorted() == ["endings", "format", "learners", "overview", "progress", "scenario", "steps", "transcripts"])
        let progress = try #require(object["progress"] as? [[String: Any]])
        #expect(progress.count == 4)
        #expect(progress.first?.keys.sorted() == ["band", "ending", "hints", "learner", "number", "score", "seconds", "steps", "steps_reached", "stopped"])
        // Anonymized: the unnamed learner is the third, with a number of their own.
        #expect(progress.map { $0["learner"] as? String } == ["Learner 1", "Learner 2", "Learner 3", "Learner 4"])
        #expect(progress[2]["stopped"] as? String == "quit")
        #expect(progress[2]["ending"] is NSNull)
        #expect(object["format"] as? Int == 1)
        #expect(object["learners"] as? Int == 4)
        // The overview of CohortOverviewTests, unrounded.
        let overview = try #require(object["overview"] as? [String: Any])
        #expect(overview.keys.sorted() == ["finished", "other_routes", "routes", "scored", "scores", "stopped_at"])
        #expect((overview["finished"] as? [String: Any])?["share"] as? Double == 0.5)
        #expect(overview["scored"] as? Int == 4)
        let scores = try #require(overview["scores"] as? [[String: Any]])
        #expect(scores.map { $0["lower"] as? Int } == [80, 60, 40, 20, 0])
        #expect(scores.map { $0["upper"] as? Int } == [100, 79, 59, 39, 19])
        #expect(scores.map { ($0["learners"] as? [String: Any])?["count"] as? Int } == [1, 0, 2, 0, 1])
        let stops = try #require(overview["stopped_at"] as? [[String: Any]])
        #expect(stops.map { $0["step"] as? Int } == [1, 3])
        let routes = try #require(overview["routes"] as? [[String: Any]])
        #expect(routes.map { $0["steps"] as? [Int] } == [[1, 3], [1, 2, 3], [1], [1, 3]])
        #expect(routes.map { ($0["learners"] as? [String: Any])?["share"] as? Double } == [0.25, 0.25, 0.25, 0.25])
        let transcripts = try #require(object["transcripts"] as? [String: Any])
        #expect(transcripts["damaged_lines"] as? Int == 1)
        #expect(transcripts["skipped_by_reason"] as? [String: Int] == ["unreadable": 0, "no_header": 0, "other_scenario": 0, "other_version": 0])
        #expect(transcripts["first_started"] as? String == "2027-01-15T08:00:00.000Z")
        let steps = try #require(object["steps"] as? [[String: Any]])
        #expect(steps.map { $0["id"] as? String } == ["ask", "side", "last"])
        let ask = steps[0]
        #expect(ask.keys.sorted() == ["answered", "bands", "best_replies", "criteria", "id", "most_missed", "number", "question", "title"])
        #expect(ask["title"] as? String == "Apples or pears?")
        let bands = try #require(ask["bands"] as? [String: [String: Any]])
        #expect(bands["partial"]?["share"] as? Double == 0.5)
        #expect(bands["partial"]?["count"] as? Int == 2)
        let criteria = try #require(ask["criteria"] as? [[String: Any]])
        #expect(criteria.first?.keys.sorted() == ["concept", "label", "met", "misconception", "missed", "negated", "required"])
        let best = try #require(ask["best_replies"] as? [[String: Any]])
        #expect(best.map { $0["learner"] as? String } == ["Learner 1", "Learner 2", "Learner 4"])
        #expect(best.map { $0["pinned"] as? Bool } == [false, false, false])
        let endings = try #require(object["endings"] as? [String: Any])
        let reached = try #require(endings["reached"] as? [[String: Any]])
        #expect(reached.map { $0["id"] as? String } == ["happy", "fine", "grumpy"])
        #expect(reached.map { $0["title"] as? String } == ["Great talk.", "Nice talk.", "Hmph."])
        let replies = try #require(best.first?["replies"] as? [[String: Any]])
        let highlights = try #require(replies.first?["highlights"] as? [[String: Any]])
        #expect(highlights.first?["start"] as? Int == 0)
        #expect(highlights.first?["end"] as? Int == 6)
        #expect(highlights.first?["kind"] as? String == "met")
        // A step no one answered has null shares.
        let digest = { () -> Digest in
            var builder = DigestBuilder(scenario: DigestFixtures.scenario, reference: DigestFixtures.reference)
            builder.add(ConversationRecord(text: DigestFixtures.camille), fallbackName: "c")
            return builder.digest()
        }()
        #expect(DigestJSON.render(digest).contains("\"answered\" : {\n        \"count\" : 0,\n        \"share\" : 1,") == false)
        let side = try #require((try JSONSerialization.jsonObject(with: Data(DigestJSON.render(digest).utf8)) as? [String: Any])?["steps"] as? [[String: Any]])[1]
        let sideCriteria = try #require(side["criteria"] as? [[String: Any]])
        #expect(sideCriteria.first?["met"].map { ($0 as? [String: Any])?["share"] is NSNull } == true)
        // Keys are written sorted, so two digests can be diffed.
        let keys = json.split(separator: "\n").compactMap { line -> String? in
            guard let quote = line.firstIndex(of: "\""), line.hasPrefix("  \"") else { return nil }
            return String(line[quote...].prefix { $0 != ":" })
        }
        #expect(keys == keys.sorted())
    }

    @Test func csvHasOneRowPerStepAndCriterion() {
        let csv = DigestCSV.render(DigestFixtures.digest())
        let rows = csv.split(separator: "\r\n").map(String.init)
        #expect(rows.first == "step_number,step,concept,label,misconception,required,answered,met,met_share,negated,negated_share,missed,missed_share")
        #expect(rows.count == 1 + 4)
        #expect(rows[1] == "1,ask,apple,apple,false,false,4,2,0.5000,1,0.2500,1,0.2500")
        #expect(rows[3] == "2,side,taste,taste,false,false,1,1,1.0000,0,0.0000,0,0.0000")
        #expect(DigestCSV.share(Proportion(count: 2, of: 3)) == "0.6667")
        #expect(DigestCSV.share(Proportion(count: 0, of: 0)) == "")
    }

    /// As in the export: rows end with CRLF, and only rows (the digest's used to end with LF).
    @Test func csvRowsEndWithCRLFAsTheExportsDo() {
        let csv = DigestCSV.render(DigestFixtures.digest())
        #expect(csv.hasSuffix("\r\n"))
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(csv.components(separatedBy: "\r\n").count == 1 + 4 + 1)
    }

    /// A label in a scenario file passed from hand to hand is someone else's text, as a reply is:
    /// the digest's CSV guards it against formulas as the export does (it used not to).
    @Test func csvGuardsTheScenariosWordsAgainstSpreadsheetFormulas() throws {
        var digest = DigestFixtures.digest()
        digest.steps[0].criteria[0].label = "=HYPERLINK(\"http://example.com\",\"apple\")"
        digest.steps[0].criteria[1].label = "-1 pear"
        let csv = DigestCSV.render(digest)
        let rows = CSVReader.read(csv, file: "digest.csv").records.map { $0.fields.map(\.value) }
        let label = try #require(DigestCSV.columns.firstIndex(of: "label"))
        #expect(rows[1][label] == "'=HYPERLINK(\"http://example.com\",\"apple\")")
        #expect(rows[2][label] == "'-1 pear")
        #expect(!csv.contains(",=HYPERLINK") && !csv.contains(",\"=HYPERLINK"))
    }

    @Test func csvCellsAreMadeSafeForATerminal() {
        var digest = DigestFixtures.digest()
        digest.steps[0].criteria[0].label = "apple\u{1B}[2Jred"
        #expect(DigestCSV.render(digest).contains(",applered,"))
    }

    @Test func frenchScenariosGetAFrenchDocument() throws {
        var french = DigestFixtures.reference
        french.language = .fr
        var scenario = DigestFixtures.scenario
        scenario.language = .fr
        let text = DigestFixtures.transcript(learner: "Camille", reference: french) { engine in engine.start() + engine.submit("apples") }
        var builder = DigestBuilder(scenario: scenario, reference: french)
        builder.add(ConversationRecord(text: text), fallbackName: "c")
        let markdown = DigestMarkdown.render(builder.digest())
        #expect(markdown.hasPrefix("# Florilège des réponses\u{00A0}: Routes\n\nScénario routes 1 (fr). 1 transcription lue."))
        #expect(markdown.contains("1 apprenant sur 1 a répondu\u{00A0}: réussi 0% · partiel 100% · manqué 0%."))
        #expect(markdown.contains("## Étape 1 · Apples or pears?\n"))
        #expect(markdown.contains("## Vue d’ensemble\n\n0 apprenants sur 1 ont terminé (0%).\n\n| Score total | Apprenants |\n| :--- | ---: |\n| 80–100% | 0% (0) |\n| 60–79% | 0% (0) |\n| 40–59% | 100% (1) |\n"))
        #expect(markdown.contains("| Où ils se sont arrêtés | Apprenants |\n| :--- | ---: |\n| Étape 1 · Apples or pears? | 100% (1) |\n"))
        #expect(markdown.contains("| Parcours (étapes dans l’ordre suivi) | Apprenants |\n| :--- | ---: |\n| 1 (arrêt) | 100% (1) |\n"))
        #expect(DigestHTML.render(builder.digest()).contains("lang=\"fr\""))
    }

    @Test func barChartsAddUpToTheirWidth() {
        let svg = DigestBarChart.svg([.init(share: 1.0 / 3, cssClass: "good"), .init(share: 1.0 / 3, cssClass: "partial"), .init(share: 1.0 / 3, cssClass: "missed")], label: "a < b")
        #expect(svg.contains("<rect class=\"good\" x=\"0\" y=\"0\" width=\"333\" height=\"40\"/>"))
        #expect(svg.contains("<rect class=\"partial\" x=\"333\" y=\"0\" width=\"334\" height=\"40\"/>"))
        #expect(svg.contains("<rect class=\"missed\" x=\"667\" y=\"0\" width=\"333\" height=\"40\"/>"))
        #expect(svg.contains("aria-label=\"a &lt; b\""))
        let empty = DigestBarChart.svg([.init(share: 0, cssClass: "good")], label: "none")
        #expect(!empty.contains("class=\"good\""))
    }
}
