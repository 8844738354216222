import Foundation

/// A cohort read back from a learning record store: the statements `XAPIExport` wrote, gathered by
/// conversation (their `registration`) into the `ConversationRecord`s the digest and the export read
/// from transcripts, so that a florilège made from the store is the one made from the files.
///
/// What a statement gives back: the step from its activity, the question from the activity's
/// description, the replies from `result.response` (one per line: a reply is one line), the final
/// grade with its evidence, the hints and the turn from extensions, and how the conversation
/// finished from its `completed` or `suspended` statement (the latest, should it have been left
/// and resumed). What no statement holds is not made up: the friend's lines, the route taken, the
/// seed (0).
public struct XAPIConversations: Sendable {
    /// The base of the activity ids and extensions to read (`XAPIExport.activityBase`).
    public let export: XAPIExport
    private var gathered: [String: Gathered] = [:]
    private var registrations: [String] = []
    private var statementIDs: Set<String> = []
    /// Statements that are not Fil Rouge's (other activities, other shapes), or whose scenario or
    /// grade cannot be read.
    public private(set) var otherStatements = 0
    /// Statements read twice (a store that pages over a statement twice): counted once.
    public private(set) var repeatedStatements = 0

    /// One scenario, as the store's statements name it, with how many statements and conversations
    /// of it were read.
    public struct ScenarioCount: Equatable, Sendable {
        public var reference: TranscriptHeader.ScenarioReference
        public var statements: Int
        public var conversations: Int
    }

    /// One conversation read back: its record, and the account its learner's statements name
    /// (`learner-3`, or `unnamed-…` for a learner who gave no name), which stands for the file
    /// name a transcript has.
    public struct Conversation: Sendable {
        public var record: ConversationRecord
        public var account: String
    }

    private struct Gathered: Sendable {
        var reference: TranscriptHeader.ScenarioReference
        var account: String
        var learner: String?
        var started: Date?
        var platform: String
        var statements = 0
        /// By turn, the latest statement of each.
        var turns: [Int: (turn: ConversationRecord.Turn, at: Date)] = [:]
        var finished: (finished: Finished, at: Date)?
        /// The step asked and left unanswered when the latest `suspended` statement was made.
        var stoppedAt: String?
        /// The latest statement's time.
        var lastAt: Date?
    }

    public init(export: XAPIExport) {
        self.export = export
    }

    /// Adds a statement; false when it is not one of Fil Rouge's statements (then counted in
    /// `otherStatements`).
    @discardableResult
    public mutating func add(_ statement: XAPIStatement) -> Bool {
        guard statementIDs.insert(statement.id.lowercased()).inserted else {
            repeatedStatements += 1
            return true
        }
        guard let reference = scenario(of: statement), let at = TranscriptDate.parse(statement.timestamp) else {
            otherStatements += 1
            return false
        }
        var conversation = gathered[statement.context.registration] ?? Gathered(
            reference: reference, account: statement.actor.account.name, learner: learner(statement.actor),
            started: extensionText(statement.context.extensions, XAPIExtension.conversationStarted).flatMap(TranscriptDate.parse),
            platform: statement.context.platform
        )
        guard conversation.reference == reference else {
            // One registration is one conversation, of one scenario: anything else is not ours.
            otherStatements += 1
            return false
        }
        switch statement.verb.id {
        case XAPIStatement.Verb.answered.id:
            guard let (index, turn) = turn(from: statement, at: at) else {
                otherStatements += 1
                return false
            }
            if let known = conversation.turns[index], known.at > at { break }
            conversation.turns[index] = (turn, at)
        case XAPIStatement.Verb.completed.id, XAPIStatement.Verb.suspended.id:
            if let known = conversation.finished, known.at > at { break }
            conversation.finished = (finished(from: statement), at)
            conversation.stoppedAt = extensionText(statement.result.extensions, XAPIExtension.stoppedAt)
        default:
            otherStatements += 1
            return false
        }
        conversation.statements += 1
        conversation.lastAt = max(conversation.lastAt ?? at, at)
        if gathered[statement.context.registration] == nil { registrations.append(statement.context.registration) }
        gathered[statement.context.registration] = conversation
        return true
    }

    /// The scenarios read, with the most statements first (ties: the first read first).
    public var scenarios: [ScenarioCount] {
        var counts: [ScenarioCount] = []
        for registration in registrations {
            guard let conversation = gathered[registration] else { continue }
            if let index = counts.firstIndex(where: { $0.reference == conversation.reference }) {
                counts[index].statements += conversation.statements
                counts[index].conversations += 1
            } else {
                counts.append(ScenarioCount(reference: conversation.reference, statements: conversation.statements, conversations: 1))
            }
        }
        return counts.enumerated().sorted { $0.element.statements != $1.element.statements ? $0.element.statements > $1.element.statements : $0.offset < $1.offset }
            .map(\.element)
    }

