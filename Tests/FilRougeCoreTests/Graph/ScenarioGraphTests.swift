import Testing
@testable import FilRougeCore

/// The map built from a scenario: what the dialogue engine would do, edge by edge.
struct ScenarioGraphTests {
    static func step(_ id: String, routes: [Route] = [], question: String = "Why?") -> Step {
        Step(
            id: id, question: question, rubric: [Criterion(concept: "idea", patterns: ["idea"])],
            reactions: [.good: ["Yes."], .partial: ["Hm."], .missed: ["No."]], routes: routes
        )
    }

    static func scenario(steps: [Step], endings: [Ending], start: String? = nil) -> Scenario {
        Scenario(
            id: "map", title: "Map", language: .en, version: "1", persona: Persona(name: "Sam"),
            steps: steps, endings: endings, startStepID: start
        )
    }

    static let good = Condition(bands: [.good])
    static let missed = Condition(bands: [.missed])

    @Test func aStepWithoutRoutesGoesOnToTheNextAndTheLastToTheChoiceOfAnEnding() {
        let graph = ScenarioGraph(scenario: Self.scenario(
            steps: [Self.step("one"), Self.step("two")],
            endings: [Ending(id: "happy", condition: Self.good, says: "Bye!"), Ending(id: "plain", says: "Bye.")]
        ))
        #expect(graph.nodes.map(\.id) == [.start, .step("one"), .step("two"), .end, .ending("happy"), .ending("plain")])
        #expect(graph.edges == [
            GraphEdge(from: .start, to: .step("one"), label: nil, kind: .start),
            GraphEdge(from: .step("one"), to: .step("two"), label: "next in file", kind: .fallback),
            GraphEdge(from: .step("two"), to: .end, label: "next in file", kind: .fallback),
            GraphEdge(from: .end, to: .ending("happy"), label: "1: band good", kind: .route),
            GraphEdge(from: .end, to: .ending("plain"), label: "2: otherwise", kind: .route),
        ])
        #expect(graph.nodes.filter { !$0.reachable }.isEmpty)
    }

    @Test func conditionalRoutesAreFollowedByTheFallbackTheEngineTakesWhenNoneHolds() {
        let graph = ScenarioGraph(scenario: Self.scenario(
            steps: [
                Self.step("one", routes: [Route(condition: Self.missed, target: .ending("sad")), Route(condition: Self.good, target: .step("three"))]),
                Self.step("two"),
                Self.step("three", routes: [Route(target: .ending("sad"))]),
            ],
            endings: [Ending(id: "sad", says: "Oh.")]
        ))
        let fromOne = graph.edges.filter { $0.from == .step("one") }
        #expect(fromOne == [
            GraphEdge(from: .step("one"), to: .ending("sad"), label: "1: band missed", kind: .route),
            GraphEdge(from: .step("one"), to: .step("three"), label: "2: band good", kind: .route),
            GraphEdge(from: .step("one"), to: .step("two"), label: "none held: next in file", kind: .fallback),
        ])
        #expect(graph.edges.filter { $0.from == .step("three") }.map(\.label) == ["always"])
    }

    @Test func theChoiceOfAnEndingAppearsOnlyWhenSomethingLeadsToEnd() {
        let graph = ScenarioGraph(scenario: Self.scenario(
            steps: [Self.step("one", routes: [Route(target: .ending("done"))])],
            endings: [Ending(id: "done", says: "Done.")]
        ))
        #expect(graph.node(.end) == nil)
        #expect(!graph.edges.contains { $0.from == .end || $0.to == .end })
    }

    @Test func endingsAfterAnUnconditionalOneAreLeftToTheRoutesThatNameThem() {
        let graph = ScenarioGraph(scenario: Self.scenario(
            steps: [Self.step("one", routes: [Route(condition: Self.missed, target: .ending("quick")), Route(target: .end)])],
            endings: [Ending(id: "happy", condition: Self.good, says: "!"), Ending(id: "plain", says: "."), Ending(id: "quick", says: "…")]
        ))
        #expect(graph.edges.filter { $0.from == .end }.map(\.to) == [.ending("happy"), .ending("plain")])
        #expect(graph.node(.ending("quick"))?.reachable == true)
    }

    @Test func withoutAnUnconditionalEndingTheLastIsTakenWhenNoneHolds() {
        let graph = ScenarioGraph(scenario: Self.scenario(
            steps: [Self.step("one")],
            endings: [Ending(id: "happy", condition: Self.good, says: "!"), Ending(id: "sad", condition: Self.missed, says: ".")]
        ))
        #expect(graph.edges.filter { $0.from == .end } == [
            GraphEdge(from: .end, to: .ending("happy"), label: "1: band good", kind: .route),
            GraphEdge(from: .end, to: .ending("sad"), label: "2: band missed", kind: .route),
            GraphEdge(from: .end, to: .ending("sad"), label: "none held: last ending", kind: .fallback),
        ])
    }

    @Test func stepsNoConversationReachesAreKeptAndMarked() {
        let graph = ScenarioGraph(scenario: Self.scenario(
            steps: [
                Self.step("one", routes: [Route(target: .ending("done")), Route(condition: Self.good, target: .step("dead"))]),
                Self.step("dead"),
                Self.step("island", routes: [Route(target: .ending("other"))]),
            ],
            endings: [Ending(id: "done", says: "Done."), Ending(id: "other", says: "Other.")]
        ))
        #expect(graph.edges.contains(GraphEdge(from: .step("one"), to: .step("dead"), label: "2: band good (never tried)", kind: .neverTried)))
        #expect(graph.node(.step("one"))?.reachable == true)
        #expect(graph.node(.step("dead"))?.reachable == false)
        #expect(graph.node(.step("island"))?.reachable == false)
        #expect(graph.node(.ending("done"))?.reachable == true)
        #expect(graph.node(.ending("other"))?.reachable == false)
    }

    @Test func aTargetThatNamesNothingGetsANodeOfItsOwn() {
        let graph = ScenarioGraph(scenario: Self.scenario(
            steps: [Self.step("one", routes: [Route(target: .step("ghost"))])],
            endings: [Ending(id: "done", says: "Done.")]
        ))
        #expect(graph.node(.step("ghost"))?.kind == .missing)
        #expect(graph.nodes.last?.id == .step("ghost"))
    }

    @Test func nodesShowTheIdAndAShortenedQuestion() {
        let graph = ScenarioGraph(scenario: Self.scenario(
            steps: [Self.step("one", question: "What would you\ndo first, if you were in my place tomorrow?")],
            endings: [Ending(id: "done", says: "See you.")]
        ), detailLength: 20)
        #expect(graph.node(.step("one"))?.title == "one")
        #expect(graph.node(.step("one"))?.detail == "What would you do…")
        #expect(graph.node(.ending("done"))?.detail == "See you.")
    }

    @Test func theRenderersStyleWhatIsUnreachableNeverTriedOrAFallback() {
        let graph = ScenarioGraph(scenario: Self.scenario(
            steps: [
                Self.step("one", routes: [Route(target: .step("two")), Route(condition: Self.good, target: .step("three"))]),
                Self.step("three", routes: [Route(target: .ending("done"))]),
                Self.step("two", routes: [Route(condition: Self.good, target: .ending("done"))]),
            ],
            endings: [Ending(id: "done", says: "Done.")]
        ))
        let dot = DOTRenderer.render(graph)
        #expect(dot.contains(#"  s_three [label="three\nWhy?", shape=box, style="rounded,dashed"];"#))
        #expect(dot.contains(#"  s_one -> s_three [label="2: band good (never tried)", style=dotted, color=gray50, fontcolor=gray50];"#))
        #expect(dot.contains(#"  s_two -> by_result [label="none held: next in file", style=dashed];"#))
        let mermaid = MermaidRenderer.render(graph)
        #expect(mermaid.contains(#"    s_one -.->|"2: band good (never tried)"| s_three"#))
        #expect(mermaid.contains(#"    s_two -.->|"none held: next in file"| by_result"#))
        #expect(mermaid.hasSuffix("    class s_three unreachable\n"))
    }
}
