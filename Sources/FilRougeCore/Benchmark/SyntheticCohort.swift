import Foundation

/// A deterministic cohort of learners playing a scenario, for measuring how fast a whole class's
/// transcripts are digested. Each learner is played through `DialogueEngine` with generated replies
/// (ordinary words of the scenario's language mixed with words of the step's keywords, as in
/// `ReplyCorpus`), so the transcripts have real grades, evidence, follow-ups, routes and endings.
///
/// Learners differ in how often they use the rubric's words, so every band occurs; about one in
/// twelve leaves before the end (`/quit`) and about one in fifty stops in the middle of a line, as
/// when a laptop's battery runs out.
public struct SyntheticCohort: Sendable {
    public let scenario: Scenario
    public let reference: TranscriptHeader.ScenarioReference
    public let seed: UInt64
    public let wordsPerReply: Int
    private let evaluator: RubricEvaluator
    private let stepWords: [String: [String]]

    /// - Parameter sourceText: the scenario file's text, whose hash goes into each header.
    public init(scenario: Scenario, sourceText: String, seed: UInt64 = 1, wordsPerReply: Int = 25) {
        self.scenario = scenario
        self.reference = .init(scenario: scenario, sourceText: sourceText)
        self.seed = seed
        self.wordsPerReply = max(1, wordsPerReply)
        self.evaluator = RubricEvaluator(scenario: scenario)
        var words: [String: [String]] = [:]
        for step in scenario.steps {
            words[step.id] = step.rubric.filter { !$0.isMisconception }.flatMap(\.keywords).flatMap { keyword in
                keyword.split(separator: " ").map { String($0.replacingOccurrences(of: "*", with: "e").replacingOccurrences(of: "=", with: "")) }
            }
        }
        self.stepWords = words
    }

    /// The transcript of learner `index` (from 0), as the text of a JSON Lines file.
    public func transcript(_ index: Int) -> String {
        var random = SeededRandom(seed: seed &+ UInt64(index) &* 0x2545_F491_4F6C_DD1D)
        // From one keyword in twenty words to one in three.
        let keywordOdds = 3 + Int(random.next() % 18)
        let quitsAfter: Int? = random.next() % 12 == 0 ? Int(random.next() % UInt64(max(1, scenario.steps.count))) : nil
        let cutShort = random.next() % 50 == 0
        let started = Date(timeIntervalSince1970: 1_796_000_000 + Double(index) * 60)
        var engine = DialogueEngine(scenario: scenario, seed: random.next(), evaluator: evaluator)
        let header = TranscriptHeader(
            scenario: reference, learner: "Learner \(index + 1)", started: started, seed: seed, program: "filrouge bench"
        )
        var lines = [TranscriptLineWriter.line(for: .header(header))]
        var seconds = 0.0
        func append(_ events: [DialogueEvent]) {
            for event in events {
                seconds += 7
                lines.append(TranscriptLineWriter.line(for: .event(at: started.addingTimeInterval(seconds), event)))
            }
        }
        append(engine.start())
        var stepsPlayed = 0
        while let step = engine.currentStep, stepsPlayed < 4 * scenario.steps.count {
            if let quitsAfter, engine.results.count >= quitsAfter {
                append([.command(CommandUsed(name: "quit"))] + engine.quit())
                break
            }
            append(engine.submit(reply(for: step.id, keywordOdds: keywordOdds, random: &random)))
            stepsPlayed += 1
        }
        if cutShort, lines.count > 3 {
            // The power went off while the last line was being written.
            lines.removeLast()
            let last = lines.removeLast()
            return (lines + [String(last.prefix(last.count / 2))]).joined(separator: "\n")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func reply(for stepID: String, keywordOdds: Int, random: inout SeededRandom) -> String {
        let keywords = stepWords[stepID] ?? []
        let filler = scenario.language == .fr ? ReplyCorpus.frenchFiller : ReplyCorpus.englishFiller
        let length = wordsPerReply / 2 + Int(random.next() % UInt64(wordsPerReply))
        var words: [String] = []
        words.reserveCapacity(length)
        while words.count < length {
            if !keywords.isEmpty, random.next() % UInt64(keywordOdds) == 0, var word = keywords.randomElement(using: &random) {
                if word.count > 6, random.next() % 4 == 0 { word = ReplyCorpus.misspell(word, &random) }
                words.append(word)
            } else if let word = filler.randomElement(using: &random) {
                words.append(word)
            }
        }
        return words.joined(separator: " ") + "."
    }
}
