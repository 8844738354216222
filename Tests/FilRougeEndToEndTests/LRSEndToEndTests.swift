import Foundation
import Testing
import FilRougeTestSupport

/// The xAPI road, against Ralph, a real learning record store started on loopback for each test
/// (`RalphServer`): a cohort sent with `export --lrs` or as it plays with `play --lrs`, read back
/// with `digest --lrs` and `export --lrs`, and what happens when the store refuses, is down or is slow.
@Suite struct LRSEndToEndTests {
    /// Four learners of the bundled French case study, played one after the other (so that the
    /// files' order is the order the conversations began), in `folder`: Alice and Chloé answer
    /// every step and reach an ending, Bruno leaves with /quitter at his second step, Dominique's
    /// input ends after one reply (both suspended).
    static func playCohort(in folder: URL) throws -> [URL] {
        let advice = [
            "Il faut d'abord écouter tes clients : fais un sondage, demande-leur ce qu'ils attendent.",
            "Regarde aussi ce que font tes concurrents en ligne, les autres cabinets.",
            "Tu pourrais proposer un portail client pour déposer les factures, et la signature électronique.",
            "Forme ton équipe aux outils numériques, progressivement.",
            "Commence petit, avec un budget limité, et mesure les résultats.",
        ]
        let learners: [(name: String, seed: String, replies: [String])] = [
            ("Alice", "1", Array(repeating: advice, count: 6).flatMap { $0 }),
            ("Bruno", "2", ["Fais un site web et une page Facebook.", "Je ne sais pas.", "/quitter"]),
            ("Chloé", "3", Array(repeating: advice.reversed(), count: 6).flatMap { $0 }),
            ("Dominique", "4", ["Je ne sais pas trop, peut-être de la publicité."]),
        ]
        var files: [URL] = []
        for (index, learner) in learners.enumerated() {
            let file = folder.appendingPathComponent("0\(index + 1)-\(learner.name.lowercased()).jsonl")
            let run = try FilRougeBinary.run(
                ["play", "--seed", learner.seed, "--name", learner.name, "--transcript", file.path, "--no-coach"],
                input: learner.replies.joined(separator: "\n") + "\n"
            )
            try #require(run.status == 0, "play \(learner.name): \(run.error)")
            files.append(file)
        }
        return files
    }

    /// How many statements a transcript gives, counted from its lines as docs/xapi.md says: one
    /// per step completed (`step_completed`), and one if the conversation finished (`end`).
    static func statementCount(_ files: [URL]) throws -> Int {
        try files.reduce(0) { total, file in
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
            let steps = lines.filter { $0.contains("\"type\":\"step_completed\"") }.count
            return total + steps + (lines.contains { $0.contains("\"type\":\"end\"") } ? 1 : 0)
        }
    }

