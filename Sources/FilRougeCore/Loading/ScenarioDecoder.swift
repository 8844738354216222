import Yams

/// Where the named parts of a scenario are written, for diagnostics found after decoding.
struct ScenarioLocations {
    var steps: [String: SourceLocation] = [:]
    /// Every step id written, in file order, even of a step with an error of its own: a reference
    /// to it is not reported again.
    var stepIDs: [String] = []
    /// Every step and ending id in file order, with where it is written.
    var ids: [(id: String, location: SourceLocation)] = []
    /// Vocabulary entries and counters in file order, with where they are declared.
    var vocabulary: [(name: String, location: SourceLocation)] = []
    var counters: [(name: String, location: SourceLocation)] = []
}

/// Decodes the scenario model from a YAML tree, checking types, keys and references on the way.
///
/// Names are resolved in a second pass (steps may route to steps written after them), with each
/// reference keeping the node it was written at.
final class ScenarioDecoder {
    private let reader: YAMLNodeReader
    private(set) var locations = ScenarioLocations()
    private var analyzer = TextAnalyzer.wordsOnly(language: .fr)
    private var vocabulary: [String: [String]] = [:]
    /// Where each vocabulary entry's keywords are written.
    private var vocabularyNodes: [String: [Node]] = [:]
    private var counterNames: [String] = []
    /// Every `goto` written, with its node, checked once every step and ending is known.
    private var targetReferences: [(name: String, node: Node)] = []
    /// The keywords that alone meet the criterion being decoded, for finding keywords shared by concepts.
    private var creditingKeywords: [WrittenKeyword] = []
    /// Vocabulary entries and counters some step uses, for reporting those nothing uses.
    private var usedVocabulary: Set<String> = []
    private var changedCounters: Set<String> = []
    private var readCounters: Set<String> = []

    /// Whether to run the checks that can only find warnings.
    private let lookForWarnings: Bool
    /// Whether to compile each keyword to find the ones that cannot be read.
    private let checkingKeywords: Bool

    init(reader: YAMLNodeReader, lookForWarnings: Bool = true, checkingKeywords: Bool = true) {
        self.reader = reader
        self.lookForWarnings = lookForWarnings
        self.checkingKeywords = checkingKeywords || lookForWarnings
    }

    static let scenarioKeys = [
        "id", "title", "language", "version", "author", "description", "persona", "opening", "bands",
        "generic", "counters", "vocabulary", "start", "steps", "endings", "paths",
    ]

    func decodeScenario(_ root: Node) -> Scenario? {
        guard let fields = reader.fields(root, allowed: Self.scenarioKeys, what: "the scenario") else { return nil }
        let id = reader.required(fields, "id").flatMap { identifier($0, key: "id") }
        let title = reader.required(fields, "title").flatMap { reader.text($0, key: "title") }
        let language = reader.required(fields, "language").flatMap(decodeLanguage)
        let version = reader.required(fields, "version").flatMap { reader.text($0, key: "version") }
        let author = fields["author"].flatMap { reader.text($0, key: "author") }
        let description = fields["description"].flatMap { reader.text($0, key: "description") }
        let persona = reader.required(fields, "persona").flatMap(decodePersona)
        let opening = fields["opening"].flatMap { reader.text($0, key: "opening") }
        let bands = fields["bands"].flatMap { decodeThresholds($0, base: .standard) } ?? .standard
        // Keywords are compiled here to check them. Comparing them across criteria (a warning) needs
        // their stems; finding errors needs their words only. Neither needs the dictionary, whose
        // lemmas cost tens of microseconds a word: checking a large scenario and playing one do
        // not wait for it.
        if let language { analyzer = lookForWarnings ? TextAnalyzer(language: language, dictionary: nil) : .wordsOnly(language: language) }
        let counters = fields["counters"].map(decodeCounters) ?? []
        counterNames = declaredCounterNames
        if let node = fields["vocabulary"] { decodeVocabulary(node) }

        var steps: [Step] = []
        if let node = reader.required(fields, "steps") {
            let items = reader.items(node, key: "steps")
            if items.isEmpty, case .sequence = node { reader.report(.emptyValue, "'steps' is empty: a scenario needs at least one step", at: node) }
            steps = items.compactMap { decodeStep($0, stepBands: bands) }
        }
        let generic = fields["generic"].map { decodeGeneric($0, criteria: steps.flatMap(\.rubric), scope: "any step") } ?? []
        var endings: [Ending] = []
        if let node = reader.required(fields, "endings") {
            let items = reader.items(node, key: "endings")
            if items.isEmpty, case .sequence = node { reader.report(.emptyValue, "'endings' is empty: a scenario needs at least one ending", at: node) }
            endings = items.compactMap(decodeEnding)
        }
        let paths = fields["paths"].map { PathDecoder(reader: reader).decodePaths($0, stepIDs: locations.stepIDs, steps: steps, endings: endings) } ?? []
        checkUniqueIDs()
        resolveTargets(&steps, endings: endings)
        if lookForWarnings { reportUnused() }

        var startID = steps.first?.id
        if let node = fields["start"], let name = reader.text(node, key: "start") {
            if steps.contains(where: { $0.id == name }) {
                startID = name
            } else {
                reader.report(.unknownStep, "'start' names '\(name)', which is not a step\(Suggestion.didYouMean(name, in: steps.map(\.id)))", at: node)
            }
        }
        guard let id, let title, let language, let version, let persona, let startID else { return nil }
        return Scenario(
            id: id, title: title, language: language, version: version, author: author,
            description: description, persona: persona, opening: opening, bands: bands, counters: counters,
            steps: steps, endings: endings, startStepID: startID
        ).with(generic: generic).with(paths: paths)
    }

