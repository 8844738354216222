import Testing
@testable import FilRougeCore

/// Writing fitted settings into a scenario's text: only the settings change, byte for byte.
struct ScenarioBandsEditorTests {
    static func scenario(scenarioBands: String, first: String, second: String = "", lineEnd: String = "\n") -> String {
        """
        # Un commentaire qui doit rester.
        id: edit
        title: "Édition"
        language: fr
        version: "1"
        persona: { name: Mme Vidal }
        \(scenarioBands)
        steps:
          - id: premier   # le premier
        \(first)    question: 'Que faire ?'
            rubric:
              - { concept: vitrine, keywords: [vitrine] }
              - { concept: horaires, keywords: [horaires] }
            reactions: { good: "Oui.", partial: "Bon.", missed: "Ah." }
            routes: [{ goto: second }]
          - id: second
        \(second)    question: "Et ensuite ?"
            rubric:
              - { concept: avis, keywords: [avis] }
            reactions: { good: "Oui.", partial: "Bon.", missed: "Ah." }
            routes: [{ goto: end }]
        endings:
          - id: merci
            says: "Merci."

        """.replacingOccurrences(of: "\n", with: lineEnd)
    }

    @Test func valuesThatAreThereAreReplacedWhereTheyStand() throws {
        let source = Self.scenario(scenarioBands: "bands: { good: 0.7, partial: 0.4 }", first: "    bands:\n      good: 0.70   # trop haut ?\n      partial: '0.4'\n")
        let edited = try ScenarioBandsEditor.apply([("premier", BandThresholds(good: 0.65, partial: 0.3))], to: source, file: "edit.yaml")
        #expect(edited == Self.scenario(scenarioBands: "bands: { good: 0.7, partial: 0.4 }", first: "    bands:\n      good: 0.65   # trop haut ?\n      partial: 0.3\n"))
    }

    @Test func aStepWithoutBandsGetsThemOnTheLineAfterItsId() throws {
        let source = Self.scenario(scenarioBands: "bands: { good: 0.7, partial: 0.4 }", first: "")
        let edited = try ScenarioBandsEditor.apply([("second", BandThresholds(good: 0.5, partial: 0.25))], to: source, file: "edit.yaml")
        #expect(edited == Self.scenario(scenarioBands: "bands: { good: 0.7, partial: 0.4 }", first: "", second: "    bands: { good: 0.5, partial: 0.25 }\n"))
    }

    @Test func aFlowMappingKeepsItsStyleAndGetsTheKeyItLacks() throws {
        let source = Self.scenario(scenarioBands: "bands: { good: 0.7, partial: 0.4 }", first: "    bands: { good: 0.6 }\n")
        let edited = try ScenarioBandsEditor.apply([("premier", BandThresholds(good: 0.55, partial: 0.2))], to: source, file: "edit.yaml")
        #expect(edited == Self.scenario(scenarioBands: "bands: { good: 0.7, partial: 0.4 }", first: "    bands: { partial: 0.2, good: 0.55 }\n"))
    }

    @Test func ideaCountsAreChangedInsideIdeas() throws {
        let scenarioBands = "bands:\n  ideas: { good: 2, partial: 1 }"
        let source = Self.scenario(scenarioBands: scenarioBands, first: "    bands:\n      ideas:\n        good: 3\n")
        let ideas = BandThresholds(good: 0.7, partial: 0.4, ideas: IdeaBands(good: 1, partial: 1))
        let edited = try ScenarioBandsEditor.apply([("premier", ideas), ("second", ideas)], to: source, file: "edit.yaml")
        #expect(edited == Self.scenario(
            scenarioBands: scenarioBands,
            first: "    bands:\n      ideas:\n        partial: 1\n        good: 1\n",
            second: "    bands: { ideas: { good: 1, partial: 1 } }\n"
        ))
    }

    @Test func windowsLineEndsStayWindowsLineEnds() throws {
        let source = Self.scenario(scenarioBands: "bands: { good: 0.7, partial: 0.4 }", first: "", lineEnd: "\r\n")
        let edited = try ScenarioBandsEditor.apply([("premier", BandThresholds(good: 0.6, partial: 0.3))], to: source, file: "edit.yaml")
        #expect(edited == Self.scenario(scenarioBands: "bands: { good: 0.7, partial: 0.4 }", first: "    bands: { good: 0.6, partial: 0.3 }\n", lineEnd: "\r\n"))
    }

    @Test func noChangeLeavesTheTextAsItIs() throws {
        let source = Self.scenario(scenarioBands: "bands: { good: 0.7, partial: 0.4 }", first: "")
        #expect(try ScenarioBandsEditor.apply([], to: source, file: "edit.yaml") == source)
    }

    @Test func anUnknownStepOrAValueThatIsNotPlainIsRefused() throws {
        let source = Self.scenario(scenarioBands: "bands: { good: 0.7, partial: 0.4 }", first: "    bands: { good: !!float 0.6, partial: 0.3 }\n")
        #expect(throws: ScenarioBandsEditor.Failure.self) {
            try ScenarioBandsEditor.apply([("troisieme", BandThresholds(good: 0.6, partial: 0.3))], to: source, file: "edit.yaml")
        }
        let failure = #expect(throws: ScenarioBandsEditor.Failure.self) {
            try ScenarioBandsEditor.apply([("premier", BandThresholds(good: 0.5, partial: 0.3))], to: source, file: "edit.yaml")
        }
        #expect(failure?.description.hasPrefix("step 'premier':") == true)
    }
}
