/// Writes a scenario map in Graphviz's DOT language.
///
/// Steps are rounded boxes, endings double octagons, the choice of an ending by overall result a
/// diamond. Routes that are taken when nothing else holds are dashed, routes that are never tried
/// dotted, and steps or endings that cannot be reached have a dashed outline.
public enum DOTRenderer {
    public static func render(_ graph: ScenarioGraph) -> String {
        let names = GraphNodeNames(graph.nodes)
        var lines = [
            "digraph scenario {",
            "  label=\(quoted(GraphText.singleLine("\(graph.title) (\(graph.scenarioID))")));",
            "  labelloc=t;",
            "  node [fontname=\"Helvetica\"];",
            "  edge [fontname=\"Helvetica\", fontsize=10];",
            "",
        ]
        for node in graph.nodes {
            let label = quoted([node.title, node.detail].compactMap { $0 }.joined(separator: "\n"))
            lines.append("  \(names[node.id]) [label=\(label), \(attributes(of: node))];")
        }
        lines.append("")
        for edge in graph.edges {
            var attributes: [String] = []
            if let label = edge.label { attributes.append("label=\(quoted(label))") }
            switch edge.kind {
            case .start, .route: break
            case .fallback: attributes.append("style=dashed")
            case .neverTried: attributes += ["style=dotted", "color=gray50", "fontcolor=gray50"]
            }
            let list = attributes.isEmpty ? "" : " [\(attributes.joined(separator: ", "))]"
            lines.append("  \(names[edge.from]) -> \(names[edge.to])\(list);")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func attributes(of node: GraphNode) -> String {
        let dashed = !node.reachable
        switch node.kind {
        case .start: return "shape=circle"
        case .step: return "shape=box, style=\(dashed ? "\"rounded,dashed\"" : "rounded")"
        case .endChoice: return "shape=diamond" + (dashed ? ", style=dashed" : "")
        case .ending: return "shape=doubleoctagon" + (dashed ? ", style=dashed" : "")
        case .missing: return "shape=box, style=dotted, color=red"
        }
    }

    /// `text` as a DOT double-quoted string. Backslashes are doubled so that none starts one of
    /// Graphviz's label escapes (`\N`, `\l`…), `&` is written as an entity since Graphviz reads
    /// entities in labels, a line break becomes `\n`, and control characters are dropped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in TerminalSafeText.sanitize(text).unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "&": result += "&amp;"
            case "\n": result += "\\n"
            case "\t": result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
