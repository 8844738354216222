import Foundation
import FilRougeTestSupport
import Yams

/// Turns a YAML file into the JSON value a YAML language server validates: quoted and block
/// scalars are strings, plain scalars are typed by the YAML 1.2 core schema (null, booleans,
/// integers, floats, else strings). This is deliberately not Yams' own typing, which follows
/// YAML 1.1 (`yes` and `on` are booleans there).
enum YAMLDocument {
    struct ConversionError: Error, CustomStringConvertible {
        let description: String
    }

    static func json(from yaml: String) throws -> JSONValue {
        guard let node = try Yams.compose(yaml: yaml) else { return .null }
        return try json(from: node)
    }

    static func json(from node: Node) throws -> JSONValue {
        switch node {
        case .scalar(let scalar):
            return scalar.style == .plain ? typedPlainScalar(scalar.string) : .string(scalar.string)
        case .sequence(let sequence):
            return .array(try sequence.map(json(from:)))
        case .mapping(let mapping):
            var members: [String: JSONValue] = [:]
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    throw ConversionError(description: "a mapping key that is not a scalar, line \(key.mark?.line ?? 0)")
                }
                members[keyScalar.string] = try json(from: value)
            }
            return .object(members)
        case .alias:
            throw ConversionError(description: "an unresolved alias, line \(node.mark?.line ?? 0)")
        }
    }

    /// The YAML 1.2 core schema's reading of a plain scalar.
    static func typedPlainScalar(_ text: String) -> JSONValue {
        if ["", "~", "null", "Null", "NULL"].contains(text) { return .null }
        if ["true", "True", "TRUE"].contains(text) { return .bool(true) }
        if ["false", "False", "FALSE"].contains(text) { return .bool(false) }
        if matches(text, "^[-+]?[0-9]+$"), let value = Double(text) { return .number(value) }
        if matches(text, "^0o[0-7]+$"), let value = Int(text.dropFirst(2), radix: 8) { return .number(Double(value)) }
        if matches(text, "^0x[0-9a-fA-F]+$"), let value = Int(text.dropFirst(2), radix: 16) { return .number(Double(value)) }
        if matches(text, "^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"), let value = Double(text) { return .number(value) }
        return .string(text)
    }

    private static func matches(_ text: String, _ pattern: String) -> Bool {
        text.range(of: pattern, options: .regularExpression) != nil
    }
}
