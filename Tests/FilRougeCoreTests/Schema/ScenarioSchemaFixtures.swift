import Foundation
import FilRougeTestSupport
@testable import FilRougeCore

/// The schema file of the repository, and a scenario that writes every key the loader knows.
enum ScenarioSchemaFixtures {
    static let repository = Repository.root

    static func text(of relativePath: String) throws -> String {
        try Repository.text(relativePath)
    }

    /// `schema/scenario.schema.json`, the file editors read.
    static func schema() throws -> JSONValue {
        let data = try Data(contentsOf: repository.appendingPathComponent("schema/scenario.schema.json"))
        return try JSONDecoder().decode(JSONValue.self, from: data)
    }

    static func validator() throws -> SchemaValidator {
        SchemaValidator(root: try schema())
    }

    /// A scenario that uses every key of every mapping at least once, and loads without a diagnostic.
    static let everyKey = """
        id: complet
        title: "Tout le format"
        language: fr
        version: "1.0"
        author: "Équipe"
        description: "Chaque clé au moins une fois."
        persona: { name: "Mme Levain", description: "Boulangère." }
        opening: "Un samedi matin."
        bands: { good: 0.7, partial: 0.4 }
        generic: [facebook]
        counters: { confiance: 0 }
        vocabulary:
          reseaux: [facebook, instagram]
        start: commandes
        steps:
          - id: commandes
            says: "Bonjour."
            question: "Que faire ?"
            rubric:
              - concept: reseaux
                label: "réseaux sociaux"
                keywords: [linkedin]
                vocabulary: reseaux
                match: { near: [photo, vitrine], within: 3, ordered: true }
                weight: 2
                required: true
                feedback: "Bien vu."
                hint: "Pense aux réseaux."
                overlaps: [prix]
              - concept: prix
                match: { all: [{ any: [prix, tarif] }, { not: gratuit }, { negated: baisser }, { vocabulary: [reseaux] }] }
            bands: { good: 0.6, partial: 0.3 }
            reactions: { good: "Oui.", partial: ["Peut-être.", "Bof."], missed: "Non." }
            hints: ["Et les réseaux ?"]
            follow_up: "Concrètement ?"
            counters: { good: { confiance: 1 }, partial: { confiance: 0 }, missed: { confiance: -1 } }
            routes:
              - when: { band: [good, partial], met: [reseaux], missed: [prix], score: { min: 0.5, max: 1 }, counters: { confiance: { min: 1, max: 3 } } }
                goto: photos
              - goto: photos
            examples:
              - reply: "Sur Facebook."
                band: partial
                met: [reseaux]
                missed: [prix]
                follow_up: "Des photos."
                band_together: partial
          - id: photos
            question: "Et les photos ?"
            bands: { ideas: { good: 2, partial: 1 } }
            generic: [photo]
            rubric:
              - concept: photos
                keywords: photo
              - concept: vitrine
                keywords: vitrine
              - concept: appareil
                develops: photos
                keywords: reflex
            reactions: { good: "Oui.", partial: "Bof.", missed: "Non." }
            examples:
              - { reply: "Des photos de la vitrine.", band: good }
        endings:
          - id: enthousiaste
            when: { band: good, score: { min: 0.5, max: 1 }, counters: { confiance: { min: 1, max: 9 } } }
            says: "Merci !"
          - id: prudente
            says: "Bon."
        paths:
          - name: tout
            turns:
              - { step: commandes, command: hint }
              - step: commandes
                reply: "Sur Facebook."
                band: partial
                met: [reseaux]
                missed: [prix]
            ending: prudente
        """

    static func everyKeyJSON() throws -> JSONValue {
        try YAMLDocument.json(from: everyKey)
    }

    /// Where one instance of each mapping of the schema stands in `everyKey`, by definition name
    /// (`""` for the top level).
    static let instances: [(definition: String, path: [JSONPathStep])] = [
        ("", []),
        ("persona", ["persona"]),
        ("bands", ["bands"]),
        ("ideaBands", ["steps", 1, "bands", "ideas"]),
        ("step", ["steps", 0]),
        ("criterion", ["steps", 0, "rubric", 0]),
        ("operatorExpression", ["steps", 0, "rubric", 0, "match"]),
        ("reactions", ["steps", 0, "reactions"]),
        ("stepCounters", ["steps", 0, "counters"]),
        ("route", ["steps", 0, "routes", 0]),
        ("condition", ["steps", 0, "routes", 0, "when"]),
        ("bounds", ["steps", 0, "routes", 0, "when", "score"]),
        ("example", ["steps", 0, "examples", 0]),
        ("ending", ["endings", 0]),
        ("endingCondition", ["endings", 0, "when"]),
        ("path", ["paths", 0]),
        ("turn", ["paths", 0, "turns", 1]),
    ]

    /// Further mappings of `everyKey` whose keys, with those of `instances`, cover every key: the
    /// operators of a match expression exclude one another, so no single mapping has them all.
    static let otherInstances: [(definition: String, path: [JSONPathStep])] = [
        ("bands", ["steps", 1, "bands"]),
        ("step", ["steps", 1]),
        ("criterion", ["steps", 1, "rubric", 2]),
        ("operatorExpression", ["steps", 0, "rubric", 1, "match"]),
        ("operatorExpression", ["steps", 0, "rubric", 1, "match", "all", 0]),
        ("operatorExpression", ["steps", 0, "rubric", 1, "match", "all", 1]),
        ("operatorExpression", ["steps", 0, "rubric", 1, "match", "all", 2]),
        ("operatorExpression", ["steps", 0, "rubric", 1, "match", "all", 3]),
        ("turn", ["paths", 0, "turns", 0]),
    ]

    /// The keys the loader accepts in each mapping, by definition name.
    static let loaderKeys: [String: [String]] = [
        "": ScenarioDecoder.scenarioKeys,
        "persona": ScenarioDecoder.personaKeys,
        "bands": ScenarioDecoder.bandsKeys,
        "ideaBands": ScenarioDecoder.thresholdKeys,
        "step": ScenarioDecoder.stepKeys,
        "criterion": ScenarioDecoder.criterionKeys,
        "operatorExpression": ScenarioDecoder.expressionKeys,
        "reactions": Band.allCases.map(\.rawValue),
        "stepCounters": Band.allCases.map(\.rawValue),
        "route": ScenarioDecoder.routeKeys,
        "condition": ScenarioDecoder.conditionKeys,
        "bounds": ScenarioDecoder.boundsKeys,
        "example": ScenarioDecoder.exampleKeys,
        "ending": ScenarioDecoder.endingKeys,
        "endingCondition": ScenarioDecoder.conditionKeys.filter { !ScenarioDecoder.stepOnlyConditionKeys.contains($0) },
        "path": PathDecoder.pathKeys,
        "turn": PathDecoder.turnKeys,
    ]

    /// The schema of a definition, or the whole schema for `""`.
    static func definition(_ name: String, in schema: JSONValue) -> JSONValue? {
        name.isEmpty ? schema : schema["definitions"]?[name]
    }
}
