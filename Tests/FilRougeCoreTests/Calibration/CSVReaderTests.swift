import Testing
@testable import FilRougeCore

struct CSVReaderTests {
    func values(_ text: String) -> [[String]] {
        CSVReader.read(text, file: "m.csv").records.map { $0.fields.map(\.value) }
    }

    func messages(_ text: String) -> [String] {
        CSVReader.read(text, file: "m.csv").diagnostics.map { "\($0.location): \($0.message)" }
    }

    @Test func readsPlainCellsAndRows() {
        #expect(values("a,b,c\n1,2,3\n") == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(values("a,b\n1,2") == [["a", "b"], ["1", "2"]], "the last line needs no line end")
        #expect(values("a,,c,\n") == [["a", "", "c", ""]], "empty cells, a trailing comma")
        #expect(values("a, b ,c\n") == [["a", " b ", "c"]], "spaces are part of an unquoted cell")
    }

    @Test func quotedCellsHoldCommasQuotesAndLineBreaks() {
        let text = "step,reply\nx,\"Oui, un site\"\ny,\"Il a dit \"\"non\"\".\"\nz,\"deux\nlignes\"\n"
        #expect(values(text) == [["step", "reply"], ["x", "Oui, un site"], ["y", "Il a dit \"non\"."], ["z", "deux\nlignes"]])
        #expect(values("\"\",\"\"\"\"\n") == [["", "\""]])
        #expect(messages(text).isEmpty)
    }

    @Test func readsCRLFRowsAndLineBreaksInsideCellsAsLF() {
        let text = "a,b\r\n1,\"x\r\ny\"\r\n2,3\r\n"
        #expect(values(text) == [["a", "b"], ["1", "x\ny"], ["2", "3"]])
        let records = CSVReader.read(text, file: "m.csv").records
        #expect(records.map(\.line) == [1, 2, 4])
        #expect(records[2].fields[1].location == SourceLocation(file: "m.csv", line: 4, column: 3))
        #expect(values("a,b\r") == [["a", "b\r"]], "a lone CR is text, not a line end")
    }

    @Test func acceptsAByteOrderMark() {
        let records = CSVReader.read("\u{FEFF}step,reply\n", file: "m.csv").records
        #expect(records.first?.fields.map(\.value) == ["step", "reply"])
        #expect(records.first?.fields.first?.location.column == 1)
        #expect(MarksFile.removingByteOrderMark("\u{FEFF}x") == "x")
        #expect(MarksFile.removingByteOrderMark("x\u{FEFF}") == "x\u{FEFF}")
    }

    @Test func skipsEmptyLinesAndRowsOfEmptyCells() {
        let records = CSVReader.read("a,b\n\n   \n,,\n1,2\n\n", file: "m.csv").records
        #expect(records.map { $0.fields.map(\.value) } == [["a", "b"], ["1", "2"]])
        #expect(records.map(\.line) == [1, 5])
        #expect(values("a,b\n\"\",\n") == [["a", "b"], ["", ""]], "a quoted empty cell is a value")
    }

    @Test func ignoresSpacesAroundQuotes() {
        #expect(values("a, \"b, c\" ,d\n") == [["a", "b, c", "d"]])
        #expect(messages("a, \"b, c\" ,d\n").isEmpty)
    }

    @Test func locatesCellsInUnicodeScalars() {
        let record = CSVReader.read("é,\"ça\",x\n", file: "m.csv").records[0]
        #expect(record.fields.map(\.location.column) == [1, 4, 8])
        #expect(record.fields[1].quoted)
        #expect(record.fields[1].location(atScalarOffset: 1).column == 5)
        let escaped = CSVReader.read("\"a\"\"b\"\n", file: "m.csv").records[0].fields[0]
        #expect(!escaped.isVerbatim)
        #expect(escaped.location(atScalarOffset: 2) == escaped.location, "after an escape, the cell's start")
    }

    @Test func anUnterminatedQuoteIsLocatedAtTheQuoteAndEndsReading() {
        let text = "step,reply\nx,\"open\ny,closed\n"
        #expect(messages(text) == ["m.csv:2:3: this quote is never closed: the cell runs to the end of the file (a quote inside a quoted cell is written twice: \"\")"])
        #expect(values(text) == [["step", "reply"]])
    }

    @Test func aQuoteInsideAnUnquotedCellIsAnError() {
        #expect(messages("a,il dit \"non\"\n") == ["m.csv:1:10: a quote inside a cell that does not start with one; enclose the whole cell in quotes and write each quote in it twice (\"\")"])
    }

    @Test func textAfterAClosingQuoteIsAnError() {
        #expect(messages("a,\"oui\"non,b\n") == ["m.csv:1:8: text after the closing quote of a cell; a quote inside a quoted cell is written twice (\"\")"])
        #expect(values("a,\"oui\"non,b\n") == [["a", "oui", "b"]])
    }

    @Test func collectsEveryError() {
        let text = "a,b\"c\nd,\"e\"f\ng,\"h\n"
        #expect(messages(text).map { String($0.prefix(9)) } == ["m.csv:1:4", "m.csv:2:6", "m.csv:3:3"])
    }
}
