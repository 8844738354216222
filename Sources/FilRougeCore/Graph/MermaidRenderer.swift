/// Writes a scenario map as a Mermaid flowchart.
///
/// Steps are rounded boxes, endings stadiums, the choice of an ending by overall result a rhombus.
/// Routes taken when nothing else holds, and routes never tried, are dotted arrows; steps or
/// endings that cannot be reached have a dashed outline (class `unreachable`).
public enum MermaidRenderer {
    public static func render(_ graph: ScenarioGraph) -> String {
        let names = GraphNodeNames(graph.nodes)
        var lines = [
            "flowchart TD",
            "    %% Scenario map of \(GraphText.singleLine("\(graph.scenarioID): \(graph.title)"))",
        ]
        for node in graph.nodes {
            let label = quoted([node.title, node.detail].compactMap { $0 }.joined(separator: "\n"))
            let shape: String
            switch node.kind {
            case .start: shape = "((\(label)))"
            case .step, .missing: shape = "(\(label))"
            case .endChoice: shape = "{\(label)}"
            case .ending: shape = "([\(label)])"
            }
            lines.append("    \(names[node.id])\(shape)")
        }
        for edge in graph.edges {
            let arrow: String
            switch edge.kind {
            case .start, .route: arrow = "-->"
            case .fallback, .neverTried: arrow = "-.->"
            }
            let label = edge.label.map { "|\(quoted($0))|" } ?? ""
            lines.append("    \(names[edge.from]) \(arrow)\(label) \(names[edge.to])")
        }
        let unreachable = graph.nodes.filter { !$0.reachable && $0.kind != .missing }.map { names[$0.id] }
        if !unreachable.isEmpty {
            lines.append("    classDef unreachable stroke-dasharray:5 5")
            lines.append("    class \(unreachable.joined(separator: ",")) unreachable")
        }
        let missing = graph.nodes.filter { $0.kind == .missing }.map { names[$0.id] }
        if !missing.isEmpty {
            lines.append("    classDef missing stroke:red,stroke-dasharray:2 2")
            lines.append("    class \(missing.joined(separator: ",")) missing")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` as a Mermaid `"…"` label. Mermaid labels are HTML, and its parser reads `"`, `|`,
    /// and a leading backtick as syntax, so those characters and `#`, `&`, `<`, `>` and `\` are
    /// written as Mermaid's `#…;` entities; a line break becomes `<br/>`, and control characters are
    /// dropped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in TerminalSafeText.sanitize(text).unicodeScalars {
            switch scalar {
            case "#": result += "#35;"
            case "\"": result += "#quot;"
            case "<": result += "#lt;"
            case ">": result += "#gt;"
            case "&": result += "#amp;"
            case "|": result += "#124;"
            case "\\": result += "#92;"
            case "`": result += "#96;"
            case "\n": result += "<br/>"
            case "\t": result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