    // MARK: Parts of the scenario

    private func identifier(_ node: Node, key: String) -> String? {
        guard let name = reader.text(node, key: key) else { return nil }
        if !IdentifierRule.isValid(name) {
            reader.report(.invalidID, "'\(key)' must use \(IdentifierRule.description), not '\(name)'", at: node)
            return nil
        }
        return name
    }

    private func decodeLanguage(_ node: Node) -> Language? {
        guard let text = reader.text(node, key: "language") else { return nil }
        guard let language = Language(rawValue: text) else {
            let known = Language.allCases.map(\.rawValue)
            reader.report(.unknownLanguage, "unknown language '\(text)': use \(known.map { "'\($0)'" }.joined(separator: " or "))\(Suggestion.didYouMean(text, in: known))", at: node)
            return nil
        }
        return language
    }

    static let personaKeys = ["name", "description"]

    private func decodePersona(_ node: Node) -> Persona? {
        guard let fields = reader.fields(node, allowed: Self.personaKeys, what: "'persona'") else { return nil }
        let name = reader.required(fields, "name").flatMap { reader.text($0, key: "name") }
        let description = fields["description"].flatMap { reader.text($0, key: "description") }
        return name.map { Persona(name: $0, description: description) }
    }

    static let thresholdKeys = ["good", "partial"]
    /// The keys of a `bands` mapping: the weighted thresholds, or `ideas`.
    static let bandsKeys = thresholdKeys + ["ideas"]

    /// A `bands` mapping: weighted thresholds (`good: 0.7`), or bands by ideas (`ideas: {good: 2}`).
    /// A step's `bands` of the same kind as the scenario's changes only what it names; of the other
    /// kind, it replaces the rule.
    private func decodeThresholds(_ node: Node, base: BandThresholds) -> BandThresholds? {
        guard let fields = reader.fields(node, allowed: Self.bandsKeys, what: "'bands'") else { return nil }
        if let ideasNode = fields["ideas"] {
            if let key = Self.thresholdKeys.first(where: { fields[$0] != nil }), let fraction = fields[key] {
                reader.report(.invalidValue, "'bands' counts either ideas or a share of the weight: 'ideas' and '\(key)' cannot be given together (write '\(key)' inside 'ideas')", at: fraction)
                return nil
            }
            guard let ideas = decodeIdeaBands(ideasNode, base: base.ideas ?? .standard) else { return nil }
            var thresholds = base.ideas == nil ? BandThresholds.standard : base
            thresholds.ideas = ideas
            return thresholds
        }
        var thresholds = base
        thresholds.ideas = nil
        if base.ideas != nil { thresholds.good = BandThresholds.standard.good; thresholds.partial = BandThresholds.standard.partial }
        for key in Self.thresholdKeys {
            guard let value = fields[key], let number = reader.number(value, key: key) else { continue }
            guard (0...1).contains(number) else {
                reader.report(.invalidValue, "'\(key)' must be between 0 and 1, not \(number)", at: value)
                continue
            }
            if key == "good" { thresholds.good = number } else { thresholds.partial = number }
        }
        if thresholds.partial > thresholds.good {
            reader.report(.invalidValue, "the 'partial' threshold (\(thresholds.partial)) is above the 'good' one (\(thresholds.good))", at: node)
            return nil
        }
        return thresholds
    }

    /// `ideas:` of `bands`: how many ideas make `good` and `partial`, whole numbers from 1.
    private func decodeIdeaBands(_ node: Node, base: IdeaBands) -> IdeaBands? {
        guard let fields = reader.fields(node, allowed: Self.thresholdKeys, what: "'ideas'") else { return nil }
        var ideas = base
        for key in Self.thresholdKeys {
            guard let value = fields[key], let number = reader.integer(value, key: key) else { continue }
            guard number >= 1 else {
                reader.report(.invalidValue, "'\(key)' counts ideas: it must be 1 or more, not \(number)", at: value)
                continue
            }
            if key == "good" { ideas.good = number } else { ideas.partial = number }
        }
        if ideas.partial > ideas.good {
            reader.report(.invalidValue, "'partial' (\(GradeExplanation.ideas(ideas.partial))) is above 'good' (\(GradeExplanation.ideas(ideas.good)))", at: node)
            return nil
        }
        return ideas
    }

