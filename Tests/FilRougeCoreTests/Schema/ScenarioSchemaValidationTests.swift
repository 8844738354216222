import Foundation
import FilRougeTestSupport
import Testing
import FilRougeCore
import FilRougeScenarios

/// Real scenarios validate against the schema, and schema and loader agree on a range of broken
/// and of unusual but accepted files.
struct ScenarioSchemaValidationTests {
    @Test func theSchemaUsesOnlyKeywordsTheValidatorChecks() throws {
        let problems = try ScenarioSchemaFixtures.validator().unsupportedKeywords()
        #expect(problems.isEmpty, "\(problems.sorted().joined(separator: "\n"))")
    }

    /// The check above can fail: keywords the validator skips, and keywords draft-07 ignores
    /// beside `$ref`, are reported.
    @Test func theValidatorReportsKeywordsItWouldNotCheck() {
        let schema = JSONValue.object([
            "const": .string("x"),
            "properties": .object(["a": .object(["$ref": .string("#/definitions/b"), "minimum": .number(1), "description": .string("A.")])]),
            "definitions": .object(["b": .object(["if": .object([:]), "type": .string("whole")])]),
        ])
        #expect(Set(SchemaValidator(root: schema).unsupportedKeywords()) == [
            "#/const: unknown keyword",
            "#/properties/a/minimum: beside $ref, draft-07 ignores it",
            "#/definitions/b/if: unknown keyword",
            "#/definitions/b/type: unknown type 'whole'",
        ])
    }

    @Test(arguments: BundledScenarioTests.names)
    func bundledScenariosValidate(name: String) throws {
        let bundled = try #require(BundledScenarios.named(name))
        let failures = try ScenarioSchemaFixtures.validator().failures(of: YAMLDocument.json(from: bundled.text))
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    }

    /// Editors find the schema through the first line of each bundled scenario.
    @Test(arguments: BundledScenarioTests.names)
    func bundledScenariosNameTheSchema(name: String) throws {
        let bundled = try #require(BundledScenarios.named(name))
        #expect(bundled.text.hasPrefix("# yaml-language-server: $schema=../schema/scenario.schema.json\n"))
    }

    @Test func theDocumentedExampleValidates() throws {
        let text = try ScenarioSchemaFixtures.text(of: "Tests/FilRougeEndToEndTests/Fixtures/boulangerie.yaml")
        let failures = try ScenarioSchemaFixtures.validator().failures(of: YAMLDocument.json(from: text))
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    }

    @Test func theEveryKeyScenarioValidates() throws {
        let failures = try ScenarioSchemaFixtures.validator().failures(of: ScenarioSchemaFixtures.everyKeyJSON())
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    }

    /// Files the loader rejects for a reason the schema can see: the schema rejects them too.
    @Test(arguments: Edit.broken)
    func brokenFilesAreRejectedByBoth(edit: Edit) throws {
        let text = try edit.apply(ScenarioSchemaFixtures.everyKey)
        let loaded = ScenarioLoader.load(text, file: "broken.yaml")
        #expect(loaded.diagnostics.hasErrors, "the loader accepts it")
        let failures = try ScenarioSchemaFixtures.validator().failures(of: YAMLDocument.json(from: text))
        #expect(!failures.isEmpty, "the schema accepts it; the loader says \(loaded.diagnostics.map(\.message))")
        #expect(failures.contains { $0.path == edit.failurePath }, "not at '\(edit.failurePath ?? "")': \(failures)")
    }

    /// Unusual forms the loader reads: the schema does not flag them.
    @Test(arguments: Edit.accepted)
    func unusualButValidFilesAreAcceptedByBoth(edit: Edit) throws {
        let text = try edit.apply(ScenarioSchemaFixtures.everyKey)
        let loaded = ScenarioLoader.load(text, file: "unusual.yaml")
        #expect(!loaded.diagnostics.hasErrors, "the loader says \(loaded.diagnostics.map(\.message))")
        let failures = try ScenarioSchemaFixtures.validator().failures(of: YAMLDocument.json(from: text))
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    }

    /// A change that turns the every-key scenario into another file.
    struct Edit: CustomTestStringConvertible, Sendable {
        let name: String
        /// Where the schema sees the fault (`""` for the top level), for a file it must reject.
        let failurePath: String?
        let apply: @Sendable (String) throws -> String

        /// Replaces each first text by the second; each must be in the file.
        init(_ name: String, at failurePath: String? = nil, _ replacements: (String, String)...) {
            self.name = name
            self.failurePath = failurePath
            let pairs = replacements.map { [$0.0, $0.1] }
            self.apply = { text in
                try pairs.reduce(text) { text, pair in
                    try #require(text.contains(pair[0]), "'\(pair[0])' is not in the file")
                    return text.replacingOccurrences(of: pair[0], with: pair[1])
                }
            }
        }

        /// Replaces the whole list of steps.
        init(_ name: String, at failurePath: String, steps replacement: String) {
            self.name = name
            self.failurePath = failurePath
            self.apply = { text in
                let start = try #require(text.range(of: "steps:\n"))
                let end = try #require(text.range(of: "endings:\n"))
                return text.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: replacement + "\n")
            }
        }

        var testDescription: String { name }

        static let broken: [Edit] = [
            Edit("an unknown top-level key", at: "/titel", ("start: commandes", "start: commandes\ntitel: Tout")),
            Edit("an unknown key in a criterion", at: "/steps/0/rubric/0/wieght", ("weight: 2", "wieght: 2")),
            Edit("an unknown key in a step", at: "/steps/0/followup", ("follow_up:", "followup:")),
            Edit("an unknown key in a bounds mapping", at: "/steps/0/routes/0/when/score/minimum", ("score: { min: 0.5, max: 1 }, counters: { confiance: { min: 1, max: 3 } }", "score: { minimum: 0.5 }")),
            Edit("an unknown band in an example", at: "/steps/0/examples/0/band", ("band: partial", "band: great")),
            Edit("an unknown band in a condition", at: "/steps/0/routes/0/when/band", ("band: [good, partial]", "band: [good, gud]")),
            Edit("a band name that is a reaction's key", at: "/steps/0/reactions/excellent", ("reactions: { good: \"Oui.\", partial: [", "reactions: { excellent: \"Oui.\", good: \"Oui.\", partial: [")),
            Edit("a missing question", at: "/steps/0", ("    question: \"Que faire ?\"\n", "")),
            Edit("a missing title", at: "", ("title: \"Tout le format\"\n", "")),
            Edit("a missing persona name", at: "/persona", ("persona: { name: \"Mme Levain\", description: \"Boulangère.\" }", "persona: { description: \"Boulangère.\" }")),
            Edit("a missing reaction", at: "/steps/1/reactions", ("partial: \"Bof.\", missed: \"Non.\" }", "partial: \"Bof.\" }")),
            Edit("a missing ending text", at: "/endings/1", ("    says: \"Bon.\"", "    when: { band: missed }")),
            Edit("a missing example band", at: "/steps/0/examples/0", ("        band: partial\n", "")),
            Edit("a route without goto", at: "/steps/0/routes/1", ("      - goto: photos", "      - when: { band: good }")),
            Edit("an unknown language", at: "/language", ("language: fr", "language: de")),
            Edit("a threshold above 1", at: "/bands/good", ("bands: { good: 0.7,", "bands: { good: 1.5,")),
            Edit("a quoted threshold above 1", at: "/bands/good", ("bands: { good: 0.7,", "bands: { good: \"1.5\",")),
            Edit("an id with a space", at: "/id", ("id: complet", "id: \"mon complet\"")),
            Edit("a step called end", at: "/steps/1/id", ("id: photos", "id: end"), ("goto: photos", "goto: end")),
            Edit("two operators in one expression", at: "/steps/0/rubric/1/match", ("{ not: gratuit }", "{ not: gratuit, any: [offert] }")),
            Edit("no operator in an expression", at: "/steps/0/rubric/1/match", ("{ not: gratuit }", "{ within: 2 }")),
            Edit("within without near", at: "/steps/0/rubric/1/match", ("{ not: gratuit }", "{ not: gratuit, within: 2 }")),
            Edit("near with three parts", at: "/steps/0/rubric/0/match", ("near: [photo, vitrine]", "near: [photo, vitrine, boutique]")),
            Edit("near with one part", at: "/steps/0/rubric/0/match", ("near: [photo, vitrine]", "near: [photo]")),
            Edit("near of a single keyword", at: "/steps/0/rubric/0/match", ("near: [photo, vitrine]", "near: photo")),
            Edit("within 0", at: "/steps/0/rubric/0/match", ("within: 3", "within: 0")),
            Edit("within not a whole number", at: "/steps/0/rubric/0/match", ("within: 3", "within: 2.5")),
            Edit("an empty any", at: "/steps/0/rubric/1/match", ("{ any: [prix, tarif] }", "{ any: [] }")),
            Edit("an empty list as an expression", at: "/steps/0/rubric/1/match", ("match: { all: [", "match: { all: [[], ")),
            Edit("an empty rubric", at: "/steps/1/rubric", ("rubric:\n      - concept: photos\n        keywords: photo\n      - concept: vitrine\n        keywords: vitrine\n      - concept: appareil\n        develops: photos\n        keywords: reflex", "rubric: []")),
            Edit("no steps", at: "/steps", steps: "steps: []"),
            Edit("a criterion nothing can meet", at: "/steps/1/rubric/0", ("      - concept: photos\n        keywords: photo", "      - concept: photos\n        label: Photos")),
            Edit("met in an ending", at: "/endings/0/when/met", ("when: { band: good, score:", "when: { band: good, met: [reseaux], score:")),
            Edit("an empty variant list", at: "/steps/0/reactions/partial", ("partial: [\"Peut-être.\", \"Bof.\"]", "partial: []")),
            Edit("an empty vocabulary entry", at: "/vocabulary/reseaux", ("reseaux: [facebook, instagram]", "reseaux: []")),
            Edit("a vocabulary entry that is not a list", at: "/vocabulary/reseaux", ("reseaux: [facebook, instagram]", "reseaux: facebook")),
            Edit("required that is not true or false", at: "/steps/0/rubric/0/required", ("required: true", "required: maybe")),
            Edit("a counter that is not a whole number", at: "/counters/confiance", ("counters: { confiance: 0 }", "counters: { confiance: beaucoup }")),
            Edit("a counter change that is a fraction", at: "/steps/0/counters/good/confiance", ("good: { confiance: 1 }", "good: { confiance: 0.5 }")),
            Edit("a weight of 0", at: "/steps/0/rubric/0/weight", ("weight: 2", "weight: 0.0")),
            Edit("a weight that is a word", at: "/steps/0/rubric/0/weight", ("weight: 2", "weight: lourd")),
            Edit("bounds with neither min nor max", at: "/steps/0/routes/0/when/score", ("score: { min: 0.5, max: 1 }, counters: { confiance: { min: 1, max: 3 } }", "score: {}")),
            Edit("a blank title", at: "/title", ("title: \"Tout le format\"", "title: \"   \"")),
            Edit("an empty text", at: "/endings/1/says", ("says: \"Bon.\"", "says: ~")),
            Edit("a list where a text goes", at: "/steps/1/question", ("question: \"Et les photos ?\"", "question: [une, liste]")),
            Edit("a text where a list of steps goes", at: "/steps", steps: "steps: commandes"),
            Edit("a follow-up reply without its band together", at: "/steps/0/examples/0", ("        band_together: partial\n", "")),
            Edit("a band together without a follow-up reply", at: "/steps/0/examples/0", ("        follow_up: \"Des photos.\"\n", "")),
            Edit("an unknown band together", at: "/steps/0/examples/0/band_together", ("band_together: partial", "band_together: half")),
            Edit("a path without an ending", at: "/paths/0", ("    ending: prudente", "")),
            Edit("a path without turns", at: "/paths/0/turns", ("    turns:\n      - { step: commandes, command: hint }\n      - step: commandes\n        reply: \"Sur Facebook.\"\n        band: partial\n        met: [reseaux]\n        missed: [prix]\n", "    turns: []\n")),
            Edit("a turn without a step", at: "/paths/0/turns/0", ("{ step: commandes, command: hint }", "{ command: hint }")),
            Edit("a turn with a reply and a command", at: "/paths/0/turns/0", ("{ step: commandes, command: hint }", "{ step: commandes, command: hint, reply: \"Oui.\", band: good }")),
            Edit("a turn with neither reply nor command", at: "/paths/0/turns/0", ("{ step: commandes, command: hint }", "{ step: commandes }")),
            Edit("a command with a band", at: "/paths/0/turns/0", ("{ step: commandes, command: hint }", "{ step: commandes, command: hint, band: good }")),
            Edit("a reply without a band", at: "/paths/0/turns/1", ("        band: partial\n        met: [reseaux]\n        missed: [prix]\n    ending", "        met: [reseaux]\n        missed: [prix]\n    ending")),
            Edit("an unknown command", at: "/paths/0/turns/0/command", ("command: hint", "command: score")),
            Edit("an unknown key in a turn", at: "/paths/0/turns/0/commande", ("command: hint", "commande: hint")),
            Edit("a mapping where a keyword goes", at: "/steps/0/rubric/0/keywords", ("keywords: [linkedin]", "keywords: [{ mot: linkedin }]")),
        ]

        static let accepted: [Edit] = [
            Edit("an unquoted version number", ("version: \"1.0\"", "version: 1.0")),
            Edit("yes and no for true and false", ("required: true", "required: yes"), ("ordered: true", "ordered: No")),
            Edit("a quoted weight", ("weight: 2", "weight: \"2.5\"")),
            Edit("a quoted threshold", ("bands: { good: 0.7,", "bands: { good: \"0.8\",")),
            Edit("a negative weight", ("weight: 2\n        required: true", "weight: -1")),
            Edit("a quoted whole number", ("within: 3", "within: \"3\""), ("good: { confiance: 1 }", "good: { confiance: \"+1\" }")),
            Edit("numbers as ids and targets", ("id: photos", "id: 7"), ("goto: photos", "goto: 7")),
            Edit("numbers as keywords", ("keywords: [linkedin]", "keywords: [50, 1.5, linkedin]")),
            Edit("a single hint and a single concept name", ("hints: [\"Et les réseaux ?\"]", "hints: \"Et les réseaux ?\""), ("met: [reseaux]", "met: reseaux")),
            Edit("a single band in a condition", ("band: [good, partial]", "band: missed")),
            Edit("an empty list of routes and of examples", ("    examples:\n      - reply: \"Sur Facebook.\"\n        band: partial\n        met: [reseaux]\n        missed: [prix]\n        follow_up: \"Des photos.\"\n        band_together: partial\n", "    examples: []\n")),
            Edit("a list as an expression", ("{ not: gratuit }", "[gratuit, offert, { not: payant }]")),
            Edit("empty bands", ("bands: { good: 0.6, partial: 0.3 }", "bands: {}")),
            Edit("a command written with its slash", ("command: hint", "command: /hint")),
            Edit("block texts", ("opening: \"Un samedi matin.\"", "opening: |\n  Un samedi matin,\n  devant la boutique.")),
        ]
    }
}