    /// A line as docs/xapi.md shows it or as the program prints it, with its numbers, addresses and
    /// paths made placeholders, so that the guide's examples are held to what the program says.
    static func shape(_ line: String) -> String {
        line.replacingOccurrences(of: #"https?://[^ )]+"#, with: "URL", options: .regularExpression)
            .replacingOccurrences(of: #"/[^ ]+\.jsonl"#, with: "FILE", options: .regularExpression)
            .replacingOccurrences(of: #"\d+"#, with: "N", options: .regularExpression)
    }

    /// The lines of docs/xapi.md, shaped.
    static func guideLines() throws -> Set<String> {
        Set(try Repository.text("docs/xapi.md").split(separator: "\n").map { shape(String($0).replacingOccurrences(of: "$ ", with: "")) })
    }

    /// The last line of standard error: the command's summary.
    static func summary(_ run: ProcessRun) -> String {
        run.error.split(separator: "\n").last.map(String.init) ?? ""
    }

    @Test func aCohortSentToTheStoreIsStoredOnceAndReadsBackAsTheSameFlorilege() throws {
        let store = try RalphServer.start()
        defer { store.stop() }
        let folder = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cohort = folder.appendingPathComponent("groupe")
        try FileManager.default.createDirectory(at: cohort, withIntermediateDirectories: true)
        let files = try Self.playCohort(in: cohort)
        let expected = try Self.statementCount(files)

        let sent = try FilRougeBinary.run(["export", cohort.path, "--lrs", store.endpoint], environment: store.environment)
        #expect(sent.status == 0, "\(sent.error)")
        let stored = try store.storedStatements()
        // What the store holds is what the file export gives: the same statements, by id.
        let exported = try FilRougeBinary.run(["export", cohort.path, "--format", "xapi"])
        let exportedIDs = try #require(try JSONSerialization.jsonObject(with: Data(exported.output.utf8)) as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(Set(stored.compactMap { $0["id"] as? String }) == Set(exportedIDs))
        #expect(stored.count == expected)
        #expect(Self.summary(sent) == "filrouge: sent \(expected) statements from 4 transcripts to \(store.endpoint): \(expected) stored, 0 already there, 0 refused")
        // Two conversations completed, one suspended (/quitter), one that never finished.
        let verbs = stored.compactMap { ($0["verb"] as? [String: Any])?["id"] as? String }
        #expect(verbs.filter { $0.hasSuffix("/completed") }.count == 2)
        #expect(verbs.filter { $0.hasSuffix("/suspended") }.count == 2)

        #expect(try Self.guideLines().contains(Self.shape(Self.summary(sent))), "docs/xapi.md shows the summary as it is")

        let again = try FilRougeBinary.run(["export", cohort.path, "--lrs", store.endpoint], environment: store.environment)
        #expect(again.status == 0)
        #expect(Self.summary(again) == "filrouge: sent \(expected) statements from 4 transcripts to \(store.endpoint): 0 stored, \(expected) already there, 0 refused")
        #expect(try store.storedStatements().count == expected)

        for format in ["md", "json", "html", "csv"] {
            let fromFiles = try FilRougeBinary.run(["digest", cohort.path, "--format", format])
            let fromStore = try FilRougeBinary.run(["digest", "--lrs", store.endpoint, "--format", format], environment: store.environment)
            #expect(fromFiles.status == 0)
            #expect(fromStore.status == 0, "\(fromStore.error)")
            #expect(fromStore.output == fromFiles.output, "digest --format \(format)")
            #expect(fromStore.error == "", "\(fromStore.error)")
        }
        let anonymousFromFiles = try FilRougeBinary.run(["digest", cohort.path, "--anonymize"])
        let anonymousFromStore = try FilRougeBinary.run(["digest", "--lrs", store.endpoint, "--anonymize"], environment: store.environment)
        #expect(anonymousFromStore.output == anonymousFromFiles.output)

        // A facilitator's choices name learners as the files do: the same florilège either way.
        let choices = folder.appendingPathComponent("choices.yaml")
        try "pin:\n  - { learner: Bruno, step: diagnostic }\nhide:\n  - { learner: alice, step: diagnostic }\n".write(to: choices, atomically: true, encoding: .utf8)
        let chosenFromFiles = try FilRougeBinary.run(["digest", cohort.path, "--choices", choices.path])
        let chosenFromStore = try FilRougeBinary.run(["digest", "--lrs", store.endpoint, "--choices", choices.path], environment: store.environment)
        #expect(chosenFromStore.status == 0, "\(chosenFromStore.error)")
        #expect(chosenFromStore.error == "")
        #expect(chosenFromStore.output == chosenFromFiles.output)
        let firstStep = try #require(chosenFromStore.output.components(separatedBy: "## Étape 2").first)
        #expect(firstStep.contains("**Bruno** · partiel 50% · *choisie par l’animateur* ·"))
        #expect(!firstStep.contains("**Alice**"))

        let csvFromFiles = try FilRougeBinary.run(["export", cohort.path, "--format", "csv", "--anonymize"])
        let csvFromStore = try FilRougeBinary.run(["export", "--lrs", store.endpoint, "--format", "csv", "--anonymize"], environment: store.environment)
        #expect(csvFromStore.status == 0, "\(csvFromStore.error)")
        #expect(csvFromStore.output == csvFromFiles.output)
    }

    @Test func theStoreWithTheMostStatementsOfAScenarioIsReadAndTheOtherIsSaid() throws {
        let store = try RalphServer.start()
        defer { store.stop() }
        let folder = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.playCohort(in: folder)
        let english = folder.appendingPathComponent("en.jsonl")
        let played = try FilRougeBinary.run(
            ["play", "--lang", "en", "--seed", "5", "--name", "Eve", "--transcript", english.path],
            input: "Ask your clients what they expect.\n/quit\n"
        )
        try #require(played.status == 0)
        let sent = try FilRougeBinary.run(["export", folder.path, "--lrs", store.endpoint], environment: store.environment)
        #expect(sent.status == 0, "\(sent.error)")

        let digest = try FilRougeBinary.run(["digest", "--lrs", store.endpoint], environment: store.environment)
        #expect(digest.status == 0)
        #expect(digest.output.contains("Alice"))
        #expect(!digest.output.contains("Eve"))
        #expect(digest.error.contains("\(store.endpoint): 2 scenarios; reading the one with the most statements, alancienne 1.0 (fr)"))
        #expect(digest.error.contains("\(store.endpoint): left out alancienne 1.0 (en) (2 statements, 1 conversation); name it with --scenario to read it"))

        let englishDigest = try FilRougeBinary.run(["digest", "--lrs", store.endpoint, "--scenario", "alancienne.en"], environment: store.environment)
        #expect(englishDigest.status == 0, "\(englishDigest.error)")
        #expect(englishDigest.output.contains("Eve"))
        #expect(!englishDigest.output.contains("Alice"))
    }

    @Test func wrongCredentialsAreSaidAndNothingIsCountedSent() throws {
        let store = try RalphServer.start()
        defer { store.stop() }
        let folder = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.playCohort(in: folder)
        let run = try FilRougeBinary.run(
            ["export", files[0].path, "--lrs", store.endpoint],
            environment: ["FILROUGE_LRS_KEY": RalphServer.key, "FILROUGE_LRS_SECRET": "not-the-secret"]
        )
        #expect(run.status == 1)
        #expect(run.error.contains("filrouge: the LRS at \(store.endpoint) refused the credentials (HTTP 401: {\"detail\":\"Invalid authentication credentials\"}); check FILROUGE_LRS_KEY and FILROUGE_LRS_SECRET"))
        let count = try Self.statementCount([files[0]])
        #expect(Self.summary(run) == "filrouge: sent \(count) statements from 1 transcript to \(store.endpoint): 0 stored, 0 already there, 0 refused, \(count) not sent")
        #expect(try store.storedStatements().isEmpty)

        let digest = try FilRougeBinary.run(["digest", "--lrs", store.endpoint], environment: ["FILROUGE_LRS_KEY": "nobody", "FILROUGE_LRS_SECRET": "x"])
        #expect(digest.status == 1)
        #expect(digest.error.contains("refused the credentials (HTTP 401"))
        #expect(digest.output.isEmpty)

        let noSecret = try FilRougeBinary.run(["export", files[0].path, "--lrs", store.endpoint], environment: ["FILROUGE_LRS_KEY": "", "FILROUGE_LRS_SECRET": ""])
        #expect(noSecret.status == 1)
        #expect(noSecret.error == "filrouge: set FILROUGE_LRS_KEY and FILROUGE_LRS_SECRET to the LRS's credentials (HTTP Basic key and secret)\n")
    }

    @Test func aStatementTheStoreRefusesIsSaidWithItsAnswerAndTheOthersAreStored() throws {
        let store = try RalphServer.start()
        defer { store.stop() }
        let folder = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.playCohort(in: folder)
        let first = try FilRougeBinary.run(["export", files[1].path, "--lrs", store.endpoint], environment: store.environment)
        #expect(first.status == 0)
        // Bruno's reply changed by hand after it was sent: same conversation, same step, other content.
        let text = try String(contentsOf: files[1], encoding: .utf8)
        try text.replacingOccurrences(of: "Fais un site web", with: "Fais un beau site web").write(to: files[1], atomically: true, encoding: .utf8)
        let run = try FilRougeBinary.run(["export", files[0].path, files[1].path, "--lrs", store.endpoint], environment: store.environment)
        #expect(run.status == 1)
        let lines = run.error.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("filrouge: statement ") && $0.contains(": the LRS refused it (HTTP 409: {\"detail\":\"Differing statements already exist with the same ID: ") })
        // Bruno's two statements were sent before: his suspension is there already, his answer refused.
        let alice = try Self.statementCount([files[0]])
        #expect(try Self.statementCount([files[1]]) == 2)
        #expect(Self.summary(run) == "filrouge: sent \(alice + 2) statements from 2 transcripts to \(store.endpoint): \(alice) stored, 1 already there, 1 refused")
        #expect(try store.storedStatements().count == alice + 2)
    }

    @Test func aStoreThatIsDownOrSlowIsSaidAndTheTranscriptKeepsEverythingToSendLater() throws {
        let folder = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.playCohort(in: folder)
        let closed = "http://127.0.0.1:\(try LoopbackPort.free())/xAPI/"
        let credentials = ["FILROUGE_LRS_KEY": RalphServer.key, "FILROUGE_LRS_SECRET": RalphServer.secret]
        let down = try FilRougeBinary.run(["export", files[0].path, "--lrs", closed], environment: credentials)
        #expect(down.status == 1)
        #expect(down.error.contains("filrouge: cannot reach the LRS at \(closed): connection refused; is the LRS running?"))
        let count = try Self.statementCount([files[0]])
        #expect(Self.summary(down) == "filrouge: sent \(count) statements from 1 transcript to \(closed): 0 stored, 0 already there, 0 refused, \(count) not sent")

        let silent = try LoopbackPort.silent()
        defer { silent.close() }
        let slow = "http://127.0.0.1:\(silent.port)/xAPI/"
        var patient = credentials
        patient["FILROUGE_LRS_TIMEOUT"] = "1"
        let started = Date()
        let waited = try FilRougeBinary.run(["digest", "--lrs", slow], environment: patient)
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(waited.status == 1)
        #expect(waited.error == "filrouge: the LRS at \(slow) did not answer within 1 s (FILROUGE_LRS_TIMEOUT sets how long to wait)\n")

        // A conversation played while the store is slow goes at its own pace, and says at the end
        // how to send what the store did not take; once the store is up, that command sends it.
        let transcript = folder.appendingPathComponent("zoe.jsonl")
        let play = try FilRougeBinary.run(
            ["play", "--seed", "9", "--name", "Zoé", "--transcript", transcript.path, "--lrs", slow],
            input: "Demande à tes clients ce qu'ils attendent.\n/quitter\n", environment: patient
        )
        #expect(play.status == 0)
        #expect(play.output.contains("Transcription enregistrée"), "\(play.output)")
        #expect(play.error.contains("filrouge: 2 déclarations xAPI n'ont pas pu être envoyées au LRS\u{00A0}; la transcription garde tout, et cette commande les enverra\u{00A0}: filrouge export \(transcript.path) --lrs \(slow)"))
        let notSent = try #require(play.error.split(separator: "\n").last.map(String.init))
        #expect(try Self.guideLines().contains(Self.shape(notSent)), "docs/xapi.md shows the message as it is")

        let store = try RalphServer.start()
        defer { store.stop() }
        let later = try FilRougeBinary.run(["export", transcript.path, "--lrs", store.endpoint], environment: store.environment)
        #expect(later.status == 0)
        #expect(Self.summary(later) == "filrouge: sent 2 statements from 1 transcript to \(store.endpoint): 2 stored, 0 already there, 0 refused")
    }

    @Test func playSendsEachStepAsItIsRecordedAndAResumedConversationGoesOn() throws {
        let store = try RalphServer.start()
        defer { store.stop() }
        let folder = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let transcript = folder.appendingPathComponent("zoe.jsonl")
        let first = try FilRougeBinary.run(
            ["play", "--seed", "9", "--name", "Zoé", "--transcript", transcript.path, "--lrs", store.endpoint],
            input: "Demande à tes clients ce qu'ils attendent, par un sondage.\n/quitter\n", environment: store.environment
        )
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.contains("Résultats envoyés au LRS \(store.endpoint) (2 déclarations xAPI)."))
        let sentLine = try #require(first.output.split(separator: "\n").last.map(String.init))
        #expect(try Self.guideLines().contains(Self.shape(sentLine)), "docs/xapi.md shows the message as it is")
        let verbs = try store.storedStatements().compactMap { ($0["verb"] as? [String: Any])?["id"] as? String }
        #expect(verbs.sorted() == ["http://adlnet.gov/expapi/verbs/answered", "http://adlnet.gov/expapi/verbs/suspended"])

        // Zoé left during the follow-up: her step was completed with her first reply. Resumed, her
        // reply to the follow-up completes it again, graded anew: a statement of its own.
        let resumed = try FilRougeBinary.run(
            ["play", "--resume", transcript.path, "--lrs", store.endpoint],
            input: "Regarde ce que proposent les autres cabinets en ligne.\n/quitter\n", environment: store.environment
        )
        #expect(resumed.status == 0, "\(resumed.error)")
        // The earlier two, already there, and the step graded anew and the new suspension.
        #expect(resumed.output.contains("Résultats envoyés au LRS \(store.endpoint) (4 déclarations xAPI)."))
        #expect(try store.storedStatements().count == 4)
        // An export of the file gives the latest of each: the store has them.
        let check = try FilRougeBinary.run(["export", transcript.path, "--lrs", store.endpoint], environment: store.environment)
        #expect(Self.summary(check) == "filrouge: sent 2 statements from 1 transcript to \(store.endpoint): 0 stored, 2 already there, 0 refused")
        // Read back, the conversation is the file's: the step with both replies, then the suspension.
        let fromStore = try FilRougeBinary.run(["digest", "--lrs", store.endpoint, "--format", "json"], environment: store.environment)
        let fromFile = try FilRougeBinary.run(["digest", transcript.path, "--format", "json"])
        #expect(fromStore.output == fromFile.output)
    }

