import Testing
@testable import FilRougeCore

/// The words on the map's edges: condition, rank when there are several, and what is never tried.
struct EdgeLabelTests {
    static let missed = Condition(bands: [.missed])
    static let trusted = Condition(counters: ["trust": .init(min: 1)])

    @Test func aLoneRouteShowsItsConditionWithoutARank() {
        let labels = EdgeLabel.alternatives([Self.missed])
        #expect(labels.map(\.text) == ["band missed"])
        #expect(labels.map(\.live) == [true])
    }

    @Test func aLoneUnconditionalRouteReadsAlways() {
        #expect(EdgeLabel.alternatives([nil]).map(\.text) == ["always"])
    }

    @Test func severalRoutesAreRankedAndAnUnconditionalLastOneReadsOtherwise() {
        let labels = EdgeLabel.alternatives([Self.missed, Self.trusted, nil])
        #expect(labels.map(\.text) == ["1: band missed", "2: trust >= 1", "3: otherwise"])
        #expect(labels.map(\.live) == [true, true, true])
    }

    @Test func routesAfterAnUnconditionalOneAreNeverTried() {
        let labels = EdgeLabel.alternatives([nil, Self.missed, nil])
        #expect(labels.map(\.text) == ["1: always", "2: band missed (never tried)", "3: otherwise (never tried)"])
        #expect(labels.map(\.live) == [true, false, false])
    }

    @Test func aConditionWithNoPartHoldsAlwaysAsTheEngineDoes() {
        let empty = Condition()
        #expect(EdgeLabel.isUnconditional(empty))
        #expect(!EdgeLabel.isUnconditional(Self.missed))
        let labels = EdgeLabel.alternatives([Self.missed, empty, Self.trusted])
        #expect(labels.map(\.text) == ["1: band missed", "2: otherwise", "3: trust >= 1 (never tried)"])
    }

    @Test func theFallbackSaysWhetherRoutesWereTriedFirst() {
        #expect(EdgeLabel.nextInFile(afterRoutes: true) == "none held: next in file")
        #expect(EdgeLabel.nextInFile(afterRoutes: false) == "next in file")
    }
}
