/// The map of a scenario: its steps and endings, and every way from one to another with when it is
/// taken. It holds what the dialogue engine would do, not how to draw it: the renderers of
/// `GraphFormat` turn it into Graphviz or Mermaid text.
public struct ScenarioGraph: Equatable, Sendable {
    public var scenarioID: String
    public var title: String
    /// The start, the steps in file order, the choice of an ending when some route leads to `end`,
    /// then the endings in file order.
    public var nodes: [GraphNode]
    /// From the start, then each step's routes in the order they are tried, then the endings `end`
    /// may choose.
    public var edges: [GraphEdge]

    /// Characters of a question or closing line kept in a node's label.
    public static let defaultDetailLength = 40

    public init(scenario: Scenario, detailLength: Int = ScenarioGraph.defaultDetailLength) {
        scenarioID = scenario.id
        title = scenario.title
        edges = [GraphEdge(from: .start, to: .step(scenario.startStepID), label: nil, kind: .start)]
        for step in scenario.steps {
            edges += Self.edges(leaving: step, in: scenario)
        }
        let leadsToEnd = edges.contains { $0.to == .end }
        if leadsToEnd {
            edges += Self.endingChoices(scenario.endings)
        }

        nodes = [GraphNode(id: .start, kind: .start, title: "start")]
        nodes += scenario.steps.map {
            GraphNode(id: .step($0.id), kind: .step, title: $0.id, detail: GraphText.shortened($0.question, limit: detailLength))
        }
        if leadsToEnd {
            nodes.append(GraphNode(id: .end, kind: .endChoice, title: "end", detail: "by overall result"))
        }
        nodes += scenario.endings.map {
            GraphNode(id: .ending($0.id), kind: .ending, title: $0.id, detail: GraphText.shortened($0.says, limit: detailLength))
        }
        addMissingTargets()
        markReachableNodes()
    }

    public func node(_ id: GraphNode.ID) -> GraphNode? {
        nodes.first { $0.id == id }
    }

    /// A step's routes in order, then where it goes when none holds, as the engine does.
    private static func edges(leaving step: Step, in scenario: Scenario) -> [GraphEdge] {
        let labels = EdgeLabel.alternatives(step.routes.map(\.condition))
        var edges = zip(step.routes, labels).map { route, label in
            GraphEdge(from: .step(step.id), to: GraphNode.ID(route.target), label: label.text, kind: label.live ? .route : .neverTried)
        }
        if !step.routes.contains(where: { EdgeLabel.isUnconditional($0.condition) }) {
            let next = GraphNode.ID(scenario.fallbackTarget(after: step.id))
            edges.append(GraphEdge(from: .step(step.id), to: next, label: EdgeLabel.nextInFile(afterRoutes: !step.routes.isEmpty), kind: .fallback))
        }
        return edges
    }

    /// The endings `end` tries in order up to the first unconditional one; without one, the last
    /// ending is taken when none holds. Endings after an unconditional one are reached only by a
    /// route that names them, so `end` has no edge to them.
    private static func endingChoices(_ endings: [Ending]) -> [GraphEdge] {
        let labels = EdgeLabel.alternatives(endings.map(\.condition))
        var edges = zip(endings, labels).filter { $0.1.live }.map { ending, label in
            GraphEdge(from: .end, to: .ending(ending.id), label: label.text, kind: .route)
        }
        if !endings.contains(where: { EdgeLabel.isUnconditional($0.condition) }), let last = endings.last {
            edges.append(GraphEdge(from: .end, to: .ending(last.id), label: EdgeLabel.lastEnding, kind: .fallback))
        }
        return edges
    }

    /// A node for each target that names nothing, so that every edge ends somewhere.
    private mutating func addMissingTargets() {
        var known = Set(nodes.map(\.id))
        for edge in edges where !known.contains(edge.to) {
            known.insert(edge.to)
            let name: String
            switch edge.to {
            case .step(let id), .ending(let id): name = id
            case .start: name = "start"
            case .end: name = "end"
            }
            nodes.append(GraphNode(id: edge.to, kind: .missing, title: name, detail: "names nothing"))
        }
    }

    /// Follows every edge that can be taken from the start; what it never arrives at is unreachable.
    private mutating func markReachableNodes() {
        var reached: Set<GraphNode.ID> = [.start]
        var queue: [GraphNode.ID] = [.start]
        while let current = queue.popLast() {
            for edge in edges where edge.from == current && edge.kind != .neverTried && !reached.contains(edge.to) {
                reached.insert(edge.to)
                queue.append(edge.to)
            }
        }
        for index in nodes.indices {
            nodes[index].reachable = reached.contains(nodes[index].id)
        }
    }
}
