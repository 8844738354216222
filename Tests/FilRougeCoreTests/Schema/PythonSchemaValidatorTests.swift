import Foundation
import FilRougeTestSupport
import XCTest
import FilRougeCore

/// The JSON Schema (schema/scenario.schema.json) and `filrouge check` agree on the cases where they
/// once differed, checked with a real JSON Schema validator: the `jsonschema` package from PyPI,
/// run by scripts/validate-with-schema in the Python environment scripts/setup creates
/// (.build-tools/venv). Each case says by hand whether both must accept or both refuse it.
final class PythonSchemaValidatorTests: XCTestCase {
    static let root = Repository.root

    /// A small scenario both accept, which each case changes.
    static let base = """
        id: schema-cases
        title: "Cas"
        language: fr
        version: "1.0"
        persona: { name: "Mme Levain" }
        bands: { good: 0.7, partial: 0.4 }
        counters: { confiance: 0 }
        vocabulary:
          boutique: [boutique, magasin]
        steps:
          - id: commandes
            question: "Et les commandes ?"
            rubric:
              - concept: en-ligne
                keywords: [commande en ligne]
                weight: 2
              - concept: lieu
                vocabulary: boutique
              - concept: proche
                match: { near: [site, vitrine], within: 3 }
            reactions: &reactions { good: "Oui.", partial: "Bof.", missed: "Non." }
            counters: { good: { confiance: 1 } }
            routes:
              - when: { counters: { confiance: { min: 1 } } }
                goto: suite
              - goto: fin
            examples:
              - { reply: "La commande en ligne.", band: partial }
          - id: suite
            question: "Et ensuite ?"
            rubric:
              - concept: en-ligne
                keywords: [commande en ligne]
            reactions: *reactions
            examples:
              - { reply: "La commande en ligne.", band: good }
        endings:
          - id: fin
            says: "Au revoir."

        """

    struct Case {
        let name: String
        /// Whether both the loader and the schema accept the file.
        let accepted: Bool
        let replacements: [(String, String)]

        init(_ name: String, accepted: Bool, _ replacements: (String, String)...) {
            self.name = name
            self.accepted = accepted
            self.replacements = replacements
        }

        func text() throws -> String {
            try replacements.reduce(PythonSchemaValidatorTests.base) { text, pair in
                guard text.contains(pair.0) else { throw CaseError("'\(pair.0)' is not in the base scenario (\(name))") }
                return text.replacingOccurrences(of: pair.0, with: pair.1)
            }
        }
    }

    struct CaseError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    static let cases: [Case] = [
        Case("the base scenario", accepted: true),
        // Empty lists: a list of keywords or of vocabulary names that names nothing meets nothing.
        Case("an empty keywords list", accepted: false, ("keywords: [commande en ligne]\n        weight: 2", "keywords: []\n        weight: 2")),
        Case("an empty vocabulary list in a criterion", accepted: false, ("vocabulary: boutique", "vocabulary: []")),
        Case("an empty vocabulary list in a match", accepted: false, ("match: { near: [site, vitrine], within: 3 }", "match: { vocabulary: [] }")),
        Case("an empty vocabulary entry", accepted: false, ("boutique: [boutique, magasin]", "boutique: [boutique, magasin]\n  vide: []")),
        Case("an empty vocabulary mapping", accepted: true, ("vocabulary:\n  boutique: [boutique, magasin]", "vocabulary: {}"), ("vocabulary: boutique", "keywords: [boutique]")),
        // Merge keys: read as YAML's merge key says, as editors and PyYAML read them.
        Case("a merge key in reactions", accepted: true, ("reactions: *reactions", "reactions:\n      <<: *reactions\n      good: \"Très bien.\"")),
        Case("a merge key with a list of mappings", accepted: true, ("reactions: *reactions", "reactions:\n      <<: [{ good: \"Bien.\" }, *reactions]")),
        Case("a merge key in counters", accepted: true, ("counters: { confiance: 0 }", "counters: { <<: { confiance: 0 } }")),
        Case("a merge key bringing an unknown key", accepted: false, ("reactions: *reactions", "reactions:\n      <<: { good: \"a\", partial: \"b\", missed: \"c\", excellent: \"d\" }")),
        Case("a merge key bringing no mapping", accepted: false, ("reactions: *reactions", "reactions:\n      <<: rien\n      good: \"a\"\n      partial: \"b\"\n      missed: \"c\"")),
        // Infinity and not-a-number are no weights, thresholds or bounds.
        Case("an infinite weight", accepted: false, ("weight: 2", "weight: .inf")),
        Case("a negative infinite weight", accepted: false, ("weight: 2", "weight: -.inf")),
        Case("a not-a-number weight", accepted: false, ("weight: 2", "weight: .nan")),
        Case("a not-a-number threshold", accepted: false, ("bands: { good: 0.7, partial: 0.4 }", "bands: { good: .NaN, partial: 0.4 }")),
        Case("an infinite bound", accepted: false, ("confiance: { min: 1 }", "confiance: { min: .inf }")),
        Case("a large finite weight", accepted: true, ("weight: 2", "weight: 1.0e+300")),
        Case("a weight written as text", accepted: true, ("weight: 2", "weight: \"2.5\"")),
        // Whole numbers hold from -2^63 to 2^63 - 1.
        Case("a counter at 2^63 - 1", accepted: true, ("confiance: 0", "confiance: 9223372036854775807")),
        Case("a counter at 2^63", accepted: false, ("confiance: 0", "confiance: 9223372036854775808")),
        Case("a counter at -2^63", accepted: true, ("confiance: 0", "confiance: -9223372036854775808")),
        Case("a counter below -2^63", accepted: false, ("confiance: 0", "confiance: -9223372036854775809")),
        Case("a counter of twenty digits", accepted: false, ("confiance: 0", "confiance: 99999999999999999999")),
        Case("a quoted counter at 2^63 - 1", accepted: true, ("confiance: 0", "confiance: \"9223372036854775807\"")),
        Case("a quoted counter at 2^63", accepted: false, ("confiance: 0", "confiance: \"9223372036854775808\"")),
        Case("a counter change at 2^63", accepted: false, ("good: { confiance: 1 }", "good: { confiance: 9223372036854775808 }")),
        Case("a 'within' at 2^63 - 1", accepted: true, ("within: 3", "within: 9223372036854775807")),
        Case("a 'within' at 2^63", accepted: false, ("within: 3", "within: 9223372036854775808")),
        Case("ideas at 2^63", accepted: false, ("bands: { good: 0.7, partial: 0.4 }", "bands: { ideas: { good: 9223372036854775808 } }")),
    ]

