import Testing
@testable import FilRougeCore

struct DiagnosticListingTests {
    static func diagnostics(errors: Int, warnings: Int) -> [Diagnostic] {
        let error = (0..<errors).map { Diagnostic(.unknownBand, "error \($0)", at: SourceLocation(file: "f.csv", line: $0 + 2, column: 1)) }
        let warning = (0..<warnings).map {
            Diagnostic(.repeatedConcept, "warning \($0)", at: SourceLocation(file: "f.csv", line: errors + $0 + 2, column: 1))
        }
        return error + warning
    }

    @Test func aFewDiagnosticsAreAllShownWithNoCount() {
        let listing = DiagnosticListing(Self.diagnostics(errors: 60, warnings: 40))
        #expect(listing.shown.count == 100)
        #expect(listing.omissionLine(file: "f.csv") == nil)
        let lines = listing.lines(file: "f.csv", renderer: DiagnosticRenderer(source: ""))
        #expect(lines.count == 100)
        #expect(lines.first == "f.csv:2:1: error: error 0 [unknown-band]")
        #expect(lines.last == "f.csv:101:1: warning: warning 39 [repeated-concept]")
    }

    @Test func theFirstHundredAreShownAndTheRestCountedBySeverity() {
        let listing = DiagnosticListing(Self.diagnostics(errors: 3_000_000, warnings: 2))
        #expect(listing.shown.count == 100)
        #expect(listing.omittedErrors == 2_999_900)
        #expect(listing.omittedWarnings == 2)
        let lines = listing.lines(file: "f.csv", renderer: DiagnosticRenderer(source: ""))
        #expect(lines.count == 101)
        #expect(lines[99] == "f.csv:101:1: error: error 99 [unknown-band]")
        #expect(lines[100] == "… and 2,999,900 more errors and 2 more warnings in f.csv")
    }

    @Test func oneLeftOutIsCountedInTheSingular() {
        #expect(DiagnosticListing(Self.diagnostics(errors: 0, warnings: 101)).omissionLine(file: "a.yaml") == "… and 1 more warning in a.yaml")
        #expect(DiagnosticListing(Self.diagnostics(errors: 101, warnings: 0)).omissionLine(file: "a.yaml") == "… and 1 more error in a.yaml")
    }

    @Test func countsAreGroupedByThousands() {
        #expect(DiagnosticListing.grouped(0) == "0")
        #expect(DiagnosticListing.grouped(999) == "999")
        #expect(DiagnosticListing.grouped(1000) == "1,000")
        #expect(DiagnosticListing.grouped(2_999_900) == "2,999,900")
        #expect(DiagnosticListing.grouped(123_456_789) == "123,456,789")
    }
}
