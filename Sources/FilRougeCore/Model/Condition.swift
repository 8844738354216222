/// When a route is taken or an ending chosen: every part that is set must hold.
public struct Condition: Equatable, Sendable {
    /// The band is one of these.
    public var bands: Set<Band>?
    /// Every one of these concepts was met.
    public var met: [String]
    /// None of these concepts was met.
    public var missed: [String]
    public var score: Bounds?
    /// Each named counter lies within its bounds.
    public var counters: [String: Bounds]

    public init(
        bands: Set<Band>? = nil, met: [String] = [], missed: [String] = [], score: Bounds? = nil,
        counters: [String: Bounds] = [:]
    ) {
        self.bands = bands
        self.met = met
        self.missed = missed
        self.score = score
        self.counters = counters
    }

    /// Inclusive bounds, either of which may be absent.
    public struct Bounds: Equatable, Sendable {
        public var min: Double?
        public var max: Double?

        public init(min: Double? = nil, max: Double? = nil) {
            self.min = min
            self.max = max
        }

        public func contains(_ value: Double) -> Bool {
            if let min, value < min - 1e-9 { return false }
            if let max, value > max + 1e-9 { return false }
            return true
        }
    }

    /// What the condition is tested against.
    public struct Facts: Sendable {
        public var band: Band
        public var score: Double
        public var metConcepts: Set<String>
        public var counters: [String: Int]

        public init(band: Band, score: Double, metConcepts: Set<String>, counters: [String: Int]) {
            self.band = band
            self.score = score
            self.metConcepts = metConcepts
            self.counters = counters
        }
    }

    public func holds(for facts: Facts) -> Bool {
        if let bands, !bands.contains(facts.band) { return false }
        if !met.allSatisfy(facts.metConcepts.contains) { return false }
        if missed.contains(where: facts.metConcepts.contains) { return false }
        if let score, !score.contains(facts.score) { return false }
        for (name, bounds) in counters where !bounds.contains(Double(facts.counters[name] ?? 0)) {
            return false
        }
        return true
    }
}

extension Condition {
    /// A short description for transcripts and explanations: `band good, met [site-web]`.
    public var summary: String {
        var parts: [String] = []
        if let bands {
            parts.append("band " + Band.allCases.filter(bands.contains).map(\.rawValue).joined(separator: "|"))
        }
        if !met.isEmpty { parts.append("met [\(met.joined(separator: ", "))]") }
        if !missed.isEmpty { parts.append("missed [\(missed.joined(separator: ", "))]") }
        if let score { parts.append("score \(score.summary)") }
        for name in counters.keys.sorted() {
            if let bounds = counters[name] { parts.append("\(name) \(bounds.summary)") }
        }
        return parts.isEmpty ? "always" : parts.joined(separator: ", ")
    }
}

extension Condition.Bounds {
    /// `>= 1`, `<= 0.5` or `in 1...3`.
    public var summary: String {
        func number(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        }
        switch (min, max) {
        case let (min?, max?): return "in \(number(min))...\(number(max))"
        case let (min?, nil): return ">= \(number(min))"
        case let (nil, max?): return "<= \(number(max))"
        case (nil, nil): return "any"
        }
    }
}