    /// A `generic` list: keywords too generic to credit a reply alone. Each should be a keyword of
    /// a criterion it can apply to, written the same way: one that is not is most likely misspelt.
    private func decodeGeneric(_ node: Node, criteria: [Criterion], scope: String) -> [String] {
        let entries = reader.texts(node, key: "generic", single: true)
        if lookForWarnings {
            let keywords = Set(criteria.flatMap(\.keywords).map(GradingRule.fold))
            for entry in entries where !keywords.contains(GradingRule.fold(entry.text)) {
                reader.report(.genericNotKeyword, "'\(entry.text)' is not a keyword of \(scope): a generic word is written as the rubric writes the keyword", at: entry.node)
            }
        }
        return entries.map(\.text)
    }

    private func decodeCounters(_ node: Node) -> [CounterDeclaration] {
        reader.namedEntries(node, what: "'counters'").compactMap { entry in
            locations.counters.append((entry.name, reader.location(of: entry.keyNode)))
            guard let initial = reader.integer(entry.value, key: entry.name) else { return nil }
            return CounterDeclaration(name: entry.name, initial: initial)
        }
    }

    /// Every counter named in `counters`, even one whose starting value is wrong: that mistake is
    /// reported once, not again at every use of the counter.
    private var declaredCounterNames: [String] {
        locations.counters.map(\.name)
    }

    private func decodeVocabulary(_ node: Node) {
        for entry in reader.namedEntries(node, what: "'vocabulary'") {
            let patterns = reader.texts(entry.value, key: entry.name)
            patterns.forEach { checkPattern($0.text, at: $0.node) }
            if patterns.isEmpty, case .sequence = entry.value {
                reader.report(.emptyValue, "vocabulary entry '\(entry.name)' is empty", at: entry.keyNode)
            }
            vocabulary[entry.name] = patterns.map(\.text)
            vocabularyNodes[entry.name] = patterns.map(\.node)
            locations.vocabulary.append((entry.name, reader.location(of: entry.keyNode)))
        }
    }

    private func checkPattern(_ pattern: String, at node: Node) {
        guard checkingKeywords else { return }
        switch compiledPattern(pattern) {
        case .failure(let error):
            reader.report(.invalidKeyword, "keyword '\(KeywordPattern.excerpt(of: pattern))' \(error.message)", at: node)
        case .success(let compiled):
            if let prefix = compiled.shortestPrefix, prefix.count < 3 {
                reader.report(.shortPrefix, "keyword '\(pattern)': the prefix '\(prefix)*' is so short that it matches a great many words", at: node)
            }
            if lookForWarnings, let unmatchable = KeywordReachCheck.unmatchable(pattern, reach: reach(of: pattern), language: analyzer.language, at: reader.location(of: node)) {
                reader.report(unmatchable)
            }
        }
    }

    /// Warns about a keyword that alone credits a criterion and would meet most replies, once
    /// wherever it is written (a vocabulary entry is named by many criteria).
    private func checkCommonWords(_ pattern: String, at node: Node) {
        guard lookForWarnings, case .success = compiledPattern(pattern) else { return }
        let location = reader.location(of: node)
        guard !commonWordsChecked.contains(location) else { return }
        commonWordsChecked.insert(location)
        if let common = KeywordReachCheck.common(pattern, reach: reach(of: pattern), language: analyzer.language, at: location) { reader.report(common) }
    }

    /// Where keywords were already checked for common words.
    private var commonWordsChecked: Set<SourceLocation> = []

    /// Keywords compiled once each, for checking them and then comparing them across criteria:
    /// a vocabulary entry's keywords are named by many criteria.
    private var compiledPatterns: [String: Result<KeywordPattern, PatternError>] = [:]

    /// What each keyword can meet, read once per keyword like its compiled pattern.
    private var reaches: [String: KeywordReach] = [:]

    private func reach(of pattern: String) -> KeywordReach {
        guard KeywordReach.needsReading(pattern, language: analyzer.language) else { return .unremarkable }
        if let known = reaches[pattern] { return known }
        let reach = KeywordReach(of: pattern, analyzer: analyzer)
        reaches[pattern] = reach
        return reach
    }

    private func compiledPattern(_ pattern: String) -> Result<KeywordPattern, PatternError> {
        if let known = compiledPatterns[pattern] { return known }
        let compiled = KeywordPattern.compile(pattern, analyzer: analyzer)
        compiledPatterns[pattern] = compiled
        return compiled
    }

    // MARK: Steps

    static let stepKeys = [
        "id", "says", "question", "rubric", "bands", "generic", "reactions", "hints", "follow_up", "counters", "routes", "examples",
    ]

