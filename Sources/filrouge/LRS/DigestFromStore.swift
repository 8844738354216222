import FilRougeConsole
import FilRougeCore
import Foundation

/// `digest --lrs URL`: the florilège of a cohort read from a learning record store, built by the
/// same `DigestBuilder` as from transcript files, so that the two are the same document.
struct DigestFromStore {
    var connection: LRSConnection
    /// The base of the activity ids the statements were sent with.
    var activityBase = XAPIExport.defaultActivityBase
    var scenario: String?
    var anonymize = false
    var bestReplies = 3
    /// The replies a facilitator pinned or hid (`--choices`), named by the learners' names or,
    /// with `file:`, by their accounts in the store.
    var choices = ReplyChoices.none

    func run() throws -> DigestReading.Outcome {
        var builder: DigestBuilder?
        var wanted: TranscriptHeader.ScenarioReference?
        if let scenario {
            let argument = try ScenarioArgument.resolve(scenario)
            let loaded = try argument.load()
            let reference = TranscriptHeader.ScenarioReference(scenario: loaded, sourceText: argument.text)
            builder = DigestBuilder(scenario: loaded, reference: reference, anonymize: anonymize)
            wanted = reference
        }
        let cohort = try LRSCohort.read(connection: connection, activityBase: activityBase, scenario: wanted)
        if builder == nil {
            builder = try DigestReading.builder(for: cohort.reference, anonymize: anonymize)
        }
        guard var builder else { throw CommandFailure("no scenario to digest") }
        for conversation in cohort.conversations {
            builder.add(conversation.record, fallbackName: conversation.account)
        }
        // Counted as skipped, as transcripts of other scenarios are; said once per scenario in the notes.
        for conversation in cohort.others {
            if let header = conversation.record.header, let reason = SkipReason.mismatch(of: header, with: builder.reference) {
                builder.skip(reason)
            }
        }
        return DigestReading.Outcome(
            digest: builder.digest(bestReplies: bestReplies, choices: choices), notes: cohort.notes,
            choiceWarnings: builder.warnings(about: choices)
        )
    }
}
