/// The diagram languages a scenario map can be written in.
public enum GraphFormat: String, CaseIterable, Sendable {
    /// Graphviz: `dot -Tsvg map.dot -o map.svg`.
    case dot
    /// Mermaid flowcharts, which Markdown viewers such as GitHub's and GitLab's draw in place.
    case mermaid

    public func render(_ graph: ScenarioGraph) -> String {
        switch self {
        case .dot: return DOTRenderer.render(graph)
        case .mermaid: return MermaidRenderer.render(graph)
        }
    }
}
