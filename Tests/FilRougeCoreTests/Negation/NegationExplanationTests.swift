import Testing
@testable import FilRougeCore

/// `filrouge explain` names each cue with its kind and the words it covers, and says which words
/// a pseudo-negation leaves affirmed.
struct NegationExplanationTests {
    static let source = """
        id: n
        title: N
        language: fr
        version: "1"
        persona: { name: Sam }
        steps:
          - id: site
            question: "Un site ?"
            rubric:
              - { concept: site, label: "un site", keywords: [site web] }
              - { concept: reseaux, label: "les réseaux", keywords: [facebook, linkedin] }
            reactions: { good: "a", partial: "b", missed: "c" }
        endings:
          - id: fin
            says: "."
        """

    static func explanation(_ reply: String) throws -> [String] {
        let scenario = try #require(ScenarioLoader.load(source, file: "n.yaml").scenario)
        return GradeExplanation(scenario: scenario, step: "site", reply: reply).text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The lines of the Negations section, without its heading.
    static func negations(_ reply: String) throws -> [String] {
        let lines = try explanation(reply)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("Negations") }) else { return [] }
        return Array(lines[(start + 1)...].prefix { !$0.isEmpty })
    }

    @Test func eachCueIsShownWithItsKindAndTheWordsItCovers() throws {
        let reply = "Un site web ? Je ne pense pas. Pourquoi pas Facebook, pas besoin de LinkedIn, mais n'hésite pas à demander."
        #expect(try Self.negations(reply) == [
            "  following: ne … pas → Un site web pense",
            "  pseudo: Pourquoi pas — not a negation",
            "  predicate: pas besoin → de LinkedIn (until 'mais')",
            "  pseudo: n'hésite pas — not a negation",
        ])
    }

    @Test func aNegatedNegativeWordIsShownAsThePseudoNegationItIs() throws {
        #expect(try Self.negations("Il ne faut pas négliger Facebook") == [
            "  pseudo: ne … pas → faut négliger — a negative word negated: what follows is affirmed",
        ])
    }

    @Test func wordsSayWhichCueTheyBelongToOrAreNegatedBy() throws {
        let lines = try Self.explanation("Pas de site web, mais Facebook. Pourquoi pas")
        #expect(lines.contains("  Pas → pas → pas   [negation cue]"))
        #expect(lines.contains("  site → site → sit   [negated by 'Pas']"))
        #expect(lines.contains("  mais → mais → mais   [ends a negation]"))
        #expect(lines.contains("  Pourquoi → pourquoi → pourquoi   [pseudo-negation]"))
        #expect(lines.contains("  NEGATED site (weight 1)"))
    }

    @Test func aCueThatCoversNothingIsListedApart() throws {
        #expect(try Self.negations("Non, Facebook.") == ["  covering no word of their own: following: Non"])
        #expect(try Self.negations("Facebook.") == [])
        #expect(try Self.explanation("Facebook.").contains("Negations: none"))
    }
}

/// A reply made of negations is explained in time proportional to its length: the words of each
/// cue's scope, and the cue of each negated word, were searched among all the others.
struct NegationFloodExplanationTests {
    @Test func aReplyOfTwentyFiveThousandNegationsShowsEachOneWithTheWordsItCovers() throws {
        let reply = String(repeating: "ne site web pas ", count: 25_000)
        let lines = try NegationExplanationTests.explanation(reply)
        let negations = try NegationExplanationTests.negations(reply)
        #expect(negations.count == 25_000)
        #expect(negations.dropLast().allSatisfy { $0 == "  preceding: ne … pas → site web" })
        #expect(negations.last == "  following: ne … pas → site web")
        #expect(lines.filter { $0 == "  site → site → sit   [negated by 'ne … pas']" }.count == 25_000)
        #expect(lines.filter { $0 == "  pas → pas → pas   [negation cue]" }.count == 25_000)
    }
}