    private func decodeStep(_ node: Node, stepBands: BandThresholds) -> Step? {
        guard let fields = reader.fields(node, allowed: Self.stepKeys, what: "a step") else { return nil }
        let id = reader.required(fields, "id").flatMap { identifier($0, key: "id") }
        let name = id.map { "step '\($0)'" } ?? "this step"
        let named = Fields(node: node, what: name, values: fields.values, keys: fields.keys)
        if let id {
            let location = reader.location(of: fields["id"] ?? node)
            if locations.steps[id] == nil { locations.steps[id] = location; locations.stepIDs.append(id) }
            locations.ids.append((id, location))
        }

        let says = fields["says"].flatMap { reader.text($0, key: "says") }
        let question = reader.required(named, "question").flatMap { reader.text($0, key: "question") }
        let rubric = reader.required(named, "rubric").map { decodeRubric($0, step: name) } ?? []
        let bands = fields["bands"].flatMap { decodeThresholds($0, base: stepBands) }
        if (bands ?? stepBands).ideas == nil {
            for criterion in rubric where criterion.isDevelopment {
                guard let location = criterion.location else { continue }
                reader.report(Diagnostic(.invalidDevelopment, "'\(criterion.concept)' develops other ideas, which needs bands by ideas ('bands: { ideas: { good: 2, partial: 1 } }') in the step or the scenario", at: location))
            }
        }
        let generic = fields["generic"].map { decodeGeneric($0, criteria: rubric, scope: name) } ?? []
        let reactions = reader.required(named, "reactions").map { decodeReactions($0, step: name) } ?? [:]
        let hints = fields["hints"].map { reader.texts($0, key: "hints", single: true).map(\.text) } ?? []
        let followUp = fields["follow_up"].flatMap { reader.text($0, key: "follow_up") }
        let counterChanges = fields["counters"].map { decodeCounterChanges($0, step: name) } ?? [:]
        let concepts = rubric.map(\.concept)
        let routes = fields["routes"].map { decodeRoutes($0, concepts: concepts, step: name) } ?? []
        let examples = fields["examples"].map { decodeExamples($0, concepts: concepts, step: name, asksFollowUp: followUp != nil) } ?? []

        guard let id, let question else { return nil }
        return Step(
            id: id, says: says, question: question, rubric: rubric, bands: bands, reactions: reactions,
            hints: hints, followUp: followUp, counterChanges: counterChanges, routes: routes,
            examples: examples, location: locations.steps[id]
        ).with(generic: generic)
    }

    static let criterionKeys = [
        "concept", "label", "keywords", "vocabulary", "match", "weight", "required", "develops", "feedback", "hint", "overlaps",
    ]
    /// The keys that say what meets a criterion: it needs at least one of them.
    static let criterionSources = ["keywords", "vocabulary", "match"]

