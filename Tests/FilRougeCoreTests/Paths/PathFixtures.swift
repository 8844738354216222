import Foundation
import Testing
@testable import FilRougeCore

/// A small scenario for path tests: a step with a hint, a follow-up question, a counter and two
/// routes; a step without a follow-up; three endings. Its `paths` are given by each test, and start
/// at line 40 of the file.
enum PathFixtures {
    static let base = """
        id: atelier
        title: "L'atelier de M. Rabot"
        language: fr
        version: "1"
        persona: { name: "M. Rabot" }
        counters: { humeur: 0 }
        steps:
          - id: accueil
            question: "Pourquoi je perds des clients ?"
            rubric:
              - concept: ecoute
                keywords: ["écout*"]
              - concept: site
                keywords: ["site web"]
            reactions: { good: "Bien vu.", partial: "Peut-être.", missed: "Hum." }
            hints: ["Pense à tes clients."]
            follow_up: "Concrètement ?"
            counters: { good: { humeur: 1 } }
            routes:
              - when: { band: missed }
                goto: fin-rapide
              - goto: outils
            examples:
              - { reply: "Écoute tes clients et fais un site web.", band: good }
          - id: outils
            question: "Et mes outils ?"
            rubric:
              - concept: logiciel
                keywords: [logiciel]
              - concept: formation
                keywords: [formation]
            reactions: { good: "Oui.", partial: "Bof.", missed: "Non." }
            examples:
              - { reply: "Un logiciel et une formation.", band: good }
        endings:
          - { id: ravi, when: { band: good }, says: "Merci !" }
          - { id: mitige, when: { counters: { humeur: { min: 1 } } }, says: "On verra." }
          - { id: fin-rapide, says: "Au revoir." }
        paths:

        """

    static func text(paths: String) -> String {
        base + paths
    }

    static func load(paths: String) -> ScenarioLoadResult {
        ScenarioLoader.load(text(paths: paths), file: "atelier.yaml")
    }

    /// The scenario without its `paths` key.
    static var withoutPaths: String {
        base.replacingOccurrences(of: "paths:\n", with: "")
    }

    static func scenario(paths: String) throws -> Scenario {
        let result = load(paths: paths)
        return try #require(result.scenario, "\(result.diagnostics.map { "\($0.location): \($0.message)" })")
    }

    static func location(_ line: Int, _ column: Int) -> FilRougeCore.SourceLocation {
        FilRougeCore.SourceLocation(file: "atelier.yaml", line: line, column: column)
    }
}
