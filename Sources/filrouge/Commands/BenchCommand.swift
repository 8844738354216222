import ArgumentParser
import FilRougeConsole
import FilRougeCore
import Foundation

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure grading or digest speed on generated replies or transcripts (build with -c release).",
        discussion: """
            Generates a deterministic corpus of learner-like replies for the steps of a scenario, grades \
            each once on one thread, and prints replies per second and microseconds per reply.

            With --digest N, instead plays N learners through the scenario with generated replies \
            (deterministic, through the dialogue engine), writes their transcripts, then times \
            `filrouge digest` on them: reading and counting on every core and on one, each format's \
            rendering, and the largest memory the process used.

            Examples:
              swift build -c release && .build/release/filrouge bench --replies 200000
              .build/release/filrouge bench --digest 1000 --words 30
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

    @Option(help: ArgumentHelp("Time the digest of N generated transcripts instead of grading.", valueName: "n"))
    var digest: Int?

    @Option(help: ArgumentHelp("With --digest, the folder to write the transcripts in, kept afterwards (by default a temporary folder, removed).", valueName: "folder"))
    var keep: String?

    @Option(help: ArgumentHelp("Also write the graded replies to this file, one a line (to time other tools on them, as scripts/benchmarks does with wc -w).", valueName: "file"))
    var corpusOut: String?

    func validate() throws {
        if let digest, digest < 1 { throw ValidationError("--digest needs at least 1 transcript") }
        if keep != nil, digest == nil { throw ValidationError("--keep goes with --digest") }
        if corpusOut != nil, digest != nil { throw ValidationError("--corpus-out goes with grading, not --digest") }
    }

    func run() throws {
        if let digest {
            try DigestBenchmark(scenario: scenario, learners: digest, wordsPerReply: words, seed: seed, folder: keep).run()
            return
        }
        let loaded = try ScenarioArgument.loadOrFail(scenario)
        let corpus = ReplyCorpus(scenario: loaded, count: replies, wordsPerReply: words, seed: seed)
        if let corpusOut {
            try TextFileWriter.replace(path: corpusOut, text: corpus.items.map(\.reply).joined(separator: "\n") + "\n")
        }
        let compileStart = DispatchTime.now()
        let evaluator = RubricEvaluator(scenario: loaded)
        // Rubrics are compiled when a step is first graded: grade nothing once a step to time it.
        for step in loaded.steps { _ = evaluator.evaluate("", step: step.id) }
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
        Output.line("scenario:        \(loaded.id) (\(loaded.language.rawValue)), \(CountedNoun.phrase(loaded.steps.count, "step")), \(CountedNoun.phrase(loaded.steps.reduce(0) { $0 + $1.rubric.reduce(0) { $0 + $1.keywords.count } }, "keyword"))")
        Output.line("rubric compile:  \(String(format: "%.2f", compileTime * 1000)) ms")
        Output.line("replies:         \(corpus.items.count), \(CountedNoun.phrase(corpus.wordCount, "word")) (\(String(format: "%.1f", Double(corpus.wordCount) / count)) per reply)")
        Output.line("concepts met:    \(met)")
        Output.line("time:            \(String(format: "%.3f", elapsed)) s on one thread")
        Output.line("throughput:      \(Int(count / elapsed)) replies/s, \(String(format: "%.2f", elapsed / count * 1_000_000)) µs/reply, \(Int(Double(corpus.wordCount) / elapsed)) words/s")
    }

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000_000
    }
}