    private func decodeRubric(_ node: Node, step: String) -> [Criterion] {
        let items = reader.items(node, key: "rubric")
        if items.isEmpty, case .sequence = node {
            reader.report(.emptyValue, "the rubric of \(step) is empty: it needs at least one criterion", at: node)
        }
        var seen: [String: SourceLocation] = [:]
        var criteria: [Criterion] = []
        var keywordsByCriterion: [KeywordOverlapCheck.CriterionKeywords] = []
        var overlapReferences: [(name: String, node: Node)] = []
        var developmentReferences: [(concept: String, ideas: [(name: String, node: Node)])] = []
        for item in items {
            guard let fields = reader.fields(item, allowed: Self.criterionKeys, what: "a criterion of \(step)") else { continue }
            guard let conceptNode = reader.required(fields, "concept"),
                  let concept = identifier(conceptNode, key: "concept") else { continue }
            if let first = seen[concept] {
                reader.report(.duplicateConcept, "\(step) has two criteria for concept '\(concept)' (the first at line \(first.line))", at: conceptNode)
                continue
            }
            seen[concept] = reader.location(of: conceptNode)
            creditingKeywords = []
            var alternatives: [MatchExpression] = []
            if let keywords = fields["keywords"] {
                let entries = reader.texts(keywords, key: "keywords", single: true)
                if entries.isEmpty, case .sequence(let items) = keywords, items.isEmpty {
                    reader.report(.emptyValue, "'keywords' is an empty list: it matches nothing", at: keywords)
                }
                entries.forEach { checkPattern($0.text, at: $0.node) }
                entries.forEach { checkCommonWords($0.text, at: $0.node) }
                creditingKeywords += entries.map { WrittenKeyword(pattern: $0.text, location: reader.location(of: $0.node)) }
                alternatives += entries.map { .keyword($0.text) }
            }
            if let references = fields["vocabulary"] {
                alternatives += vocabularyKeywords(references, crediting: true)
            }
            if let match = fields["match"], let expression = decodeExpression(match, crediting: true) {
                alternatives.append(expression)
            }
            if Self.criterionSources.allSatisfy({ fields[$0] == nil }) {
                reader.report(.criterionWithoutMatch, "criterion '\(concept)' has no 'keywords', 'vocabulary' or 'match': nothing could meet it", at: item)
            }
            var weight = 1.0
            if let node = fields["weight"], let value = reader.number(node, key: "weight") {
                if value != 0 { weight = value } else { reader.report(.invalidValue, "'weight' cannot be 0: use a positive weight for a concept, a negative one for a misconception", at: node) }
            }
            let required = fields["required"].flatMap { reader.boolean($0, key: "required") } ?? false
            if required, weight < 0, let node = fields["required"] {
                reader.report(.requiredMisconception, "a misconception (negative weight) cannot be required", at: node)
            }
            let develops = fields["develops"].map { reader.texts($0, key: "develops", single: true) } ?? []
            if !develops.isEmpty {
                developmentReferences.append((concept, develops.map { ($0.text, $0.node) }))
                for key in ["weight", "required"] {
                    if let node = fields[key] {
                        reader.report(.invalidDevelopment, "a development criterion takes no '\(key)': it counts only beside the ideas it develops", at: node)
                    }
                }
                weight = 0
            }
            let overlaps = fields["overlaps"].map { reader.texts($0, key: "overlaps", single: true) } ?? []
            overlapReferences += overlaps.map { ($0.text, $0.node) }
            keywordsByCriterion.append(.init(
                concept: concept, isMisconception: weight < 0, keywords: creditingKeywords, overlaps: Set(overlaps.map(\.text))
            ))
            criteria.append(Criterion(
                concept: concept,
                label: fields["label"].flatMap { reader.text($0, key: "label") },
                expression: alternatives.count == 1 ? alternatives[0] : .any(alternatives),
                weight: weight,
                required: required && develops.isEmpty,
                develops: develops.map(\.text),
                feedback: fields["feedback"].flatMap { reader.text($0, key: "feedback") },
                hint: fields["hint"].flatMap { reader.text($0, key: "hint") },
                location: reader.location(of: conceptNode)
            ))
        }
        let concepts = criteria.map(\.concept)
        let ideas = criteria.filter { $0.weight > 0 }.map(\.concept)
        for (concept, references) in developmentReferences {
            for (name, node) in references where !ideas.contains(name) {
                let message = name == concept
                    ? "'develops' names the criterion itself: a development criterion develops other ideas of its step"
                    : concepts.contains(name)
                    ? "'develops' names '\(name)', which is not an idea (a misconception or another development): a development criterion develops ideas of its step"
                    : "'develops' names '\(name)', which is not an idea of \(step)\(Suggestion.didYouMean(name, in: ideas))"
                reader.report(.invalidDevelopment, message, at: node)
            }
        }
        for (name, node) in overlapReferences where !concepts.contains(name) {
            reader.report(.unknownConcept, "'overlaps' names '\(name)', which is not a concept of \(step)\(Suggestion.didYouMean(name, in: concepts))", at: node)
        }
        for diagnostic in lookForWarnings ? KeywordOverlapCheck(compile: compiledPattern).diagnostics(for: keywordsByCriterion, step: step) : [] {
            reader.report(diagnostic)
        }
        return criteria
    }

    /// The keywords of the vocabulary entries named by `node` (a name or a list of names).
    /// - Parameter crediting: whether any one of them alone meets the criterion.
    private func vocabularyKeywords(_ node: Node, crediting: Bool) -> [MatchExpression] {
        var keywords: [MatchExpression] = []
        if case .sequence(let items) = node, items.isEmpty {
            reader.report(.emptyValue, "'vocabulary' is an empty list: it names no entry", at: node)
        }
        for reference in reader.texts(node, key: "vocabulary", single: true) {
            if let entry = vocabulary[reference.text] {
                usedVocabulary.insert(reference.text)
                if crediting {
                    for (keyword, node) in zip(entry, vocabularyNodes[reference.text] ?? []) { checkCommonWords(keyword, at: node) }
                    let location = reader.location(of: reference.node)
                    creditingKeywords += entry.map { WrittenKeyword(pattern: $0, location: location, vocabulary: reference.text) }
                }
                keywords += entry.map { .keyword($0) }
            } else {
                reader.report(.unknownVocabulary, "'vocabulary' names '\(reference.text)', which is not in the scenario's vocabulary\(Suggestion.didYouMean(reference.text, in: Array(vocabulary.keys).sorted()))", at: reference.node)
            }
        }
        return keywords
    }

    static let expressionKeys = expressionOperators + nearOptions
    /// A match expression written as a mapping has exactly one of these.
    static let expressionOperators = ["any", "all", "not", "near", "negated", "vocabulary"]
    /// The options of `near`, which no other operator takes.
    static let nearOptions = ["within", "ordered"]

