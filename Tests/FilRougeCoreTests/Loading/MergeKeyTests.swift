import Testing
@testable import FilRougeCore

/// YAML merge keys (`<<: *name`) are read as YAML 1.1 defines them.
struct MergeKeyTests {
    static func scenario(reactions: String, extra: String = "") -> String {
        """
        id: merge
        title: Merge
        language: en
        version: "1"
        persona: { name: Sam }
        steps:
          - id: one
            question: "Why?"
            rubric: [{ concept: reason, keywords: [rain] }]
            reactions: &base { good: "Right.", partial: "Hm.", missed: "No." }
            examples: [{ reply: "rain", band: good }]
          - id: two
            question: "And?"
            rubric: [{ concept: reason, keywords: [rain] }]
            reactions:
        \(reactions)
            examples: [{ reply: "rain", band: good }]
        \(extra)
        endings:
          - id: bye
            says: "Bye."
        """
    }

    @Test func theMappingsOwnKeysWinOverMergedOnes() throws {
        let text = Self.scenario(reactions: "      <<: *base\n      good: \"Perfect.\"")
        let result = ScenarioLoader.load(text, file: "m.yaml")
        let scenario = try #require(result.scenario, "\(result.diagnostics)")
        #expect(scenario.steps[1].reactions == [.good: ["Perfect."], .partial: ["Hm."], .missed: ["No."]])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func theFirstMappingOfAListWins() throws {
        let text = Self.scenario(reactions: "      <<: [{ good: \"First.\" }, { good: \"Second.\", missed: \"Nope.\" }, *base]")
        let scenario = try #require(ScenarioLoader.load(text, file: "m.yaml").scenario)
        #expect(scenario.steps[1].reactions == [.good: ["First."], .partial: ["Hm."], .missed: ["Nope."]])
    }

    @Test func aMergeKeyOfSomethingElseThanAMappingIsAnError() {
        let text = Self.scenario(reactions: "      <<: nothing\n      good: \"a\"\n      partial: \"b\"\n      missed: \"c\"")
        let result = ScenarioLoader.load(text, file: "m.yaml")
        #expect(result.scenario == nil)
        #expect(result.diagnostics.map(\.code) == [.wrongType])
        #expect(result.diagnostics.first?.message == "a merge key ('<<') in 'reactions' of step 'two' takes a mapping (such as an alias '*name' of one) or a list of them, not 'nothing'")
        #expect(result.diagnostics.first?.location == SourceLocation(file: "m.yaml", line: 16, column: 11))
    }

    /// A quoted `"<<"` is a key like another: here an unknown one.
    @Test func aQuotedMergeKeyIsAnOrdinaryKey() {
        let text = Self.scenario(reactions: "      \"<<\": *base")
        let codes = ScenarioLoader.load(text, file: "m.yaml").diagnostics.map(\.code)
        #expect(codes.contains(.unknownKey))
    }

    /// A problem in a mapping merged in two steps is reported where it is written, once for each
    /// step it breaks.
    @Test func aProblemInASharedPartIsReportedWhereItIsWritten() {
        let text = Self.scenario(
            reactions: "      <<: &broken { good: \"a\", partial: \"b\", missed: \"c\", excellent: \"d\" }",
            extra: """
              - id: three
                question: "Then?"
                rubric: [{ concept: reason, keywords: [rain] }]
                reactions:
                  <<: *broken
                examples: [{ reply: "rain", band: good }]
            """
        )
        let result = ScenarioLoader.load(text, file: "m.yaml")
        let unknown = result.diagnostics.filter { $0.code == .unknownKey }
        #expect(unknown.map(\.message) == ["unknown key 'excellent' in 'reactions' of step 'two'", "unknown key 'excellent' in 'reactions' of step 'three'"])
        #expect(Set(unknown.map(\.location)) == [SourceLocation(file: "m.yaml", line: 16, column: 59)])
    }
}
