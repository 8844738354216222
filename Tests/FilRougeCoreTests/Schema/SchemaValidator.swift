import Foundation
import FilRougeTestSupport

/// A JSON Schema (draft-07) validator for the keywords `schema/scenario.schema.json` uses, and no
/// others: `unsupportedKeywords` lists any keyword of a schema it would not check, so that a test
/// fails as soon as the schema and the validator drift apart.
struct SchemaValidator {
    /// A place in the instance that breaks the schema.
    struct Failure: CustomStringConvertible, Equatable {
        let path: String
        let message: String
        var description: String { "\(path.isEmpty ? "/" : path): \(message)" }
    }

    /// The keywords checked when validating.
    static let validationKeywords: Set<String> = [
        "$ref", "type", "enum", "pattern", "minimum", "maximum", "minItems", "maxItems", "items",
        "properties", "additionalProperties", "required", "dependencies", "allOf", "anyOf", "oneOf", "not",
    ]
    /// Keywords that only describe (for editors) or hold definitions, checked by nothing.
    static let annotationKeywords: Set<String> = ["$schema", "title", "description", "markdownDescription", "definitions"]

    let root: JSONValue

    // MARK: Checking the schema itself

    /// Every place where the schema uses a keyword this validator does not check, or uses a known
    /// keyword in a form it does not handle, as `path: problem`.
    func unsupportedKeywords() -> [String] {
        var problems: [String] = []
        walk(root, path: "#", problems: &problems)
        return problems
    }

    private func walk(_ schema: JSONValue, path: String, problems: inout [String]) {
        guard let members = schema.objectValue else {
            problems.append("\(path): a schema must be an object")
            return
        }
        for (keyword, value) in members {
            let here = "\(path)/\(keyword)"
            if !Self.validationKeywords.contains(keyword) && !Self.annotationKeywords.contains(keyword) {
                problems.append("\(here): unknown keyword")
                continue
            }
            switch keyword {
            case "$ref":
                if resolve(value) == nil { problems.append("\(here): cannot resolve \(value.jsonText)") }
                // In draft-07 every keyword beside $ref is ignored: only descriptions may stand there.
                for sibling in members.keys where sibling != "$ref" && !Self.annotationKeywords.contains(sibling) {
                    problems.append("\(path)/\(sibling): beside $ref, draft-07 ignores it")
                }
            case "properties", "definitions":
                for (name, subschema) in value.objectValue ?? [:] { walk(subschema, path: "\(here)/\(name)", problems: &problems) }
            case "additionalProperties":
                if value != .bool(false) { walk(value, path: here, problems: &problems) }
            case "items", "not":
                walk(value, path: here, problems: &problems)
            case "allOf", "anyOf", "oneOf":
                for (index, subschema) in (value.arrayValue ?? []).enumerated() { walk(subschema, path: "\(here)/\(index)", problems: &problems) }
            case "dependencies":
                for (name, dependency) in value.objectValue ?? [:] where dependency.strings == nil || dependency.strings?.count != dependency.arrayValue?.count {
                    problems.append("\(here)/\(name): only lists of property names are supported")
                }
            case "type":
                let names = value.stringValue.map { [$0] } ?? value.strings ?? []
                for name in names where !Self.typeNames.contains(name) { problems.append("\(here): unknown type '\(name)'") }
            case "pattern":
                if (try? NSRegularExpression(pattern: value.stringValue ?? "(")) == nil { problems.append("\(here): not a regular expression") }
            default:
                break
            }
        }
    }

    private static let typeNames: Set<String> = ["null", "boolean", "object", "array", "number", "integer", "string"]

    private func resolve(_ reference: JSONValue) -> JSONValue? {
        guard let text = reference.stringValue, text.hasPrefix("#/definitions/") else { return nil }
        return root["definitions"]?[String(text.dropFirst("#/definitions/".count))]
    }

    // MARK: Validating an instance

    /// Every failure of `instance` against the whole schema; empty when it is valid.
    func failures(of instance: JSONValue) -> [Failure] {
        failures(of: instance, against: root, path: "")
    }