    /// A `match` expression: a keyword, a list (any of), or a mapping with one operator.
    /// - Parameter crediting: whether the expression alone meets the criterion, so that each keyword
    ///   met directly (not under `all`, `not`, `near` or `negated`) credits the concept.
    private func decodeExpression(_ node: Node, crediting: Bool) -> MatchExpression? {
        switch node {
        case .scalar:
            guard let keyword = reader.text(node, key: "match") else { return nil }
            checkPattern(keyword, at: node)
            if crediting { checkCommonWords(keyword, at: node) }
            if crediting { creditingKeywords.append(WrittenKeyword(pattern: keyword, location: reader.location(of: node))) }
            return .keyword(keyword)
        case .sequence(let items):
            let parts = items.compactMap { decodeExpression($0, crediting: crediting) }
            if parts.isEmpty { reader.report(.emptyValue, "an empty list matches nothing", at: node) }
            return .any(parts)
        case .mapping:
            guard let fields = reader.fields(node, allowed: Self.expressionKeys, what: "a match expression") else { return nil }
            let operators = Self.expressionOperators.filter { fields[$0] != nil }
            guard operators.count == 1, let name = operators.first, let value = fields[name] else {
                reader.report(.invalidExpression, "a match expression needs exactly one of 'any', 'all', 'not', 'near', 'negated' or 'vocabulary'", at: node)
                return nil
            }
            if name != "near", let stray = Self.nearOptions.first(where: { fields[$0] != nil }), let key = fields.keys[stray] {
                reader.report(.invalidExpression, "'\(stray)' goes with 'near' only", at: key)
            }
            switch name {
            case "any", "all":
                let parts = reader.items(value, key: name).compactMap { decodeExpression($0, crediting: crediting && name == "any") }
                if parts.isEmpty { reader.report(.emptyValue, "'\(name)' needs at least one part", at: value) }
                return name == "any" ? .any(parts) : .all(parts)
            case "not":
                return decodeExpression(value, crediting: false).map { .not($0) }
            case "negated":
                return decodeExpression(value, crediting: false).map { .negated($0) }
            case "vocabulary":
                return .any(vocabularyKeywords(value, crediting: crediting))
            default:
                let parts = reader.items(value, key: "near").compactMap { decodeExpression($0, crediting: false) }
                if case .sequence(let items) = value, items.count != 2 {
                    reader.report(.invalidExpression, "'near' takes exactly two parts, not \(items.count)", at: value)
                    return nil
                }
                guard parts.count == 2 else { return nil }
                var within = MatchExpression.defaultNearDistance
                if let node = fields["within"], let value = reader.integer(node, key: "within") {
                    if value > 0 { within = value } else { reader.report(.invalidValue, "'within' must be at least 1 word, not \(value)", at: node) }
                }
                let ordered = fields["ordered"].flatMap { reader.boolean($0, key: "ordered") } ?? false
                return .near(parts[0], parts[1], within: within, ordered: ordered)
            }
        default:
            reader.report(.wrongType, "a match expression must be a keyword, a list or a mapping, not \(reader.describe(node))", at: node)
            return nil
        }
    }

    private func decodeReactions(_ node: Node, step: String) -> [Band: [String]] {
        let keys = Band.allCases.map(\.rawValue)
        guard let fields = reader.fields(node, allowed: keys, what: "'reactions' of \(step)") else { return [:] }
        var reactions: [Band: [String]] = [:]
        for band in Band.allCases {
            guard let value = reader.required(fields, band.rawValue) else { continue }
            let variants = reader.texts(value, key: band.rawValue, single: true).map(\.text)
            if variants.isEmpty, case .sequence = value {
                reader.report(.emptyValue, "the '\(band.rawValue)' reaction of \(step) is an empty list", at: value)
            }
            reactions[band] = variants
        }
        return reactions
    }

    private func decodeCounterChanges(_ node: Node, step: String) -> [Band: [String: Int]] {
        let keys = Band.allCases.map(\.rawValue)
        guard let fields = reader.fields(node, allowed: keys, what: "the counters of \(step)") else { return [:] }
        var changes: [Band: [String: Int]] = [:]
        for band in Band.allCases {
            guard let value = fields[band.rawValue] else { continue }
            for entry in reader.namedEntries(value, what: "'\(band.rawValue)'") {
                guard checkCounter(entry.name, at: entry.keyNode),
                      let delta = reader.integer(entry.value, key: entry.name) else { continue }
                changedCounters.insert(entry.name)
                changes[band, default: [:]][entry.name] = delta
            }
        }
        return changes
    }

    private func checkCounter(_ name: String, at node: Node) -> Bool {
        if counterNames.contains(name) { return true }
        reader.report(.unknownCounter, "counter '\(name)' is not declared in the scenario's 'counters'\(Suggestion.didYouMean(name, in: counterNames))", at: node)
        return false
    }

    // MARK: Routes and conditions

    static let routeKeys = ["when", "goto"]

