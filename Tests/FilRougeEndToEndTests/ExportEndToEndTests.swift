import Foundation
import FilRougeTestSupport
import Testing

/// `filrouge export` on transcripts written by `filrouge play`, with the damaged and unreadable
/// files a facilitator's folder ends up holding.
@Suite(.serialized)
struct ExportEndToEndTests {
    /// A folder of transcripts: three learners, one of them twice, a conversation cut short, a
    /// damaged line, a file without a header, and files that are not transcripts.
    struct Folder {
        let root: URL
        var group: URL { root.appendingPathComponent("group") }

        init() throws {
            root = try FilRougeBinary.temporaryDirectory()
            try FileManager.default.createDirectory(at: group.appendingPathComponent("sub"), withIntermediateDirectories: true)
            try play("camille.jsonl", name: "Camille", seed: 5, "Oui, la précommande en ligne, c'est simple", "Des photos, c'est tout")
            try play("camille-2.jsonl", name: "Camille", seed: 6, "Une commande en ligne, pourquoi pas.", "simple et pas cher")
            try play("sub/dominique.jsonl", name: "Dominique", seed: 7, #"=HYPERLINK("http://example.com","clic")"#, "Pas de commande en ligne, non, ce n'est pas pour moi")
            try play("eve.jsonl", name: "Eve", seed: 8, "commande en ligne, simple", "Facebook et des photos")
            // A hand edit in the middle of Eve's transcript.
            let eve = group.appendingPathComponent("eve.jsonl")
            var lines = try String(contentsOf: eve, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            lines.insert("{\"type\":\"reply\",", at: 3)
            try lines.joined(separator: "\n").write(to: eve, atomically: true, encoding: .utf8)
            try "hello\n".write(to: group.appendingPathComponent("headless.jsonl"), atomically: true, encoding: .utf8)
            try "notes\n".write(to: group.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
            try FileManager.default.copyItem(at: group.appendingPathComponent("camille.jsonl"), to: group.appendingPathComponent(".backup.jsonl"))
        }

        func play(_ name: String, name learner: String, seed: Int, _ replies: String...) throws {
            let run = try FilRougeBinary.run(
                ["play", PlayEndToEndTests.fixture.path, "--seed", String(seed), "--name", learner, "--transcript", group.appendingPathComponent(name).path],
                input: replies.map { $0 + "\n" }.joined()
            )
            #expect(run.status == 0, "\(run.error)")
        }

        func remove() {
            try? FileManager.default.removeItem(at: root)
        }
    }

    @Test func csvHasOneRowPerAnsweredStepAndReportsWhatItSkips() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let output = folder.root.appendingPathComponent("results.csv")
        let run = try FilRougeBinary.run(["export", "group", "missing.jsonl", "--format", "csv", "-o", output.path], directory: folder.root)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.isEmpty)
        let errors = run.error.split(separator: "\n").map(String.init)
        #expect(errors.contains("filrouge: group/eve.jsonl:4: not a transcript entry (The given data was not valid JSON.); line skipped"), "\(errors)")
        #expect(errors.contains("filrouge: group/headless.jsonl:1: not a transcript entry (The given data was not valid JSON.); line skipped"))
        #expect(errors.contains("filrouge: group/headless.jsonl: no readable header line, so no scenario or learner; file skipped"))
        #expect(errors.contains("filrouge: no such file: missing.jsonl; skipped"))
        #expect(errors.last == "filrouge: exported 6 rows from 4 transcripts (3 complete); 2 files skipped, 2 damaged lines skipped")

        let text = try String(contentsOf: output, encoding: .utf8)
        let rows = try RFC4180Reader.rows(text)
        #expect(rows.first == [
            "learner", "transcript", "scenario", "version", "step", "attempts", "reply", "score", "band",
            "criteria_met", "criteria_negated", "misconceptions_met", "started", "answered",
        ])
        let body = rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(rows[0], $0)) }
        #expect(body.allSatisfy { $0.count == 14 })
        #expect(body.map { "\($0["transcript"] ?? "") \($0["step"] ?? "")" } == [
            "group/camille-2.jsonl commandes",
            "group/camille.jsonl commandes", "group/camille.jsonl reseaux",
            "group/eve.jsonl commandes", "group/eve.jsonl reseaux",
            "group/sub/dominique.jsonl commandes",
        ])
        let camille = body[1]
        #expect(camille["learner"] == "Camille")
        #expect(camille["scenario"] == "boulangerie")
        #expect(camille["version"] == "1.0")
        #expect(camille["reply"] == "Oui, la précommande en ligne, c'est simple")
        #expect(camille["attempts"] == "1")
        #expect(camille["score"] == "1.00")
        #expect(camille["band"] == "good")
        #expect(camille["criteria_met"] == "commande-en-ligne;simplicite")
        #expect(body[2]["score"] == "0.50")
        #expect(body[2]["criteria_met"] == "photos")

        let followedUp = body[0]
        #expect(followedUp["attempts"] == "2")
        #expect(followedUp["reply"] == "Une commande en ligne, pourquoi pas.\nsimple et pas cher")

        let dominique = body[5]
        #expect(dominique["reply"] == "'=HYPERLINK(\"http://example.com\",\"clic\")\nPas de commande en ligne, non, ce n'est pas pour moi")
        #expect(dominique["band"] == "missed")
        #expect(dominique["criteria_negated"] == "commande-en-ligne")

        // Every row's figures against the transcript's own step_completed lines.
        for row in body {
            let transcript = folder.root.appendingPathComponent(row["transcript"] ?? "")
            let completed = try String(contentsOf: transcript, encoding: .utf8).split(separator: "\n").compactMap { line in
                (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
            }.filter { $0["type"] as? String == "step_completed" && $0["step"] as? String == row["step"] }
            let last = try #require(completed.last)
            #expect(row["band"] == last["band"] as? String)
            #expect(row["score"] == String(format: "%.2f", last["score"] as? Double ?? -1))
            #expect(row["answered"] == last["at"] as? String)
            #expect(row["started"]?.hasSuffix("Z") == true)
        }
    }

    @Test func anonymizedCSVNumbersLearnersAndNamesNoFile() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let run = try FilRougeBinary.run(["export", "group", "--format", "csv", "--anonymize"], directory: folder.root)
        #expect(run.status == 0, "\(run.error)")
        let rows = try RFC4180Reader.rows(run.output).dropFirst()
        // Files in path order: camille-2, camille, eve, headless (no header: no learner), sub/dominique.
        #expect(rows.map { "\($0[0]) \($0[1])" } == [
            "1 transcript-1", "1 transcript-2", "1 transcript-2",
            "2 transcript-3", "2 transcript-3", "3 transcript-5",
        ])
        for name in ["Camille", "Eve", "Dominique", "camille", "eve", "dominique", "headless", ".jsonl"] {
            #expect(!run.output.contains(name), "\(name)")
            #expect(!run.error.contains(name), "\(name)")
        }
        #expect(run.error.contains("filrouge: transcript 3:4: "))
        #expect(run.error.contains("filrouge: transcript 4: no readable header line"))
    }

    @Test func xapiStatementsHaveTheStructureOfTheSpecification() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let run = try FilRougeBinary.run(["export", "group", "--format", "xapi"], directory: folder.root)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.error.hasSuffix("filrouge: exported 10 statements from 4 transcripts (3 complete); 1 file skipped, 2 damaged lines skipped\n"))
        let statements = try #require(try JSONValue.parse(run.output).arrayValue)
        #expect(statements.count == 10)
        for statement in statements {
            #expect(XAPIStatementValidator.validate(statement) == [], "\(statement)")
        }
        let verbs = statements.compactMap { $0["verb"]?["id"]?.stringValue }
        #expect(verbs.filter { $0 == "http://adlnet.gov/expapi/verbs/answered" }.count == 6)
        #expect(verbs.filter { $0 == "http://adlnet.gov/expapi/verbs/completed" }.count == 3)
        // The fourth conversation was left before its ending.
        #expect(verbs.filter { $0 == "http://adlnet.gov/expapi/verbs/suspended" }.count == 1)
        let ids = statements.compactMap { $0["id"]?.stringValue }
        #expect(Set(ids).count == 10, "one id per statement")

        let first = statements[0]
        #expect(first["actor"]?["account"]?["name"]?.stringValue == "Camille")
        #expect(first["actor"]?["account"]?["homePage"]?.stringValue == "https://filrouge.example")
        #expect(first["object"]?["id"]?.stringValue == "https://filrouge.example/scenarios/boulangerie/steps/commandes")
        #expect(first["context"]?["contextActivities"]?["parent"]?.arrayValue?.first?["id"]?.stringValue == "https://filrouge.example/scenarios/boulangerie")
        #expect(first["context"]?["language"]?.stringValue == "fr")
        #expect(first["result"]?["response"]?.stringValue == "Une commande en ligne, pourquoi pas.\nsimple et pas cher")
        #expect(first["result"]?["success"] == .bool(true))
        #expect(first["result"]?["score"]?["scaled"]?.numberValue == 1)
        #expect(first["result"]?["extensions"]?["https://filrouge.example/xapi/extensions/band"]?.stringValue == "good")

        // The same export again gives the same ids, so that a store does not record them twice.
        let again = try FilRougeBinary.run(["export", "group", "--format", "xapi"], directory: folder.root)
        #expect(try JSONValue.parse(again.output).arrayValue?.compactMap { $0["id"]?.stringValue } == ids)
    }

    @Test func xapiOptionsChangeTheIRIsAndAnonymizeTheActors() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let output = folder.root.appendingPathComponent("statements.json")
        let run = try FilRougeBinary.run(
            ["export", "group/camille.jsonl", "--format", "xapi", "--anonymize", "--activity-base", "https://lms.example.org/filrouge/", "-o", output.path],
            directory: folder.root
        )
        #expect(run.status == 0, "\(run.error)")
        let statements = try #require(try JSONValue.parse(String(contentsOf: output, encoding: .utf8)).arrayValue)
        #expect(statements.count == 3)
        for statement in statements {
            #expect(XAPIStatementValidator.validate(statement) == [])
            #expect(statement["actor"]?["name"]?.stringValue == "Apprenant·e 1", "the scenario is French")
            #expect(statement["actor"]?["account"]?["name"]?.stringValue == "learner-1")
            #expect(statement["actor"]?["account"]?["homePage"]?.stringValue == "https://lms.example.org/filrouge")
            #expect(statement["object"]?["id"]?.stringValue?.hasPrefix("https://lms.example.org/filrouge/scenarios/boulangerie") == true)
        }
        #expect(statements.last?["verb"]?["id"]?.stringValue == "http://adlnet.gov/expapi/verbs/completed")
        #expect(statements.last?["result"]?["score"]?["scaled"]?.numberValue == 0.75)
    }

    @Test func theValidatorCatchesBrokenStatements() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let run = try FilRougeBinary.run(["export", "group/camille.jsonl", "--format", "xapi"], directory: folder.root)
        let valid = try #require(run.output.data(using: .utf8))
        let statement = try #require((try JSONSerialization.jsonObject(with: valid) as? [[String: Any]])?.first)
        func problems(_ change: (inout [String: Any]) -> Void) throws -> [String] {
            var broken = statement
            change(&broken)
            let data = try JSONSerialization.data(withJSONObject: broken)
            return XAPIStatementValidator.validate(try JSONValue.parse(String(decoding: data, as: UTF8.self)))
        }
        #expect(try problems { _ in } == [])
        #expect(try problems { $0["id"] = "not-a-uuid" } == ["id: not an RFC 4122 UUID"])
        #expect(try problems { $0["verb"] = ["id": "answered"] } == ["verb.id: 'answered' is not an absolute IRI"])
        #expect(try problems { $0["timestamp"] = "29/11/2026" } == ["timestamp: not an ISO 8601 time with a time zone"])
        #expect(try problems { $0["version"] = "1.0.3" } == ["version: a client may only set 1.0.0"])
        #expect(try problems { $0["actor"] = nil } == ["actor: missing"])
        #expect(try problems { statement in
            var result = statement["result"] as? [String: Any] ?? [:]
            result["score"] = ["scaled": 1.5, "raw": 150, "min": 0, "max": 100]
            statement["result"] = result
        } == ["result.score.scaled: 1.5 is outside -1…1", "result.score.raw: above max"])
    }

    @Test func badOptionsAreRefusedWithUsage() throws {
        let noFormat = try FilRougeBinary.run(["export", "x.jsonl"])
        #expect(noFormat.status == 64)
        #expect(noFormat.error.contains("Error: --format csv or --format xapi says what to write."))
        let relative = try FilRougeBinary.run(["export", "x.jsonl", "--format", "xapi", "--activity-base", "filrouge.example"])
        #expect(relative.status == 64)
        #expect(relative.error.contains("--activity-base must be an absolute IRI such as https://lms.example.org/filrouge, not 'filrouge.example'."))
        let csvBase = try FilRougeBinary.run(["export", "x.jsonl", "--format", "csv", "--home-page", "https://a.example"])
        #expect(csvBase.status == 64)
        #expect(csvBase.error.contains("--activity-base and --home-page apply to --format xapi only."))
        let nothing = try FilRougeBinary.run(["export", "/nowhere/t.jsonl", "--format", "csv"])
        #expect(nothing.status == 1, "nothing could be read")
        #expect(nothing.output == "learner,transcript,scenario,version,step,attempts,reply,score,band,criteria_met,criteria_negated,misconceptions_met,started,answered\r\n")
    }
}