    @Test func statementsSentUnderAnActivityBaseOfOurOwnAreReadBackUnderIt() throws {
        let store = try RalphServer.start()
        defer { store.stop() }
        let folder = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.playCohort(in: folder)
        let base = "https://lms.example.org/filrouge"
        let sent = try FilRougeBinary.run(["export", files[0].path, "--lrs", store.endpoint, "--activity-base", base], environment: store.environment)
        #expect(sent.status == 0, "\(sent.error)")
        let transcript = folder.appendingPathComponent("zoe.jsonl")
        let played = try FilRougeBinary.run(
            ["play", "--seed", "9", "--name", "Zoé", "--transcript", transcript.path, "--lrs", store.endpoint, "--activity-base", base],
            input: "Demande à tes clients ce qu'ils attendent.\n/quitter\n", environment: store.environment
        )
        #expect(played.status == 0, "\(played.error)")
        let objects = try store.storedStatements().compactMap { ($0["object"] as? [String: Any])?["id"] as? String }
        #expect(!objects.isEmpty)
        #expect(objects.allSatisfy { $0.hasPrefix(base + "/scenarios/alancienne") })

        let count = try Self.statementCount([files[0], transcript])
        let elsewhere = try FilRougeBinary.run(["digest", "--lrs", store.endpoint], environment: store.environment)
        #expect(elsewhere.status == 1)
        #expect(elsewhere.error == "filrouge: the LRS at \(store.endpoint) holds no statement of Fil Rouge under https://filrouge.example (\(count) statements read)\n")
        let fromStore = try FilRougeBinary.run(["digest", "--lrs", store.endpoint, "--activity-base", base, "--format", "json"], environment: store.environment)
        let fromFiles = try FilRougeBinary.run(["digest", files[0].path, transcript.path, "--format", "json"])
        #expect(fromStore.status == 0, "\(fromStore.error)")
        #expect(fromStore.output == fromFiles.output)

        let misplaced = try FilRougeBinary.run(["play", "--activity-base", base])
        #expect(misplaced.status == 64)
        #expect(misplaced.error.contains("--activity-base and --home-page name the statements --lrs sends: give them with --lrs."))
        let unread = try FilRougeBinary.run(["digest", folder.path, "--activity-base", base])
        #expect(unread.status == 64)
        #expect(unread.error.contains("--activity-base chooses the statements --lrs reads: give it with --lrs."))
    }
}
