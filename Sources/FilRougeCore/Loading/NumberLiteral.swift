/// How numbers are written in a scenario file, for telling a number too large for the machine from
/// a value that is no number at all.
enum NumberLiteral {
    /// `42`, `-7`, `+3`: digits, with a sign or not.
    static func isWhole(_ text: String) -> Bool {
        var digits = Substring(text)
        if let first = digits.first, first == "-" || first == "+" { digits.removeFirst() }
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// `1.5`, `-2`, `1e400`, `.5`: a decimal number in digits (not `inf` or `nan`, which are words).
    static func isDecimal(_ text: String) -> Bool {
        var rest = Substring(text)
        if let first = rest.first, first == "-" || first == "+" { rest.removeFirst() }
        var mantissa = rest
        var exponent: Substring?
        if let e = rest.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = rest[..<e]
            exponent = rest[rest.index(after: e)...]
        }
        let parts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard !mantissa.isEmpty, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts.contains(where: { !$0.isEmpty }) else { return false }
        guard let exponent else { return true }
        return isWhole(String(exponent))
    }
}
