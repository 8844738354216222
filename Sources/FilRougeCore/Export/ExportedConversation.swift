import Foundation

/// The conversations to export, and the files left out because another holds the same conversation.
public struct ExportCollection: Sendable {
    public var conversations: [ExportedConversation]
    public var duplicates: [Duplicate]

    public struct Duplicate: Equatable, Sendable {
        /// The file left out.
        public var source: String
        /// The file exported instead.
        public var keptSource: String
    }
}

/// A transcript as an export presents it: who, which file, which scenario, and the steps answered.
/// Built from `ConversationRecord`s only, so exports read transcripts the way everything else does.
public struct ExportedConversation: Sendable {
    /// The file the transcript was read from, as named on the command line.
    public var source: String
    /// What the export calls the transcript: its file, or `transcript-N` when anonymized (a file
    /// name can carry the learner's name).
    public var label: String
    public var learner: LearnerIdentity
    public var header: TranscriptHeader
    public var record: ConversationRecord
    /// The conversation's identity: the hex SHA-256 of what its header says (scenario hash and id,
    /// learner, seed, start to the millisecond). A resumed transcript keeps its header, so it
    /// keeps its identity, and re-exports give statements the same ids.
    public var key: String

    /// The turns whose step has an outcome, in the order played.
    public var answeredSteps: [AnsweredStep] {
        record.turns.enumerated().compactMap { index, turn in
            AnsweredStep(turn: turn, index: index)
        }
    }

    /// The transcripts that have a header, in the order given, with their learners named or numbered.
    /// A transcript without a readable header cannot be matched to a scenario and is left out (the
    /// caller reports it). Two files holding the same conversation (a copy, or a copy taken before
    /// the conversation was resumed) are exported once, from the one that goes furthest.
    ///
    /// Anonymized, learners are numbered by `LearnerNumbering` in the order given, copies
    /// included, as replay and digest number them, and files are called `transcript-N` by their
    /// `number`: their place among the files read, from 1.
    public static func collect(_ transcripts: [(source: String, number: Int, record: ConversationRecord)], anonymize: Bool) -> ExportCollection {
        var kept: [(source: String, number: Int, record: ConversationRecord, header: TranscriptHeader, key: String, learner: Int)] = []
        var positions: [String: Int] = [:]
        var duplicates: [ExportCollection.Duplicate] = []
        var numbering = LearnerNumbering()
        for (source, fileNumber, record) in transcripts {
            guard let header = record.header else { continue }
            let learner = numbering.number(for: header.learner)
            let key = identity(of: header)
            guard let position = positions[key] else {
                positions[key] = kept.count
                kept.append((source, fileNumber, record, header, key, learner))
                continue
            }
            if progress(of: record) > progress(of: kept[position].record) {
                duplicates.append(.init(source: kept[position].source, keptSource: source))
                kept[position] = (source, fileNumber, record, header, key, learner)
            } else {
                duplicates.append(.init(source: source, keptSource: kept[position].source))
            }
        }
        let conversations = kept.map { transcript in
            let learner = anonymize
                ? LearnerIdentity(name: nil, number: transcript.learner)
                : LearnerIdentity(name: transcript.header.learner, number: nil)
            return ExportedConversation(
                source: transcript.source, label: anonymize ? AnonymousLabels.transcriptCell(transcript.number) : transcript.source,
                learner: learner, header: transcript.header, record: transcript.record, key: transcript.key
            )
        }
        return ExportCollection(conversations: conversations, duplicates: duplicates)
    }

    /// The same, for transcripts that are all the files read: each file's number is its place in the list.
    public static func collect(_ transcripts: [(source: String, record: ConversationRecord)], anonymize: Bool) -> ExportCollection {
        collect(transcripts.enumerated().map { (source: $1.source, number: $0 + 1, record: $1.record) }, anonymize: anonymize)
    }

    /// How far a conversation went: finished, then the steps completed, then the turns begun.
    private static func progress(of record: ConversationRecord) -> (Int, Int, Int, Int) {
        (record.isComplete ? 1 : 0, record.completedTurns.count, record.turns.count, record.turns.reduce(0) { $0 + $1.replies.count })
    }

    static func identity(of header: TranscriptHeader) -> String {
        let fields = [
            header.scenario.hash, header.scenario.id, header.learner ?? "", String(header.seed),
            String(UTCTimestamp.milliseconds(header.started)),
        ]
        return SHA256.hexDigest(of: Array(fields.joined(separator: "\n").utf8))
    }
}
