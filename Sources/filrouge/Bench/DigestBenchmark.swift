import ArgumentParser
import FilRougeConsole
import FilRougeCore
import Foundation

/// `filrouge bench --digest N`: writes the transcripts of N generated learners, then times their
/// digest as `filrouge digest` makes it, on every core and on one, and each format's rendering.
struct DigestBenchmark {
    var scenario: String
    var learners: Int
    var wordsPerReply: Int
    var seed: UInt64
    /// Where to write the transcripts, kept; nil for a temporary folder, removed at the end.
    var folder: String?

    func run() throws {
        let (argument, loaded) = try ScenarioArgument.resolveAndLoadOrFail(scenario)
        let directory = folder.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("filrouge-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { if folder == nil { try? FileManager.default.removeItem(at: directory) } }

        let cohort = SyntheticCohort(scenario: loaded, sourceText: argument.text, seed: seed, wordsPerReply: wordsPerReply)
        let generationStart = DispatchTime.now()
        var bytes = 0
        let digits = String(learners).count
        for index in 0..<learners {
            let text = cohort.transcript(index)
            bytes += text.utf8.count
            let number = String(index + 1)
            let name = "learner-" + String(repeating: "0", count: digits - number.count) + number + ".jsonl"
            try TextFileWriter.replace(path: directory.appendingPathComponent(name).path, text: text)
        }
        let generation = BenchCommand.seconds(since: generationStart)

        let reading = DigestReading(scenario: scenario, anonymize: false, bestReplies: 3, concurrently: true)
        let concurrentStart = DispatchTime.now()
        let concurrentCPUStart = Self.processorSeconds()
        let outcome = try reading.run(arguments: [directory.path])
        let concurrent = BenchCommand.seconds(since: concurrentStart)
        let concurrentCPU = Self.processorSeconds() - concurrentCPUStart
        var oneThread = reading
        oneThread.concurrently = false
        let sequentialStart = DispatchTime.now()
        let sequentialCPUStart = Self.processorSeconds()
        _ = try oneThread.run(arguments: [directory.path])
        let sequential = BenchCommand.seconds(since: sequentialStart)
        let sequentialCPU = Self.processorSeconds() - sequentialCPUStart

        var renderings: [String] = []
        var renderTotal = 0.0
        for format in DigestFormat.allCases {
            let start = DispatchTime.now()
            let document = format.render(outcome.digest)
            let time = BenchCommand.seconds(since: start)
            renderTotal += time
            renderings.append("\(format.rawValue) \(Self.milliseconds(time)) (\(document.utf8.count / 1024) KB)")
        }
        let digest = outcome.digest
        let answers = digest.steps.reduce(0) { $0 + $1.answered.count }
        Output.line("scenario:        \(loaded.id) (\(loaded.language.rawValue)), \(CountedNoun.phrase(loaded.steps.count, "step"))")
        Output.line("transcripts:     \(learners) generated in \(String(format: "%.2f", generation)) s, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MB, \(CountedNoun.phrase(answers, "step")) answered\(folder.map { " (kept in \($0))" } ?? "")")
        Output.line("digested:        \(digest.learners) read, \(digest.transcripts.skippedCount) skipped, \(CountedNoun.phrase(digest.transcripts.damagedLines, "damaged line"))")
        Output.line("read and count:  \(String(format: "%.3f", concurrent)) s on \(UsableCores.count == 1 ? "1 core" : "\(UsableCores.count) cores") (processor time \(String(format: "%.3f", concurrentCPU)) s), \(String(format: "%.3f", sequential)) s on one (processor time \(String(format: "%.3f", sequentialCPU)) s)")
        Output.line("render:          \(renderings.joined(separator: ", "))")
        Output.line("digest total:    \(String(format: "%.3f", concurrent + renderTotal)) s (read, count and render all four formats)")
        Output.line("memory:          \(Self.maximumResidentMegabytes()) MB at most (resident)")
    }

    static func milliseconds(_ seconds: Double) -> String {
        "\(String(format: "%.1f", seconds * 1000)) ms"
    }

    /// The processor time the process has used so far, user and system, on all its threads: on a
    /// busy machine it says more about the work done than the time on the clock.
    static func processorSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1_000_000
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1_000_000
        return user + system
    }

    /// The largest resident size the process has had, in megabytes (Linux counts it in kilobytes).
    static func maximumResidentMegabytes() -> Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss / 1024
        #else
        getrusage(RUSAGE_SELF, &usage)
        return usage.ru_maxrss / 1_048_576
        #endif
    }
}
