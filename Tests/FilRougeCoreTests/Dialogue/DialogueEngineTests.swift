import Testing
@testable import FilRougeCore

struct DialogueEngineTests {
    /// Three steps: `ask` branches by band and concept, `side` is taken on a weak reply,
    /// `last` routes by counter; endings by overall band.
    static let source = """
        id: routes
        title: Routes
        language: en
        version: "1"
        persona: { name: Sam }
        opening: "Sam waves."
        counters: { trust: 0 }
        steps:
          - id: ask
            says: "Hello."
            question: "Apples or pears?"
            rubric:
              - { concept: apple, keywords: [apple, apples] }
              - { concept: pear, keywords: ["pear*"] }
            reactions: { good: ["Both!", "Yes, both!"], partial: "One of them.", missed: "Neither?" }
            hints: ["Think fruit.", "Think orchard."]
            follow_up: "Anything else?"
            counters: { good: { trust: 2 }, missed: { trust: -1 } }
            routes:
              - when: { met: [pear], missed: [apple] }
                goto: side
              - when: { band: [good, partial] }
                goto: last
          - id: side
            question: "Why only pears?"
            rubric: [{ concept: taste, keywords: [taste, sweet] }]
            reactions: { good: "Fair.", partial: "Hm.", missed: "Odd." }
          - id: last
            question: "Cherries?"
            rubric: [{ concept: cherry, keywords: ["cherr*"] }]
            reactions: { good: "Lovely.", partial: "Hm.", missed: "Pity." }
            routes:
              - when: { counters: { trust: { min: 2 } } }
                goto: end
              - goto: grumpy
        endings:
          - id: happy
            when: { band: good }
            says: "Great talk."
          - id: fine
            says: "Nice talk."
          - id: grumpy
            says: "Hmph."
        """

    static let scenario: Scenario = {
        guard let scenario = ScenarioLoader.load(source, file: "routes.yaml").scenario else {
            fatalError("the test scenario does not load")
        }
        return scenario
    }()

    func routes(_ events: [DialogueEvent]) -> [String] {
        events.compactMap { if case .route(let decision) = $0 { "\(decision.from)->\(decision.to)" } else { nil } }
    }

    func friendLines(_ events: [DialogueEvent]) -> [String] {
        events.compactMap { if case .friendLine(let line) = $0 { line.text } else { nil } }
    }

