import Foundation
import Testing

/// `filrouge synonyms` on the built binary, with the installed French thesaurus (`scripts/setup`
/// installs it) and without one.
struct SynonymsEndToEndTests {
    @Test func theTeamStepGetsTheThesaurusSynonymsItsCriteriaDoNotCover() throws {
        let run = try FilRougeBinary.run(["synonyms", "alancienne.fr", "--step", "equipe"])
        #expect(run.status == 0, "\(run.error)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(5)) == [
            "Synonyms the criteria of alancienne do not cover yet",
            "Thesaurus: /usr/share/mythes/th_fr_FR_v2.dat",
            "⚠ concept: the synonym alone would also meet that other criterion of the step",
            "Step equipe",
            "  impliquer — les impliquer, construire ensemble",
        ])
        #expect(!lines.contains { $0.hasPrefix("Step ") && $0 != "Step equipe" })
        // In th_fr_FR_v2.dat, "consulter|1" is "(Verbe)|compulser|interroger|demander|questionner|
        // solliciter|écouter|sonder|délibérer|examiner|enquêter|interviewer|scruter|tester|référer|
        // attribuer|imputer|rapporter": 'écouter' meets the step's 'écout*' (criterion
        // rassurer-ecouter) and 'tester' its 'tester' (petits-pas), so both are flagged; the list
        // is wrapped to the 80 columns of COLUMNS, between synonyms.
        let consulter = try #require(lines.firstIndex(of: "    consulter"))
        #expect(Array(lines[(consulter + 1)...].prefix(4)) == [
            "      Verbe: compulser, interroger, demander, questionner, solliciter,",
            "        écouter (⚠ rassurer-ecouter), sonder, délibérer, examiner, enquêter,",
            "        interviewer, scruter, tester (⚠ petits-pas), référer, attribuer,",
            "        imputer, rapporter",
        ])
        // "fête|1" is "(Nom)|anniversaire|jubilé|centenaire|biguine|danse|bringue|commémoration|
        // célébration|cérémonie|…": 'célébration' is covered by 'célébr*' and left out.
        let fete = try #require(lines.firstIndex(of: "    fête* (1 already covered)"))
        #expect(lines[fete + 1] == "      Nom: anniversaire, jubilé, centenaire, biguine, danse, bringue,")
        #expect(lines[fete + 2].hasPrefix("        commémoration, cérémonie,"))
        // Prefixes and phrases the thesaurus has no entry for.
        #expect(lines.contains("    no entry: impliqu*, associe-les, associez-les, inclu*, embarqu*, particip*,"))
    }

    @Test func theJSONGivesTheSameFindings() throws {
        let run = try FilRougeBinary.run(["synonyms", "alancienne.fr", "--step", "equipe", "--criterion", "celebrer", "--format", "json"])
        #expect(run.status == 0, "\(run.error)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(steps.count == 1)
        let criteria = try #require(steps.first?["criteria"] as? [[String: Any]])
        #expect(criteria.map { $0["concept"] as? String } == ["celebrer"])
        let keywords = try #require(criteria.first?["keywords"] as? [[String: Any]])
        let fete = try #require(keywords.first)
        #expect(fete["keyword"] as? String == "fête*")
        #expect(fete["headwords"] as? [String] == ["fête"])
        #expect(fete["covered"] as? Int == 1)
        let meaning = try #require((fete["meanings"] as? [[String: Any]])?.first)
        #expect(meaning["part_of_speech"] as? String == "Nom")
        let synonyms = try #require(meaning["synonyms"] as? [[String: Any]])
        #expect(synonyms.prefix(3).map { $0["text"] as? String } == ["anniversaire", "jubilé", "centenaire"])
    }

    @Test func withoutAThesaurusTheMessageSaysWhatToInstall() throws {
        let empty = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: empty) }
        let run = try FilRougeBinary.run(["synonyms", "alancienne.fr"], environment: ["FILROUGE_THESAURI": empty.path])
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        #expect(run.error == """
            filrouge: no French thesaurus is installed (looked for th_fr_FR_v2.idx or thes_fr.idx and its .dat in \(empty.path)). \
            Install it with 'sudo apt-get install mythes-fr' (scripts/setup does), or set FILROUGE_THESAURI to the folder that holds it.

            """)
        let english = try FilRougeBinary.run(["synonyms", "alancienne.en"], environment: ["FILROUGE_THESAURI": empty.path])
        #expect(english.status == 1)
        #expect(english.error.contains("no English thesaurus is installed"))
        #expect(english.error.contains("'sudo apt-get install mythes-en-us'"))
    }

    @Test func anUnknownStepOrCriterionIsAnErrorWithTheIdMeant() throws {
        let step = try FilRougeBinary.run(["synonyms", "alancienne.fr", "--step", "equip"])
        #expect(step.status == 1)
        #expect(step.error == "filrouge: no step 'equip' in alancienne; did you mean 'equipe'?\n")
        let criterion = try FilRougeBinary.run(["synonyms", "alancienne.fr", "--step", "equipe", "--criterion", "celebre"])
        #expect(criterion.status == 1)
        #expect(criterion.error == "filrouge: no criterion 'celebre' in step 'equipe'; did you mean 'celebrer'?\n")
    }

    @Test func aDamagedThesaurusIsReportedWithItsFile() throws {
        let folder = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("UTF-8\n2\nfête|6\n".utf8).write(to: folder.appendingPathComponent("th_fr_FR_v2.idx"))
        try Data("UTF-8\nfête|1\n(Nom)|célébration\n".utf8).write(to: folder.appendingPathComponent("th_fr_FR_v2.dat"))
        let run = try FilRougeBinary.run(["synonyms", "alancienne.fr"], environment: ["FILROUGE_THESAURI": folder.path])
        #expect(run.status == 1)
        #expect(run.error == "filrouge: \(folder.path)/th_fr_FR_v2.idx: line 2 declares 2 headwords, but the file lists 1\n")
    }

    @Test func whatTheThesaurusSaysCannotActOnTheTerminal() throws {
        let folder = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("UTF-8\n1\nfête|6\n".utf8).write(to: folder.appendingPathComponent("th_fr_FR_v2.idx"))
        try Data("UTF-8\nfête|1\n(Nom)|kermesse\u{1B}]0;titre\u{07}|gala\u{9B}2J\n".utf8).write(to: folder.appendingPathComponent("th_fr_FR_v2.dat"))
        let run = try FilRougeBinary.run(
            ["synonyms", "alancienne.fr", "--step", "equipe", "--criterion", "celebrer"], environment: ["FILROUGE_THESAURI": folder.path]
        )
        #expect(run.status == 0, "\(run.error)")
        #expect(!run.output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
        #expect(run.output.contains("    fête*\n      Nom: kermesse, gala\n"))
    }
}
