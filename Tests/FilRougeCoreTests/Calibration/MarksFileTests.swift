import Testing
@testable import FilRougeCore

struct MarksFileTests {
    func parse(_ text: String) throws -> MarksFileParseResult {
        MarksFile.parse(text, file: "m.csv", scenario: try CalibrationFixtures.scenario())
    }

    func messages(_ text: String) throws -> [String] {
        try parse(text).diagnostics.map { "\($0.location): \($0.severity.rawValue): \($0.message)" }
    }

    @Test func readsColumnsInAnyOrderAndIgnoresOthers() throws {
        let text = """
            Note,BAND , Reply,marker,step,concepts
            bien,Good,"Oui, la commande en ligne",Anne,commandes,commande-en-ligne
            ,  partial ,Des photos,Bruno, reseaux ,photos ; reseaux;
            ,MISSED,Rien,Anne,reseaux,

            """
        let result = try parse(text)
        #expect(result.diagnostics.isEmpty)
        let marks = try #require(result.marksFile)
        #expect(marks.namesConcepts)
        #expect(marks.marks == [
            MarkedReply(line: 2, step: "commandes", reply: "Oui, la commande en ligne", band: .good, concepts: ["commande-en-ligne"]),
            MarkedReply(line: 3, step: "reseaux", reply: "Des photos", band: .partial, concepts: ["photos", "reseaux"]),
            MarkedReply(line: 4, step: "reseaux", reply: "Rien", band: .missed, concepts: []),
        ])
    }

    @Test func withoutAConceptsColumnNoConceptsAreRead() throws {
        let marks = try #require(try parse("step,reply,band\r\nreseaux,\"Des photos,\r\nsur Facebook\",good\r\n").marksFile)
        #expect(!marks.namesConcepts)
        #expect(marks.marks == [MarkedReply(line: 2, step: "reseaux", reply: "Des photos,\nsur Facebook", band: .good, concepts: nil)])
    }

    @Test func aByteOrderMarkIsAccepted() throws {
        let marks = try #require(try parse("\u{FEFF}step,reply,band\nreseaux,x,good\n").marksFile)
        #expect(marks.marks.count == 1)
    }

    @Test func aMissingRequiredColumnIsAnError() throws {
        #expect(try messages("step,reply,concepts\nreseaux,x,photos\n") == [
            "m.csv:1:1: error: the header has no 'band' column; a marks file needs the columns 'step', 'reply' and 'band'",
        ])
        #expect(try messages("step;reply;band\nreseaux;x;good\n") == [
            "m.csv:1:1: error: the header has no 'step', 'reply' and 'band' columns; a marks file needs the columns 'step', 'reply' and 'band' separated by commas, and this header is separated by ';' (save the file as CSV with ',' between cells)",
        ])
    }

    @Test func aMisspeltColumnIsPointedOut() throws {
        #expect(try messages("step,reply,bnd,concept\nreseaux,x,good,photos\n") == [
            "m.csv:1:1: error: the header has no 'band' column; a marks file needs the columns 'step', 'reply' and 'band'",
            "m.csv:1:12: warning: the column 'bnd' is ignored; did you mean 'band'?",
            "m.csv:1:16: warning: the column 'concept' is ignored; did you mean 'concepts'?",
        ])
    }

    @Test func aColumnNamedTwiceIsAnError() throws {
        #expect(try messages("step,reply,band,Step\nreseaux,x,good,reseaux\n") == [
            "m.csv:1:17: error: the column 'step' is named twice in the header (also column 1)",
        ])
    }

    @Test func anUnknownBandIsAnErrorWithASuggestion() throws {
        #expect(try messages("step,reply,band\nreseaux,x, god\nreseaux,y,réussi\nreseaux,z,\n") == [
            "m.csv:2:12: error: unknown band 'god'; did you mean 'good'? (the bands are good, partial and missed)",
            "m.csv:3:11: error: unknown band 'réussi' (the bands are good, partial and missed)",
            "m.csv:4:11: error: the band is empty; write good, partial or missed",
        ])
    }

    @Test func aStepTheScenarioDoesNotHaveIsAnError() throws {
        #expect(try messages("step,reply,band\nreseau,x,good\nsite,y,good\n,z,good\n") == [
            "m.csv:2:1: error: the scenario has no step 'reseau'; did you mean 'reseaux'?",
            "m.csv:3:1: error: the scenario has no step 'site'; its steps are: commandes, reseaux",
            "m.csv:4:1: error: the step is empty; the scenario's steps are: commandes, reseaux",
        ])
    }

    @Test func aConceptNotInTheStepsRubricIsLocatedInItsCell() throws {
        let text = "step,reply,band,concepts\nreseaux,x,good,reseaux; photo\ncommandes,y,good,\"photos\"\nreseaux,z,good,photos;photos\n"
        #expect(try messages(text) == [
            "m.csv:2:25: error: step 'reseaux' has no concept 'photo'; did you mean 'photos'?",
            "m.csv:3:19: error: step 'commandes' has no concept 'photos'; its concepts are: commande-en-ligne, simplicite",
            "m.csv:4:23: warning: the concept 'photos' is named twice in this cell",
        ])
    }

    /// Each concept of a cell was looked for among all those before it: a cell of 100,000 took
    /// minutes. Now each is reported, where it is, in time proportional to the cell.
    @Test func aCellOfAHundredThousandConceptsIsReadAtOnce() throws {
        let names = (0..<50_000).map { "c\($0)" }
        let cell = (names + names).joined(separator: ";")
        let result = try parse("step,reply,band,concepts\ncommandes,y,good,\"\(cell)\"\n")
        #expect(result.marksFile == nil)
        // 50,000 unknown concepts, then 50,000 named twice; the first 100 are kept.
        #expect(result.listing.errors == 50_000)
        #expect(result.listing.warnings == 50_000)
        #expect(result.diagnostics.count == 100)
        #expect(result.diagnostics.allSatisfy { $0.code == .unknownConcept })
        #expect(result.diagnostics.first?.message == "step 'commandes' has no concept 'c0'; its concepts are: commande-en-ligne, simplicite")
        #expect(result.diagnostics.first?.location == SourceLocation(file: "m.csv", line: 2, column: 19))
        // `c0;` to `c9;`, then `c10;` to `c99;`: the 100th, `c99`, starts 10 * 3 + 89 * 4 further.
        #expect(result.diagnostics.last?.message == "step 'commandes' has no concept 'c99'; its concepts are: commande-en-ligne, simplicite")
        #expect(result.diagnostics.last?.location == SourceLocation(file: "m.csv", line: 2, column: 19 + 10 * 3 + 89 * 4))
    }

    @Test func aRowWithTheWrongNumberOfCellsIsAnError() throws {
        #expect(try messages("step,reply,band\nreseaux,Oui, des photos,good\nreseaux,good\n") == [
            "m.csv:2:25: error: this row has 4 cells and the header has 3; a cell holding a comma or a line break must be enclosed in quotes",
            "m.csv:3:1: error: this row has 2 cells and the header has 3; a cell holding a comma or a line break must be enclosed in quotes",
        ])
    }

    @Test func everyErrorIsReportedInFileOrderWithItsCaret() throws {
        let text = """
            step,reply,band,concepts
            reseaux,"Des photos",goood,photos
            reseau,Rien,missed,
            commandes,"Un site, ""vite"" fait",partial,site
            reseaux,"pas fini,good,

            """
        let result = try parse(text)
        #expect(result.marksFile == nil)
        #expect(DiagnosticRenderer(source: text).render(result.diagnostics) == """
            m.csv:2:22: error: unknown band 'goood'; did you mean 'good'? (the bands are good, partial and missed) [unknown-band]
            reseaux,"Des photos",goood,photos
                                 ^
            m.csv:3:1: error: the scenario has no step 'reseau'; did you mean 'reseaux'? [unknown-step]
            reseau,Rien,missed,
            ^
            m.csv:4:44: error: step 'commandes' has no concept 'site'; its concepts are: commande-en-ligne, simplicite [unknown-concept]
            commandes,"Un site, ""vite"" fait",partial,site
                                                       ^
            m.csv:5:9: error: this quote is never closed: the cell runs to the end of the file (a quote inside a quoted cell is written twice: "") [csv-syntax]
            reseaux,"pas fini,good,
                    ^
            """)
    }

    @Test func anEmptyFileOrAHeaderAloneIsReported() throws {
        #expect(try messages("") == ["m.csv:1:1: error: the file is empty: its first line must be a header naming the columns 'step', 'reply' and 'band'"])
        #expect(try messages("\n\n") == ["m.csv:1:1: error: the file is empty: its first line must be a header naming the columns 'step', 'reply' and 'band'"])
        let headerOnly = try parse("step,reply,band\n")
        #expect(headerOnly.marksFile?.marks == [])
        #expect(headerOnly.diagnostics.map(\.message) == ["no marked reply: the file has only its header"])
    }

    @Test func splitsConceptsWithTheirOffsets() {
        let parts = MarksRowReader.split(" a ;;b; ")
        #expect(parts.map(\.id) == ["a", "b"])
        #expect(parts.map(\.offset) == [1, 5])
    }
}