    /// The conversations read, each as the record of a transcript, in the order they began (then by
    /// learner): a store keeps no file names to order them by; only those of `scenario` when given.
    public func conversations(of scenario: TranscriptHeader.ScenarioReference? = nil) -> [Conversation] {
        let read: [Conversation] = registrations.compactMap { registration in
            guard let conversation = gathered[registration] else { return nil }
            if let scenario, conversation.reference != scenario { return nil }
            let ordered = conversation.turns.sorted { $0.key < $1.key }
            var turns = ordered.map(\.value.turn)
            let firstAt = ordered.first?.value.at ?? conversation.finished?.at ?? Date(timeIntervalSince1970: 0)
            let header = TranscriptHeader(
                scenario: conversation.reference, learner: conversation.learner, started: conversation.started ?? firstAt,
                seed: 0, program: conversation.platform
            )
            var finished = conversation.finished?.finished
            // The summary lists the steps completed, as the engine's does, and its score is their
            // mean, as the engine makes it (the statement's is rounded); the band is the statement's.
            let results = turns.compactMap(\.result)
            finished?.summary.steps = results
            if !results.isEmpty { finished?.summary.score = results.reduce(0) { $0 + $1.score } / Double(results.count) }
            // The step asked when the learner left, which no answer records.
            if let step = conversation.stoppedAt { turns.append(ConversationRecord.Turn(step: step)) }
            var record = ConversationRecord(header: header, turns: turns, finished: finished, finishedAt: conversation.finished?.at)
            record.firstEventAt = conversation.started ?? firstAt
            record.lastEventAt = conversation.lastAt
            return Conversation(record: record, account: conversation.account)
        }
        return read.enumerated().sorted { left, right in
            let (a, b) = (left.element.record.header?.started ?? .distantPast, right.element.record.header?.started ?? .distantPast)
            if a != b { return a < b }
            if left.element.account != right.element.account { return left.element.account < right.element.account }
            return left.offset < right.offset
        }.map(\.element)
    }

    // MARK: Reading one statement

    /// The scenario a statement belongs to: the activity it is about (`completed`, `suspended`) or
    /// the parent of its step (`answered`), with the version, text hash and language its context gives.
    private func scenario(of statement: XAPIStatement) -> TranscriptHeader.ScenarioReference? {
        let prefix = export.activityBase + "/scenarios/"
        let activity = statement.verb.id == XAPIStatement.Verb.answered.id ? statement.context.contextActivities?.parent.first : statement.object
        guard let activity, activity.id.hasPrefix(prefix),
              let id = segment(activity.id.dropFirst(prefix.count)),
              let language = Language(rawValue: statement.context.language),
              let version = extensionText(statement.context.extensions, XAPIExtension.scenarioVersion),
              let hash = extensionText(statement.context.extensions, XAPIExtension.scenarioHash)
        else { return nil }
        let title = activity.definition?.name[language.rawValue] ?? activity.definition?.name.values.first ?? id
        return TranscriptHeader.ScenarioReference(id: id, title: title, version: version, language: language, hash: hash)
    }

    /// A step's turn from its `answered` statement, with its position in the conversation.
    private func turn(from statement: XAPIStatement, at: Date) -> (Int, ConversationRecord.Turn)? {
        let result = statement.result
        guard let parent = statement.context.contextActivities?.parent.first,
              statement.object.id.hasPrefix(parent.id + "/steps/"),
              let step = segment(statement.object.id.dropFirst(parent.id.count + "/steps/".count)),
              case .evaluation(let evaluation)? = result.extensions?[export.extensionIRI(XAPIExtension.evaluation)],
              case .number(let index)? = statement.context.extensions?[export.extensionIRI(XAPIExtension.turn)]
        else { return nil }
        var turn = ConversationRecord.Turn(step: step)
        turn.question = statement.object.definition?.description?[statement.context.language]
        let replies = result.response.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) } ?? []
        turn.replies = replies.enumerated().map { Reply(step: step, attempt: $0.offset + 1, text: $0.element) }
        var attempts = max(1, replies.count)
        if case .number(let recorded)? = result.extensions?[export.extensionIRI(XAPIExtension.attempts)] { attempts = recorded }
        turn.evaluations = [EvaluationEvent(step: step, attempt: attempts, combined: attempts > 1, evaluation: evaluation)]
        if case .list(let hints)? = result.extensions?[export.extensionIRI(XAPIExtension.hints)] {
            turn.hints = hints.enumerated().map { HintGiven(step: step, number: $0.offset + 1, text: $0.element.isEmpty ? nil : $0.element) }
        }
        turn.result = StepResult(step: step, evaluation: evaluation, attempts: attempts)
        turn.completed = at
        return (index, turn)
    }

    /// How a conversation finished, from its `completed` or `suspended` statement.
    private func finished(from statement: XAPIStatement) -> Finished {
        let extensions = statement.result.extensions
        let band = extensionText(extensions, XAPIExtension.band).flatMap(Band.init(rawValue:)) ?? .missed
        return Finished(
            reason: statement.verb.id == XAPIStatement.Verb.completed.id ? .completed : .quit,
            ending: extensionText(extensions, XAPIExtension.ending),
            summary: ConversationSummary(steps: [], score: statement.result.score.scaled, band: band)
        )
    }

    /// The learner's name, or nil for a conversation whose learner gave none (`XAPIExport.actor`).
    private func learner(_ actor: XAPIStatement.Agent) -> String? {
        guard let name = actor.name, !name.isEmpty else { return nil }
        return name
    }

    private func extensionText(_ extensions: [String: XAPIStatement.ExtensionValue]?, _ name: String) -> String? {
        guard case .text(let text)? = extensions?[export.extensionIRI(name)] else { return nil }
        return text
    }

    /// An id from its IRI path segment (`IRIPath.segment`), or nil when more than one segment follows.
    private func segment(_ text: Substring) -> String? {
        guard !text.isEmpty, !text.contains("/") else { return nil }
        return String(text).removingPercentEncoding
    }
}