    /// The routes, each target provisionally a step: targets are resolved once every step and ending is known.
    private func decodeRoutes(_ node: Node, concepts: [String], step: String) -> [Route] {
        var routes: [Route] = []
        for item in reader.items(node, key: "routes") {
            guard let fields = reader.fields(item, allowed: Self.routeKeys, what: "a route of \(step)") else { continue }
            let condition = fields["when"].flatMap { decodeCondition($0, concepts: concepts, inEnding: false) }
            guard let gotoNode = reader.required(fields, "goto"),
                  let target = reader.text(gotoNode, key: "goto") else { continue }
            targetReferences.append((target, gotoNode))
            routes.append(Route(condition: condition, target: .step(target), location: reader.location(of: item)))
        }
        return routes
    }

    static let conditionKeys = ["band", "met", "missed", "score", "counters"]
    /// The condition keys that name concepts of a step, so that an ending cannot use them.
    static let stepOnlyConditionKeys = ["met", "missed"]

    private func decodeCondition(_ node: Node, concepts: [String], inEnding: Bool) -> Condition? {
        guard let fields = reader.fields(node, allowed: Self.conditionKeys, what: "'when'") else { return nil }
        var condition = Condition()
        if let value = fields["band"] {
            var bands = Set<Band>()
            for entry in reader.texts(value, key: "band", single: true) {
                if let band = Band(rawValue: entry.text) {
                    bands.insert(band)
                } else {
                    let known = Band.allCases.map(\.rawValue)
                    reader.report(.unknownBand, "unknown band '\(entry.text)': the bands are 'good', 'partial' and 'missed'\(Suggestion.didYouMean(entry.text, in: known))", at: entry.node)
                }
            }
            condition.bands = bands
        }
        for key in Self.stepOnlyConditionKeys {
            guard let value = fields[key] else { continue }
            if inEnding {
                reader.report(.conceptInEnding, "'\(key)' cannot be used in an ending: an ending has no concepts of its own", at: fields.keys[key] ?? value)
                continue
            }
            var names: [String] = []
            for entry in reader.texts(value, key: key, single: true) {
                if concepts.contains(entry.text) {
                    names.append(entry.text)
                } else {
                    reader.report(.unknownConcept, "'\(key)' names '\(entry.text)', which is not a concept of this step\(Suggestion.didYouMean(entry.text, in: concepts))", at: entry.node)
                }
            }
            if key == "met" { condition.met = names } else { condition.missed = names }
        }
        if let value = fields["score"] {
            condition.score = decodeBounds(value, what: "'score'")
        }
        if let value = fields["counters"] {
            for entry in reader.namedEntries(value, what: "'counters'") {
                guard checkCounter(entry.name, at: entry.keyNode),
                      let bounds = decodeBounds(entry.value, what: "counter '\(entry.name)'") else { continue }
                readCounters.insert(entry.name)
                condition.counters[entry.name] = bounds
            }
        }
        return condition
    }

    static let boundsKeys = ["min", "max"]

    private func decodeBounds(_ node: Node, what: String) -> Condition.Bounds? {
        guard let fields = reader.fields(node, allowed: Self.boundsKeys, what: what) else { return nil }
        let bounds = Condition.Bounds(
            min: fields["min"].flatMap { reader.number($0, key: "min") },
            max: fields["max"].flatMap { reader.number($0, key: "max") }
        )
        if bounds.min == nil && bounds.max == nil {
            reader.report(.invalidValue, "\(what) needs 'min', 'max' or both", at: node)
            return nil
        }
        if let min = bounds.min, let max = bounds.max, min > max {
            reader.report(.invalidValue, "\(what): 'min' (\(min)) is above 'max' (\(max)), so it never holds", at: node)
        }
        return bounds
    }

    // MARK: Examples

    static let exampleKeys = ["reply", "band", "met", "missed", "follow_up", "band_together"]

    /// - Parameter asksFollowUp: whether the step has a follow-up question an example can answer.
    private func decodeExamples(_ node: Node, concepts: [String], step: String, asksFollowUp: Bool) -> [ExampleReply] {
        reader.items(node, key: "examples").compactMap { item in
            guard let fields = reader.fields(item, allowed: Self.exampleKeys, what: "an example of \(step)") else { return nil }
            let reply = reader.required(fields, "reply").flatMap { reader.text($0, key: "reply") }
            let band = reader.required(fields, "band").flatMap { reader.band($0, key: "band") }
            var lists: [String: [String]] = [:]
            for key in ["met", "missed"] {
                guard let value = fields[key] else { continue }
                lists[key] = reader.conceptNames(value, key: key, concepts: concepts, owner: step)
            }
            let followUp = decodeFollowUpExample(fields, step: step, asksFollowUp: asksFollowUp, firstBand: band)
            guard let reply, let band else { return nil }
            if fields["follow_up"] != nil, followUp == nil { return nil }
            return ExampleReply(
                reply: reply, band: band, met: lists["met"] ?? [], missed: lists["missed"] ?? [],
                followUp: followUp, location: reader.location(of: item)
            )
        }
    }

