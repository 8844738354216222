import Foundation

/// A JSON document as a value, keeping booleans apart from numbers (which `JSONSerialization` on
/// Linux does not): what the scenario schema is written in, what a scenario becomes once its YAML
/// scalars are given the types a YAML language server gives them, and the xAPI statements the
/// export writes, so that a validator can check the type of every value.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The document `text` holds.
    public static func parse(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    public var objectValue: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    public var numberValue: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The strings of an array of strings (`required`, `enum`), nil for anything else.
    public var strings: [String]? {
        arrayValue.map { $0.compactMap(\.stringValue) }
    }

    /// The document as JSON text, keys sorted; JSON is also YAML, so the loader reads it too.
    public var jsonText: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .number(let value):
            return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .string(let text): return Self.quoted(text)
        case .array(let items): return "[" + items.map(\.jsonText).joined(separator: ", ") + "]"
        case .object(let members):
            let pairs = members.keys.sorted().map { key in Self.quoted(key) + ": " + (members[key] ?? .null).jsonText }
            return "{" + pairs.joined(separator: ", ") + "}"
        }
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 {
                    result += String(format: "\\u%04x", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

extension JSONValue: Decodable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }
}

extension JSONValue {
    /// A copy without the member `key` of the object found at `path` (keys and array indices).
    public func removing(_ key: String, at path: [JSONPathStep]) -> JSONValue {
        updating(at: path) { value in
            guard case .object(var members) = value else { return value }
            members[key] = nil
            return .object(members)
        }
    }

    /// A copy with `member` set to `newValue` in the object found at `path`.
    public func setting(_ member: String, to newValue: JSONValue, at path: [JSONPathStep]) -> JSONValue {
        updating(at: path) { value in
            guard case .object(var members) = value else { return value }
            members[member] = newValue
            return .object(members)
        }
    }

    /// The value found at `path`, if any.
    public func value(at path: [JSONPathStep]) -> JSONValue? {
        guard let first = path.first else { return self }
        switch (self, first) {
        case (.object(let members), .key(let key)): return members[key]?.value(at: Array(path.dropFirst()))
        case (.array(let items), .index(let index)) where items.indices.contains(index):
            return items[index].value(at: Array(path.dropFirst()))
        default: return nil
        }
    }

    private func updating(at path: [JSONPathStep], _ change: (JSONValue) -> JSONValue) -> JSONValue {
        guard let first = path.first else { return change(self) }
        let rest = Array(path.dropFirst())
        switch (self, first) {
        case (.object(var members), .key(let key)):
            if let member = members[key] { members[key] = member.updating(at: rest, change) }
            return .object(members)
        case (.array(var items), .index(let index)) where items.indices.contains(index):
            items[index] = items[index].updating(at: rest, change)
            return .array(items)
        default:
            return self
        }
    }
}

/// One step of a path into a document: a member of an object or an item of an array.
public enum JSONPathStep: Equatable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case key(String)
    case index(Int)

    public init(stringLiteral value: String) { self = .key(value) }
    public init(integerLiteral value: Int) { self = .index(value) }

    public var description: String {
        switch self {
        case .key(let key): return key
        case .index(let index): return String(index)
        }
    }
}
