/// The names nodes go by in the text of a diagram. Step and ending ids may hold characters that
/// Graphviz or Mermaid would read as syntax (`-` starts a Mermaid arrow, `end` closes a Mermaid
/// block), so each node gets a name of ASCII letters, digits and `_` only, with a prefix by kind
/// (`s_` for steps, `e_` for endings) that keeps them apart from each other and from keywords. Two
/// ids that become the same name (`a-b` and `a_b`) are told apart by a number, given in node order,
/// so that the same scenario always gives the same names.
struct GraphNodeNames {
    private var names: [GraphNode.ID: String] = [:]

    init(_ nodes: [GraphNode]) {
        var used: Set<String> = []
        for node in nodes where names[node.id] == nil {
            let base = Self.baseName(node.id)
            var name = base
            var number = 2
            while used.contains(name) {
                name = "\(base)_\(number)"
                number += 1
            }
            used.insert(name)
            names[node.id] = name
        }
    }

    subscript(id: GraphNode.ID) -> String {
        names[id] ?? Self.baseName(id)
    }

    static func baseName(_ id: GraphNode.ID) -> String {
        switch id {
        case .start: return "start"
        case .end: return "by_result"
        case .step(let step): return "s_" + safe(step)
        case .ending(let ending): return "e_" + safe(ending)
        }
    }

    /// `id` with every character other than an ASCII letter, digit or `_` replaced by `_`.
    private static func safe(_ id: String) -> String {
        String(String.UnicodeScalarView(id.unicodeScalars.map { scalar in
            let value = scalar.value
            let isLetterOrDigit = (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            return isLetterOrDigit || scalar == "_" ? scalar : "_"
        }))
    }
}
