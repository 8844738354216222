import Foundation
import Yams

/// Reads typed values out of a YAML node tree and turns every mismatch into a located diagnostic,
/// so that one pass over a file reports all its problems instead of stopping at the first.
final class YAMLNodeReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    // MARK: Reporting

    func location(of node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    func report(_ code: DiagnosticCode, _ message: String, at node: Node) {
        report(Diagnostic(code, message, at: location(of: node)))
    }

    /// Reports a problem once: a node shared through an alias or a merge key is read at every use,
    /// but its problem is in one place.
    func report(_ diagnostic: Diagnostic) {
        guard !reported.contains(diagnostic) else { return }
        reported.insert(diagnostic)
        diagnostics.append(diagnostic)
    }

    private var reported: Set<Diagnostic> = []

    // MARK: Mappings

    /// The fields of a mapping node, after checking that it is one and that every key is known.
    /// - Parameters:
    ///   - what: how the mapping is named in messages (`the scenario`, `step 'site'`).
    func fields(_ node: Node, allowed: [String], what: String) -> Fields? {
        guard case .mapping(let mapping) = node else {
            report(.wrongType, "\(what) must be a mapping of keys to values, not \(describe(node))", at: node)
            return nil
        }
        var fields = Fields(node: node, what: what)
        for (keyNode, value) in pairs(of: mapping, what: what) {
            guard case .scalar(let keyScalar) = keyNode else {
                report(.wrongType, "keys of \(what) must be names, not \(describe(keyNode))", at: keyNode)
                continue
            }
            let key = keyScalar.string
            guard allowed.contains(key) else {
                report(.unknownKey, "unknown key '\(key)' in \(what)\(Suggestion.didYouMean(key, in: allowed))", at: keyNode)
                continue
            }
            fields.values[key] = value
            fields.keys[key] = keyNode
        }
        return fields
    }

    /// The entries of a mapping whose keys are names chosen by the author (vocabulary, counters).
    func namedEntries(_ node: Node, what: String) -> [(name: String, keyNode: Node, value: Node)] {
        guard case .mapping(let mapping) = node else {
            report(.wrongType, "\(what) must be a mapping of names to values, not \(describe(node))", at: node)
            return []
        }
        var entries: [(name: String, keyNode: Node, value: Node)] = []
        for (keyNode, value) in pairs(of: mapping, what: what) {
            guard case .scalar(let keyScalar) = keyNode else {
                report(.wrongType, "names in \(what) must be texts, not \(describe(keyNode))", at: keyNode)
                continue
            }
            entries.append((keyScalar.string, keyNode, value))
        }
        return entries
    }

    // MARK: Merge keys

    /// The key-value pairs of a mapping, with its merge keys expanded: `<<: *defaults` (or a list
    /// of such mappings) adds the keys of the mappings named that the mapping does not have itself,
    /// the first mapping of a list winning over the next, as YAML's merge key says and as PyYAML,
    /// editors and most YAML libraries read it. A scenario can then share reactions or bands between
    /// steps, and a JSON Schema validator, which sees the file once merged, agrees with the loader.
    func pairs(of mapping: Node.Mapping, what: String, depth: Int = 0) -> [(key: Node, value: Node)] {
        // Most mappings merge nothing: their pairs are theirs, copied at once.
        guard mapping.contains(where: { Self.isMergeKey($0.key) }) else { return Array(mapping) }
        var own: [(key: Node, value: Node)] = []
        var merged: [Node] = []
        for (keyNode, value) in mapping {
            if Self.isMergeKey(keyNode) {
                switch value {
                case .mapping: merged.append(value)
                case .sequence(let sequence):
                    for item in sequence {
                        if case .mapping = item { merged.append(item) } else { reportMergeValue(item, what: what) }
                    }
                default: reportMergeValue(value, what: what)
                }
            } else {
                own.append((keyNode, value))
            }
        }
        var seen = Set(own.compactMap { pair -> String? in
            if case .scalar(let scalar) = pair.key { return scalar.string }
            return nil
        })
        // Aliases are expanded already; the alias check bounds how deep merges can nest.
        guard depth < 100 else { return own }
        for case .mapping(let source) in merged {
            for pair in pairs(of: source, what: what, depth: depth + 1) {
                guard case .scalar(let scalar) = pair.key else { own.append(pair); continue }
                if seen.insert(scalar.string).inserted { own.append(pair) }
            }
        }
        return own
    }

    /// `<<` written plainly: quoted, it is a key like any other.
    private static func isMergeKey(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain && scalar.string == "<<"
    }

    private func reportMergeValue(_ node: Node, what: String) {
        report(.wrongType, "a merge key ('<<') in \(what) takes a mapping (such as an alias '*name' of one) or a list of them, not \(describe(node))", at: node)
    }

    // MARK: Scalars

    /// A text value; nil (with an error) when the node is not a scalar or is empty.
    func text(_ node: Node, key: String) -> String? {
        guard case .scalar(let scalar) = node else {
            report(.wrongType, "'\(key)' must be a text, not \(describe(node))", at: node)
            return nil
        }
        if isNull(scalar) || scalar.string.allSatisfy(\.isWhitespace) {
            report(.emptyValue, "'\(key)' is empty", at: node)
            return nil
        }
        if scalar.style == .literal, let mark = scalar.mark, scalar.string.contains("\n") {
            literalBlocks.append((scalar.string, mark))
        }
        // Block scalars (`|`, `>`) end with a line break the author did not mean as text.
        var text = scalar.string
        while let last = text.last, last.isNewline || last == " " { text.removeLast() }
        return text
    }

    /// The `|` blocks of several lines among the texts read, with where each starts, for
    /// ``LiteralBlockCheck``: gathered as texts are read, rather than by a second walk of the file.
    private(set) var literalBlocks: [(text: String, mark: Mark)] = []

    /// A finite number. Infinity and not-a-number (`.inf`, `.nan`, `inf`) are no numbers a
    /// scenario can use (a weight of infinity makes every score meaningless, and not-a-number
    /// compares false with everything), so they are refused as a word would be; a number written in
    /// digits but too large for a number of the machine is said to be too large.
    func number(_ node: Node, key: String) -> Double? {
        guard case .scalar(let scalar) = node, let value = Double(scalar.string), value.isFinite else {
            if case .scalar(let scalar) = node, NumberLiteral.isDecimal(scalar.string) {
                report(.invalidValue, "the number \(scalar.string) is too large", at: node)
            } else {
                report(.wrongType, "'\(key)' must be a number, not \(describe(node))", at: node)
            }
            return nil
        }
        return value
    }

    /// A whole number that the machine's integers hold: one written in digits beyond them is said to
    /// be too large, rather than not to be a whole number.
    func integer(_ node: Node, key: String) -> Int? {
        guard case .scalar(let scalar) = node, let value = Int(scalar.string) else {
            if case .scalar(let scalar) = node, NumberLiteral.isWhole(scalar.string) {
                let size = scalar.string.hasPrefix("-") ? "too small: whole numbers go down to \(Int.min)" : "too large: whole numbers go up to \(Int.max)"
                report(.invalidValue, "the number \(scalar.string) is \(size)", at: node)
            } else {
                report(.wrongType, "'\(key)' must be a whole number, not \(describe(node))", at: node)
            }
            return nil
        }
        return value
    }

    func boolean(_ node: Node, key: String) -> Bool? {
        if case .scalar(let scalar) = node {
            switch scalar.string.lowercased() {
            case "true", "yes": return true
            case "false", "no": return false
            default: break
            }
        }
        report(.wrongType, "'\(key)' must be true or false, not \(describe(node))", at: node)
        return nil
    }

    /// A list of texts; a single text is accepted as a list of one when `single` is true.
    func texts(_ node: Node, key: String, single: Bool = false) -> [(text: String, node: Node)] {
        switch node {
        case .sequence(let sequence):
            return sequence.compactMap { item in
                text(item, key: key).map { ($0, item) }
            }
        case .scalar where single:
            return text(node, key: key).map { [($0, node)] } ?? []
        default:
            report(.wrongType, "'\(key)' must be a list of texts, not \(describe(node))", at: node)
            return []
        }
    }

    /// The items of a list.
    func items(_ node: Node, key: String) -> [Node] {
        guard case .sequence(let sequence) = node else {
            report(.wrongType, "'\(key)' must be a list, not \(describe(node))", at: node)
            return []
        }
        return Array(sequence)
    }

    // MARK: Describing

    private func isNull(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// How a node is named in a message: `a list`, `a mapping`, or the value itself.
    func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            if isNull(scalar) { return "nothing" }
            let shown = scalar.string.count > 40 ? String(scalar.string.prefix(40)) + "…" : scalar.string
            return "'\(shown)'"
        case .mapping:
            return "a mapping"
        case .sequence:
            return "a list"
        default:
            return "an alias"
        }
    }
}

