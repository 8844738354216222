/// A whole case study: the friend, the questions and how the conversation can end.
public struct Scenario: Equatable, Sendable {
    public var id: String
    public var title: String
    public var language: Language
    public var version: String
    public var author: String?
    public var description: String?
    public var persona: Persona
    public var opening: String?
    public var bands: BandThresholds
    /// Keywords too generic to credit a reply alone, in every step: words that serve several
    /// steps' ideas, or that a question contains. A reply whose every match is one of them is not
    /// credited; beside a match of another keyword, they count.
    public var generic: [String] = []
    /// Counter names with their starting values, in the order they are declared.
    public var counters: [CounterDeclaration]
    public var steps: [Step]
    public var endings: [Ending]
    public var startStepID: String
    /// Whole conversations written as tests, played through the dialogue engine by `filrouge test`.
    public var paths: [PathExample] = []

    public init(
        id: String, title: String, language: Language, version: String, author: String? = nil,
        description: String? = nil, persona: Persona, opening: String? = nil,
        bands: BandThresholds = .standard, counters: [CounterDeclaration] = [],
        steps: [Step], endings: [Ending], startStepID: String? = nil
    ) {
        self.id = id
        self.title = title
        self.language = language
        self.version = version
        self.author = author
        self.description = description
        self.persona = persona
        self.opening = opening
        self.bands = bands
        self.counters = counters
        self.steps = steps
        self.endings = endings
        self.startStepID = startStepID ?? steps.first?.id ?? ""
    }

    public func step(_ id: String) -> Step? {
        steps.first { $0.id == id }
    }

    public func ending(_ id: String) -> Ending? {
        endings.first { $0.id == id }
    }

    /// The ending a conversation that routes to `end` reaches: the first whose condition holds for
    /// its overall result and counters, else the last one.
    public func ending(for facts: Condition.Facts) -> Ending? {
        endings.first { $0.condition?.holds(for: facts) ?? true } ?? endings.last
    }

    /// The thresholds that grade replies to `step`.
    public func thresholds(for step: Step) -> BandThresholds {
        step.bands ?? bands
    }

    /// The keywords too generic to credit a reply to `step` alone: the scenario's and the step's.
    public func genericKeywords(for step: Step) -> [String] {
        generic + step.generic
    }

    /// Where a step goes when none of its routes holds: the next step of the file, or the end.
    public func fallbackTarget(after stepID: String) -> RouteTarget {
        guard let index = steps.firstIndex(where: { $0.id == stepID }) else { return .end }
        return fallbackTarget(afterStepAt: index)
    }

    /// The same for the step at `index` of `steps`, without looking for it: checks that go through
    /// every step ask it of each, and a search each time would grow with the square of the steps.
    public func fallbackTarget(afterStepAt index: Int) -> RouteTarget {
        index + 1 < steps.count ? .step(steps[index + 1].id) : .end
    }
}

extension Scenario {
    /// The same, with path examples.
    func with(paths: [PathExample]) -> Scenario {
        var copy = self
        copy.paths = paths
        return copy
    }

    /// The same, with `generic` keywords.
    func with(generic: [String]) -> Scenario {
        var copy = self
        copy.generic = generic
        return copy
    }
}
