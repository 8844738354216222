import ArgumentParser
import FilRougeCore
import Foundation

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure grading speed on a generated corpus of replies (build with -c release).",
        discussion: """
            Generates a deterministic corpus of learner-like replies for the steps of a scenario, grades
            each once on one thread, and prints replies per second and microseconds per reply.
            Example:
              swift build -c release && .build/release/filrouge bench --replies 200000
            """
    )

    @Argument(help: "A scenario file or bundled scenario name.")
    var scenario: String = "alancienne.fr"

    @Option(help: "How many replies to grade.")
    var replies = 100_000

    @Option(help: "About how many words per reply.")
    var words = 40

    @Option(help: "The corpus seed.")
    var seed: UInt64 = 1

    func run() throws {
        let loaded = try ScenarioArgument.loadOrFail(scenario)
        let corpus = ReplyCorpus(scenario: loaded, count: replies, wordsPerReply: words, seed: seed)
        let compileStart = DispatchTime.now()
        let evaluator = RubricEvaluator(scenario: loaded)
        let compileTime = Self.seconds(since: compileStart)
        // One pass to warm caches, then the measured pass.
        for item in corpus.items.prefix(1000) { _ = evaluator.evaluate(item.reply, step: item.step) }
        var met = 0
        let start = DispatchTime.now()
        for item in corpus.items {
            met += evaluator.evaluate(item.reply, step: item.step)?.metConcepts.count ?? 0
        }
        let elapsed = Self.seconds(since: start)
        let count = Double(corpus.items.count)
        Output.line("scenario:        \(loaded.id) (\(loaded.language.rawValue)), \(loaded.steps.count) steps, \(loaded.steps.reduce(0) { $0 + $1.rubric.reduce(0) { $0 + $1.keywords.count } }) keywords")
        Output.line("rubric compile:  \(String(format: "%.2f", compileTime * 1000)) ms")
        Output.line("replies:         \(corpus.items.count), \(corpus.wordCount) words (\(String(format: "%.1f", Double(corpus.wordCount) / count)) per reply)")
        Output.line("concepts met:    \(met)")
        Output.line("time:            \(String(format: "%.3f", elapsed)) s on one thread")
        Output.line("throughput:      \(Int(count / elapsed)) replies/s, \(String(format: "%.2f", elapsed / count * 1_000_000)) µs/reply, \(Int(Double(corpus.wordCount) / elapsed)) words/s")
    }

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000_000
    }
}