    /// `follow_up` and `band_together` of an example: they go together, and only where the engine
    /// would ask the follow-up question (a step that has one, after a reply that is not good).
    private func decodeFollowUpExample(_ fields: Fields, step: String, asksFollowUp: Bool, firstBand: Band?) -> FollowUpExample? {
        let replyNode = fields["follow_up"]
        let bandNode = fields["band_together"]
        if let bandNode, replyNode == nil {
            reader.report(.invalidExample, "'band_together' is the band of a reply and its follow-up together: give the follow-up reply in 'follow_up'", at: fields.keys["band_together"] ?? bandNode)
        }
        guard let replyNode else { return nil }
        let reply = reader.text(replyNode, key: "follow_up")
        let bandTogether = bandNode.flatMap { reader.band($0, key: "band_together") }
        if bandNode == nil {
            reader.report(.invalidExample, "'follow_up' needs 'band_together': the band the two replies must get together", at: fields.keys["follow_up"] ?? replyNode)
        }
        if !asksFollowUp {
            reader.report(.invalidExample, "\(step) has no 'follow_up' question, so no reply answers one", at: fields.keys["follow_up"] ?? replyNode)
            return nil
        }
        if firstBand == .good, let bandNode = fields["band"] {
            reader.report(.invalidExample, "a good reply is not followed up: the follow-up question is asked after a 'partial' or 'missed' reply", at: bandNode)
            return nil
        }
        guard let reply, let bandTogether else { return nil }
        return FollowUpExample(reply: reply, bandTogether: bandTogether)
    }

    // MARK: Endings

    static let endingKeys = ["id", "when", "says"]

    private func decodeEnding(_ node: Node) -> Ending? {
        guard let fields = reader.fields(node, allowed: Self.endingKeys, what: "an ending") else { return nil }
        let id = reader.required(fields, "id").flatMap { identifier($0, key: "id") }
        let location = reader.location(of: fields["id"] ?? node)
        if let id { locations.ids.append((id, location)) }
        let named = Fields(node: node, what: id.map { "ending '\($0)'" } ?? "this ending", values: fields.values, keys: fields.keys)
        let condition = fields["when"].flatMap { decodeCondition($0, concepts: [], inEnding: true) }
        let says = reader.required(named, "says").flatMap { reader.text($0, key: "says") }
        guard let id, let says else { return nil }
        return Ending(id: id, condition: condition, says: says, location: location)
    }

    // MARK: What nothing uses

    /// Vocabulary entries no criterion names, and counters that no step changes or nothing reads:
    /// harmless to play, but usually a name misspelt or a piece of work left half done.
    private func reportUnused() {
        for (name, location) in locations.vocabulary where !usedVocabulary.contains(name) {
            reader.report(Diagnostic(.unusedVocabulary, "vocabulary entry '\(name)' is not used by any criterion", at: location))
        }
        for (name, location) in locations.counters {
            if !changedCounters.contains(name) {
                reader.report(Diagnostic(.unusedCounter, "counter '\(name)' is never changed: no step's 'counters' names it, so it keeps its starting value", at: location))
            } else if !readCounters.contains(name) {
                reader.report(Diagnostic(.unusedCounter, "counter '\(name)' is never read: no route or ending tests it", at: location))
            }
        }
    }

    // MARK: Names

    private func checkUniqueIDs() {
        var first: [String: SourceLocation] = [:]
        for (id, location) in locations.ids {
            if id == "end" {
                reader.report(Diagnostic(.reservedID, "'end' is reserved (a route to 'end' picks an ending): choose another id", at: location))
            }
            if let earlier = first[id] {
                reader.report(Diagnostic(.duplicateID, "duplicate id '\(id)': already used at line \(earlier.line) (steps and endings need ids of their own)", at: location))
            } else {
                first[id] = location
            }
        }
    }

    /// Reports targets that name nothing, and turns each route's target name into a step, an ending or `end`.
    private func resolveTargets(_ steps: inout [Step], endings: [Ending]) {
        let stepIDs = Set(steps.map(\.id))
        let endingIDs = Set(endings.map(\.id))
        let candidates = steps.map(\.id) + endings.map(\.id) + ["end"]
        for (name, node) in targetReferences where !stepIDs.contains(name) && !endingIDs.contains(name) && name != "end" {
            reader.report(.unknownTarget, "'goto' names '\(name)', which is neither a step, an ending nor 'end'\(Suggestion.didYouMean(name, in: candidates))", at: node)
        }
        for stepIndex in steps.indices {
            for routeIndex in steps[stepIndex].routes.indices {
                let name = steps[stepIndex].routes[routeIndex].target.name
                if endingIDs.contains(name) {
                    steps[stepIndex].routes[routeIndex].target = .ending(name)
                } else if name == "end" {
                    steps[stepIndex].routes[routeIndex].target = .end
                }
            }
        }
    }
}

extension Fields {
    init(node: Node, what: String, values: [String: Node], keys: [String: Node]) {
        self.init(node: node, what: what)
        self.values = values
        self.keys = keys
    }
}