    /// The Python of .build-tools/venv; skips when Python itself is not installed.
    func validatorPython() throws -> URL {
        let python = Self.root.appendingPathComponent(".build-tools/venv/bin/python3")
        if FileManager.default.isExecutableFile(atPath: python.path) { return python }
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        guard paths.contains(where: { FileManager.default.isExecutableFile(atPath: "\($0)/python3") }) else {
            throw XCTSkip("Python 3 is not installed, so the JSON Schema validator (jsonschema, from PyPI) cannot run: install python3 and python3-venv, then run scripts/setup")
        }
        XCTFail("the JSON Schema validator is not installed: run scripts/setup, which creates .build-tools/venv with jsonschema and PyYAML")
        throw CaseError("no .build-tools/venv")
    }

    func testTheSchemaAndTheLoaderAgreeOnEachCase() throws {
        let python = try validatorPython()
        let directory = try TemporaryFolder.create("schema-cases")
        defer { try? FileManager.default.removeItem(at: directory) }

        var files: [String] = []
        var loaderAccepts: [String: (Bool, [String])] = [:]
        for (index, testCase) in Self.cases.enumerated() {
            let text = try testCase.text()
            let path = directory.appendingPathComponent("case-\(index).yaml").path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            files.append(path)
            let loaded = ScenarioLoader.load(text, file: "case-\(index).yaml")
            loaderAccepts[path] = (!loaded.diagnostics.hasErrors, loaded.diagnostics.filter { $0.severity == .error }.map(\.message))
        }

        let results = try runValidator(python: python, files: files)
        XCTAssertEqual(results.count, files.count, "one result per file")
        for (index, testCase) in Self.cases.enumerated() {
            let path = files[index]
            guard let schema = results[path], let loader = loaderAccepts[path] else {
                XCTFail("\(testCase.name): no result")
                continue
            }
            XCTAssertEqual(loader.0, testCase.accepted, "\(testCase.name): the loader \(loader.0 ? "accepts it" : "refuses it: \(loader.1)")")
            XCTAssertEqual(schema.valid, testCase.accepted, "\(testCase.name): the schema \(schema.valid ? "accepts it" : "refuses it: \(schema.problems)")")
        }
    }

    /// The bundled scenarios are valid for the real validator too.
    func testTheBundledScenariosValidate() throws {
        let python = try validatorPython()
        let files = ["alancienne.fr.yaml", "alancienne.en.yaml"].map { Self.root.appendingPathComponent("scenarios/\($0)").path }
        let results = try runValidator(python: python, files: files)
        for file in files {
            XCTAssertEqual(results[file]?.valid, true, "\(file): \(results[file]?.problems ?? [])")
        }
    }

    struct Result: Decodable {
        var file: String
        var valid: Bool
        var problems: [String]
    }

    private func runValidator(python: URL, files: [String]) throws -> [String: Result] {
        let run = try ProcessRun.run(python, [
            Self.root.appendingPathComponent("scripts/validate-with-schema").path,
            Self.root.appendingPathComponent("schema/scenario.schema.json").path,
        ] + files)
        XCTAssertEqual(run.status, 0, run.error)
        var results: [String: Result] = [:]
        for line in run.output.split(separator: "\n") {
            let result = try JSONDecoder().decode(Result.self, from: Data(line.utf8))
            results[result.file] = result
        }
        return results
    }
}
