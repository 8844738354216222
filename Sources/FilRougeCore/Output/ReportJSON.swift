import Foundation

/// The JSON documents the commands print for programs (`check`, `calibrate`, `digest`, `export`):
/// keys sorted and two-space indented, so that two runs can be compared with `diff`, and nothing
/// in them able to act on a terminal if one is printed there.
public enum ReportJSON {
    /// `value` as such a document; `fallback` when it cannot be encoded, which documents made of
    /// strings, finite numbers and booleans never are.
    public static func text<Value: Encodable>(of value: Value, fallback: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8) else {
            return fallback
        }
        return escapingTerminalControls(text)
    }

    /// The JSON encoder writes C0 controls as `\u001b` but C1 controls and bidirectional overrides as
    /// they are; written as escapes too, they can no longer act on a terminal, and the document
    /// still decodes to the same strings. They can only occur inside strings, so escaping keeps the
    /// JSON valid.
    static func escapingTerminalControls(_ json: String) -> String {
        // Most documents have none: copying them scalar by scalar cost more than encoding them.
        guard json.unicodeScalars.contains(where: isTerminalControl) else { return json }
        var result = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if isTerminalControl(scalar) {
                let hex = String(scalar.value, radix: 16)
                result.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// DEL, the C1 controls and the bidirectional overrides and isolates.
    private static func isTerminalControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7F, 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
