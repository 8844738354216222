import Testing
@testable import FilRougeCore

/// The one CSV writer, for the export and the digest: quoting, the formula guard, CRLF rows.
struct CSVWriterTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("=1+1", "'=1+1"),
        ("+33 6 12", "'+33 6 12"),
        ("-1 apples", "'-1 apples"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tindented", "'\tindented"),
        ("a, b", "\"a, b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("=a,b", "\"'=a,b\""),
        (" blank first", "\" blank first\""),
        ("blank last ", "\"blank last \""),
        ("", ""),
    ])
    func cellsAreQuotedAndGuardedAgainstFormulas(value: String, written: String) {
        #expect(CSVWriter.cell(value) == written)
    }

    @Test func aTableIsItsHeaderThenItsRowsEachEndedByCRLF() {
        let text = CSVWriter.table(columns: ["a", "b"], rows: [["1", "x, y"], ["2", "=3"]])
        #expect(text == "a,b\r\n1,\"x, y\"\r\n2,'=3\r\n")
        let rows = CSVReader.read(text, file: "t.csv").records.map { $0.fields.map(\.value) }
        #expect(rows == [["a", "b"], ["1", "x, y"], ["2", "'=3"]])
    }
}