/// The checked fields of a mapping, by key.
struct Fields {
    let node: Node
    /// How the mapping is named in messages.
    let what: String
    var values: [String: Node] = [:]
    var keys: [String: Node] = [:]

    init(node: Node, what: String) {
        self.node = node
        self.what = what
    }

    subscript(key: String) -> Node? {
        values[key]
    }
}

extension YAMLNodeReader {
    /// The value of a key that must be present; reports its absence at the mapping.
    func required(_ fields: Fields, _ key: String) -> Node? {
        if let value = fields[key] { return value }
        report(.missingKey, "\(fields.what) has no '\(key)'", at: fields.node)
        return nil
    }
}

extension YAMLNodeReader {
    /// A band's name: `good`, `partial` or `missed`.
    func band(_ node: Node, key: String) -> Band? {
        guard let text = text(node, key: key) else { return nil }
        if let band = Band(rawValue: text) { return band }
        report(.unknownBand, "unknown band '\(text)': the bands are 'good', 'partial' and 'missed'\(Suggestion.didYouMean(text, in: Band.allCases.map(\.rawValue)))", at: node)
        return nil
    }

    /// A list of concept names (or one name), each checked against the concepts of the step it is
    /// written for; the unknown ones are reported and left out.
    /// - Parameter owner: how the step is named in messages (`step 'site'`).
    func conceptNames(_ node: Node, key: String, concepts: [String], owner: String) -> [String] {
        texts(node, key: key, single: true).compactMap { entry in
            if concepts.contains(entry.text) { return entry.text }
            report(.unknownConcept, "'\(key)' names '\(entry.text)', which is not a concept of \(owner)\(Suggestion.didYouMean(entry.text, in: concepts))", at: entry.node)
            return nil
        }
    }
}
