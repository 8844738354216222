import FilRougeTestSupport
import Testing
@testable import FilRougeCore

/// The schema describes the mappings the loader reads: the same keys, the same closed mappings and
/// the same required keys, read from the loader's own lists and behaviour rather than written twice.
struct ScenarioSchemaKeyTests {
    static let definitions = ScenarioSchemaFixtures.instances.map(\.definition)

    static func propertyKeys(of definition: String) throws -> Set<String> {
        let schema = try ScenarioSchemaFixtures.schema()
        let mapping = try #require(ScenarioSchemaFixtures.definition(definition, in: schema), "no definition '\(definition)'")
        return Set(try #require(mapping["properties"]?.objectValue, "'\(definition)' has no properties").keys)
    }

    @Test(arguments: definitions)
    func eachMappingHasTheLoadersKeys(definition: String) throws {
        let loaderKeys = try #require(ScenarioSchemaFixtures.loaderKeys[definition])
        #expect(try Self.propertyKeys(of: definition) == Set(loaderKeys), "definition '\(definition)'")
    }

    /// The loader rejects unknown keys in every mapping whose keys it names.
    @Test(arguments: definitions)
    func eachMappingRejectsUnknownKeys(definition: String) throws {
        let schema = try ScenarioSchemaFixtures.schema()
        let mapping = try #require(ScenarioSchemaFixtures.definition(definition, in: schema))
        #expect(mapping["additionalProperties"] == .bool(false), "definition '\(definition)'")
        #expect(mapping["type"] == .string("object"), "definition '\(definition)'")
    }

    /// No mapping of the schema escapes the comparisons above.
    @Test func everyDefinitionWithPropertiesIsComparedWithTheLoader() throws {
        let schema = try ScenarioSchemaFixtures.schema()
        let definitions = try #require(schema["definitions"]?.objectValue)
        let withProperties = Set(definitions.filter { $0.value["properties"] != nil }.keys)
        #expect(withProperties == Set(Self.definitions.filter { !$0.isEmpty }))
    }

    @Test func theEveryKeyScenarioLoadsCleanlyAndUsesEveryKey() throws {
        let result = ScenarioLoader.load(ScenarioSchemaFixtures.everyKey, file: "every-key.yaml")
        #expect(result.diagnostics.isEmpty, "\(DiagnosticRenderer(source: ScenarioSchemaFixtures.everyKey).render(result.diagnostics))")
        let document = try ScenarioSchemaFixtures.everyKeyJSON()
        var keysUsed: [String: Set<String>] = [:]
        for (definition, path) in ScenarioSchemaFixtures.instances + ScenarioSchemaFixtures.otherInstances {
            let instance = try #require(document.value(at: path)?.objectValue, "nothing at \(path)")
            keysUsed[definition, default: []].formUnion(instance.keys)
        }
        for (definition, keys) in ScenarioSchemaFixtures.loaderKeys {
            #expect(keysUsed[definition] == Set(keys), "definition '\(definition)'")
        }
    }

    /// A key is required by the loader when leaving it out, and nothing else, makes the loader say
    /// the mapping "has no" it; those are exactly the keys the schema requires.
    @Test(arguments: ScenarioSchemaFixtures.instances.map { Instance(definition: $0.definition, path: $0.path) })
    func requiredKeysAreTheOnesTheLoaderRequires(instance: Instance) throws {
        let schema = try ScenarioSchemaFixtures.schema()
        let document = try ScenarioSchemaFixtures.everyKeyJSON()
        let mapping = try #require(ScenarioSchemaFixtures.definition(instance.definition, in: schema))
        var loaderRequired: Set<String> = []
        for key in try Self.propertyKeys(of: instance.definition) {
            let text = document.removing(key, at: instance.path).jsonText
            let messages = ScenarioLoader.load(text, file: "f.json").diagnostics.map(\.message)
            if messages.contains(where: { $0.hasSuffix("has no '\(key)'") }) { loaderRequired.insert(key) }
        }
        #expect(Set(mapping["required"]?.strings ?? []) == loaderRequired, "definition '\(instance.definition)'")
    }

    /// Mappings that need at least one key of a group (a criterion's keywords, vocabulary or match;
    /// bounds' min or max) say so as `anyOf` of single required keys.
    @Test(arguments: [
        Group(definition: "criterion", path: ["steps", 0, "rubric", 0], keys: ScenarioDecoder.criterionSources),
        Group(definition: "bounds", path: ["steps", 0, "routes", 0, "when", "score"], keys: ScenarioDecoder.boundsKeys),
    ])
    func atLeastOneOfAGroupIsRequired(group: Group) throws {
        let schema = try ScenarioSchemaFixtures.schema()
        let mapping = try #require(ScenarioSchemaFixtures.definition(group.definition, in: schema))
        let alternatives = try #require(mapping["anyOf"]?.arrayValue)
        #expect(alternatives.map { $0["required"]?.strings ?? [] } == group.keys.map { [$0] })

        let document = try ScenarioSchemaFixtures.everyKeyJSON()
        let withNone = group.keys.reduce(document) { $0.removing($1, at: group.path) }
        #expect(ScenarioLoader.load(withNone.jsonText, file: "f.json").diagnostics.hasErrors)
        for kept in group.keys {
            let withOne = group.keys.filter { $0 != kept }.reduce(document) { $0.removing($1, at: group.path) }
            let diagnostics = ScenarioLoader.load(withOne.jsonText, file: "f.json").diagnostics
            #expect(!diagnostics.hasErrors, "with '\(kept)' only: \(diagnostics.map(\.message))")
        }
    }

    /// A match expression written as a mapping has exactly one operator, and `within` and
    /// `ordered` go with `near` only.
    @Test func operatorsAreExclusiveAndNearOptionsNeedNear() throws {
        let schema = try ScenarioSchemaFixtures.schema()
        let mapping = try #require(schema["definitions"]?["operatorExpression"])
        let alternatives = try #require(mapping["oneOf"]?.arrayValue)
        #expect(alternatives.map { $0["required"]?.strings ?? [] } == ScenarioDecoder.expressionOperators.map { [$0] })
        let dependencies = try #require(mapping["dependencies"]?.objectValue)
        #expect(Set(dependencies.keys) == Set(ScenarioDecoder.nearOptions))
        #expect(dependencies.values.allSatisfy { $0.strings == ["near"] })
    }

    @Test func languagesAndBandsAreTheModelsOwn() throws {
        let schema = try ScenarioSchemaFixtures.schema()
        #expect(schema["properties"]?["language"]?["enum"]?.strings == Language.allCases.map(\.rawValue))
        #expect(schema["definitions"]?["band"]?["enum"]?.strings == Band.allCases.map(\.rawValue))
        let reactions = try #require(schema["definitions"]?["reactions"]?["required"]?.strings)
        #expect(Set(reactions) == Set(Band.allCases.map(\.rawValue)))
    }

    struct Instance: CustomTestStringConvertible, Sendable {
        let definition: String
        let path: [JSONPathStep]
        var testDescription: String { definition.isEmpty ? "the scenario" : definition }
    }

    struct Group: CustomTestStringConvertible, Sendable {
        let definition: String
        let path: [JSONPathStep]
        let keys: [String]
        var testDescription: String { definition }
    }
}