    private func failures(of instance: JSONValue, against schema: JSONValue, path: String) -> [Failure] {
        guard let members = schema.objectValue else { return [Failure(path: path, message: "schema is not an object")] }
        if let reference = members["$ref"] {
            guard let target = resolve(reference) else { return [Failure(path: path, message: "unresolved \(reference.jsonText)")] }
            return failures(of: instance, against: target, path: path)
        }
        var found: [Failure] = []
        func fail(_ message: String) { found.append(Failure(path: path, message: message)) }

        if let type = members["type"] {
            let names = type.stringValue.map { [$0] } ?? type.strings ?? []
            if !names.contains(where: { Self.instance(instance, hasType: $0) }) {
                fail("expected \(names.joined(separator: " or ")), not \(instance.jsonText)")
                return found
            }
        }
        if let values = members["enum"]?.arrayValue, !values.contains(instance) {
            fail("\(instance.jsonText) is not one of \(values.map(\.jsonText).joined(separator: ", "))")
        }
        if let pattern = members["pattern"]?.stringValue, case .string(let text) = instance, !Self.text(text, matches: pattern) {
            fail("\(instance.jsonText) does not match \(pattern)")
        }
        if case .number(let value) = instance {
            if case .number(let minimum)? = members["minimum"], value < minimum { fail("\(value) is below \(minimum)") }
            if case .number(let maximum)? = members["maximum"], value > maximum { fail("\(value) is above \(maximum)") }
        }
        if case .array(let items) = instance {
            if case .number(let minimum)? = members["minItems"], Double(items.count) < minimum { fail("fewer than \(Int(minimum)) items") }
            if case .number(let maximum)? = members["maxItems"], Double(items.count) > maximum { fail("more than \(Int(maximum)) items") }
            if let itemSchema = members["items"] {
                for (index, item) in items.enumerated() {
                    found += failures(of: item, against: itemSchema, path: "\(path)/\(index)")
                }
            }
        }
        if case .object(let object) = instance {
            found += objectFailures(object, members: members, path: path)
        }
        for subschema in members["allOf"]?.arrayValue ?? [] {
            found += failures(of: instance, against: subschema, path: path)
        }
        if let alternatives = members["anyOf"]?.arrayValue {
            let outcomes = alternatives.map { failures(of: instance, against: $0, path: path) }
            if !outcomes.contains(where: \.isEmpty) {
                fail("matches none of the \(alternatives.count) alternatives: " + outcomes.map { $0.map(\.description).joined(separator: "; ") }.joined(separator: " | "))
            }
        }
        if let alternatives = members["oneOf"]?.arrayValue {
            let matching = alternatives.filter { failures(of: instance, against: $0, path: path).isEmpty }.count
            if matching != 1 { fail("matches \(matching) of the \(alternatives.count) alternatives instead of exactly one") }
        }
        if let excluded = members["not"], failures(of: instance, against: excluded, path: path).isEmpty {
            fail("\(instance.jsonText) is excluded")
        }
        return found
    }

    private func objectFailures(_ object: [String: JSONValue], members: [String: JSONValue], path: String) -> [Failure] {
        var found: [Failure] = []
        let properties = members["properties"]?.objectValue ?? [:]
        for key in object.keys.sorted() {
            let value = object[key] ?? .null
            if let propertySchema = properties[key] {
                found += failures(of: value, against: propertySchema, path: "\(path)/\(key)")
            } else if let additional = members["additionalProperties"] {
                if additional == .bool(false) {
                    found.append(Failure(path: "\(path)/\(key)", message: "unknown key '\(key)'"))
                } else {
                    found += failures(of: value, against: additional, path: "\(path)/\(key)")
                }
            }
        }
        for key in members["required"]?.strings ?? [] where object[key] == nil {
            found.append(Failure(path: path, message: "missing '\(key)'"))
        }
        for (key, needed) in members["dependencies"]?.objectValue ?? [:] where object[key] != nil {
            for other in needed.strings ?? [] where object[other] == nil {
                found.append(Failure(path: path, message: "'\(key)' needs '\(other)'"))
            }
        }
        return found
    }

    private static func instance(_ instance: JSONValue, hasType name: String) -> Bool {
        switch (name, instance) {
        case ("null", .null), ("boolean", .bool), ("object", .object), ("array", .array), ("number", .number), ("string", .string):
            return true
        case ("integer", .number(let value)):
            return value == value.rounded(.towardZero) && value.isFinite
        default:
            return false
        }
    }

    /// JSON Schema patterns are searched for anywhere in the text, not anchored.
    private static func text(_ text: String, matches pattern: String) -> Bool {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return false }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
