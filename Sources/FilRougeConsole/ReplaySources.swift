import FilRougeCore
import Foundation

/// The transcripts named on the command line, read, checked against each other and against the
/// scenario to regrade with, and gathered into a replay script.
public struct ReplaySources {
    public let script: ReplayScript
    /// `file:line: reason` for each damaged line, with the file named as the replay shows it.
    public let damagedLines: [String]

    /// The scenario the transcripts were played with, as given on the command line: the scenario,
    /// its exact text, and how to call it in messages.
    public struct ScenarioSource {
        public var scenario: Scenario
        public var sourceText: String
        public var name: String

        public init(scenario: Scenario, sourceText: String, name: String) {
            self.scenario = scenario
            self.sourceText = sourceText
            self.name = name
        }
    }

    /// - Parameters:
    ///   - scenario: the scenario given on the command line, if any; every transcript must be of it.
    ///   - regrade: grade every reply again with `scenario`.
    /// - Throws: `ConversationRecordFileError` when a file cannot be read, has no header, is of
    ///   another scenario than the first, or of another scenario than the one given.
    public init(paths: [String], anonymize: Bool, scenario: ScenarioSource? = nil, regrade: Bool = false) throws {
        var records: [ConversationRecord] = []
        for (index, path) in paths.enumerated() {
            // Before the headers are read the interface's language is unknown: say which file by position.
            records.append(try ConversationRecordFile.read(path: path, name: anonymize ? "transcript \(index + 1)" : nil))
        }
        let language = records.first?.header?.scenario.language ?? .en
        let names = ReplayLearnerLabels(
            paths: paths, names: records.map { $0.header?.learner }, anonymize: anonymize, text: .forLanguage(language)
        )
        let messageNames = anonymize ? paths.indices.map { "transcript \($0 + 1)" } : paths.map(TerminalSafeText.sanitize)

        if let first = records.first?.header?.scenario {
            for (index, record) in records.enumerated().dropFirst() {
                guard let scenario = record.header?.scenario, let mismatch = ScenarioMismatch.between(scenario, and: first) else { continue }
                let difference = switch mismatch {
                case .otherScenario(let played, let given):
                    "\(messageNames[index]) is a conversation of scenario '\(TerminalSafeText.sanitize(played))', and \(messageNames[0]) of '\(TerminalSafeText.sanitize(given))'"
                case .otherLanguage(let played, let given):
                    "\(messageNames[index]) was played in '\(played.rawValue)', and \(messageNames[0]) in '\(given.rawValue)'"
                }
                throw ConversationRecordFileError(difference + "; replay the transcripts of one scenario together")
            }
        }

        var learners: [ReplayLearner] = []
        for (index, record) in records.enumerated() {
            var learner = ReplayLearner(label: names.labels[index], record: record)
            if let scenario {
                let what = regrade ? "regrade" : "replay"
                let reference = TranscriptHeader.ScenarioReference(scenario: scenario.scenario, sourceText: scenario.sourceText)
                let failure = { (mismatch: ScenarioMismatch) in
                    ConversationRecordFileError("cannot \(what) \(messageNames[index]) with \(TerminalSafeText.sanitize(scenario.name)): \(TerminalSafeText.sanitize(mismatch.description))")
                }
                if let played = record.header?.scenario, let mismatch = ScenarioMismatch.between(played, and: reference) {
                    throw failure(mismatch)
                }
                if regrade {
                    do {
                        learner.regrade = try TranscriptRegrade(record: record, scenario: scenario.scenario, sourceText: scenario.sourceText)
                    } catch {
                        throw failure(error)
                    }
                }
            }
            learners.append(learner)
        }
        script = ReplayScript(learners: learners)
        damagedLines = zip(records, names.fileNames).flatMap { record, name in
            ConversationRecordFile.damagedLineReports(record, name: name)
        }
    }
}