    @Test func startsWithTheOpeningAndTheFirstQuestion() {
        var engine = DialogueEngine(scenario: Self.scenario, seed: 1)
        let events = engine.start()
        #expect(events == [
            .narration(Narration(text: "Sam waves.")),
            .friendLine(FriendLine(kind: .says, step: "ask", text: "Hello.", band: nil)),
            .question(Question(step: "ask", text: "Apples or pears?", followUp: false)),
        ])
        #expect(engine.phase == .awaitingReply(step: "ask", attempt: 1))
        #expect(engine.start().isEmpty)
    }

    @Test func aGoodReplyRoutesByBandAndChangesCounters() {
        var engine = DialogueEngine(scenario: Self.scenario, seed: 1)
        _ = engine.start()
        let events = engine.submit("apples and pears")
        #expect(routes(events) == ["ask->last"])
        #expect(engine.counters["trust"] == 2)
        #expect(events.contains(.countersChanged(CountersChanged(step: "ask", changes: ["trust": 2], values: ["trust": 2]))))
        let reason = events.compactMap { if case .route(let decision) = $0 { decision.reason } else { nil } }
        #expect(reason == ["route 2 (band good|partial)"])
    }

    @Test func aConceptRouteIsTakenBeforeTheBandRoute() {
        var engine = DialogueEngine(scenario: Self.scenario, seed: 1)
        _ = engine.start()
        let first = engine.submit("pears")
        #expect(routes(first).isEmpty)
        #expect(first.last == .question(Question(step: "ask", text: "Anything else?", followUp: true)))
        let second = engine.submit("just pears really")
        #expect(routes(second) == ["ask->side"])
        #expect(engine.phase == .awaitingReply(step: "side", attempt: 1))
    }

    @Test func theFollowUpIsAskedOnceAndBothRepliesCountTogether() throws {
        var engine = DialogueEngine(scenario: Self.scenario, seed: 1)
        _ = engine.start()
        _ = engine.submit("pears")
        #expect(engine.phase == .awaitingReply(step: "ask", attempt: 2))
        let events = engine.submit("and apples")
        let evaluation = try #require(events.compactMap { if case .evaluation(let e) = $0 { e } else { nil } }.first)
        #expect(evaluation.combined)
        #expect(evaluation.evaluation.band == .good)
        #expect(evaluation.evaluation.criteria.flatMap(\.evidence).map(\.attempt) == [2, 1])
        #expect(engine.results.first?.attempts == 2)
        #expect(routes(events) == ["ask->last"])
    }

    @Test func noRouteHoldingFallsBackToTheNextStep() {
        var engine = DialogueEngine(scenario: Self.scenario, seed: 1)
        _ = engine.start()
        _ = engine.submit("bananas")
        let events = engine.submit("kiwis")
        #expect(routes(events) == ["ask->side"])
        #expect(engine.counters["trust"] == -1)
        let reasons = events.compactMap { if case .route(let decision) = $0 { decision.reason } else { nil } }
        #expect(reasons == ["no route held: next in the file"])
    }

    @Test func endChoosesTheEndingByOverallResult() {
        var engine = DialogueEngine(scenario: Self.scenario, seed: 1)
        _ = engine.start()
        _ = engine.submit("apples and pears")
        let events = engine.submit("cherries")
        #expect(routes(events) == ["last->end"])
        #expect(friendLines(events).last == "Great talk.")
        guard case .finished(let finished)? = events.last else {
            Issue.record("no end event")
            return
        }
        #expect(finished.reason == .completed)
        #expect(finished.ending == "happy")
        #expect(finished.summary.score == 1)
        #expect(engine.phase == .finished)
        #expect(engine.submit("more").isEmpty)
    }

    @Test func aCounterRouteCanLeadToANamedEnding() {
        var engine = DialogueEngine(scenario: Self.scenario, seed: 1)
        _ = engine.start()
        _ = engine.submit("pears")
        _ = engine.submit("pears")
        _ = engine.submit("sweet taste")
        let events = engine.submit("no idea")
        _ = engine.submit("still no idea")
        #expect(routes(events).isEmpty || routes(events) == ["last->grumpy"])
        #expect(engine.phase == .finished)
        #expect(engine.results.map(\.step) == ["ask", "side", "last"])
    }

    @Test func hintsComeInOrderThenRunOut() {
        var engine = DialogueEngine(scenario: Self.scenario, seed: 1)
        _ = engine.start()
        #expect(engine.hint() == [.hint(HintGiven(step: "ask", number: 1, text: "Think fruit."))])
        #expect(engine.hint() == [.hint(HintGiven(step: "ask", number: 2, text: "Think orchard."))])
        #expect(engine.hint() == [.hint(HintGiven(step: "ask", number: 3, text: nil))])
    }

    @Test func repeatAsksTheCurrentQuestionAgain() {
        var engine = DialogueEngine(scenario: Self.scenario, seed: 1)
        _ = engine.start()
        #expect(engine.repeatQuestion() == [.question(Question(step: "ask", text: "Apples or pears?", followUp: false))])
        _ = engine.submit("pears")
        #expect(engine.repeatQuestion() == [.question(Question(step: "ask", text: "Anything else?", followUp: true))])
    }

    @Test func quittingGivesTheSummarySoFar() {
        var engine = DialogueEngine(scenario: Self.scenario, seed: 1)
        _ = engine.start()
        _ = engine.submit("apples and pears")
        guard case .finished(let finished)? = engine.quit().last else {
            Issue.record("no end event")
            return
        }
        #expect(finished.reason == .quit)
        #expect(finished.ending == nil)
        #expect(finished.summary.steps.map(\.step) == ["ask"])
        #expect(engine.quit().isEmpty)
    }

    @Test func quittingBeforeTheFollowUpKeepsTheFirstReplysGrade() {
        var engine = DialogueEngine(scenario: Self.scenario, seed: 1)
        _ = engine.start()
        _ = engine.submit("pears")
        let events = engine.quit()
        guard case .finished(let finished)? = events.last, case .stepCompleted(let result)? = events.first else {
            Issue.record("expected the step's result, then the end")
            return
        }
        #expect(result.step == "ask")
        #expect(result.attempts == 1)
        #expect(result.band == .partial)
        #expect(finished.summary.steps == [result])
    }

    @Test func theSameSeedGivesTheSameConversation() {
        func play(seed: UInt64) -> [DialogueEvent] {
            var engine = DialogueEngine(scenario: Self.scenario, seed: seed)
            return engine.start() + engine.submit("apples and pears") + engine.submit("cherry")
        }
        #expect(play(seed: 42) == play(seed: 42))
        let reactions = Set((0..<32).map { friendLines(play(seed: UInt64($0)))[1] })
        #expect(reactions == ["Both!", "Yes, both!"])
    }
}
