import Foundation

/// The xAPI export: one `answered` statement per answered step, one `completed` statement per
/// conversation that reached an ending and one `suspended` statement per conversation left before
/// it, as a JSON array ready to be sent to a learning record store.
///
/// The statements carry everything a florilège is made of, so that `XAPIConversations` can read a
/// cohort back from the store (docs/xapi.md): the reply, score and step in xAPI's own places; the
/// band, criteria, the final grade with its evidence, the hints and the turn in extensions.
public struct XAPIExport: Sendable {
    /// The IRI activity ids start with: a scenario is `BASE/scenarios/ID`, a step
    /// `BASE/scenarios/ID/steps/STEP`, and the export's extensions are `BASE/xapi/extensions/NAME`.
    public var activityBase: String
    /// The `homePage` of the learners' accounts: the system their names (or numbers) belong to.
    public var homePage: String

    public static let defaultActivityBase = "https://filrouge.example"

    /// The namespace of the statements' name-based UUIDs.
    public static let namespace = NameBasedUUID.version5(namespace: NameBasedUUID.urlNamespace, name: "https://filrouge.example/xapi/statements") ?? NameBasedUUID.urlNamespace

    public init(activityBase: String = XAPIExport.defaultActivityBase, homePage: String? = nil) {
        let base = activityBase.hasSuffix("/") ? String(activityBase.dropLast()) : activityBase
        self.activityBase = base
        self.homePage = homePage ?? base
    }

    public func statements(_ conversations: [ExportedConversation]) -> [XAPIStatement] {
        conversations.flatMap { conversation in
            var statements = conversation.answeredSteps.map { answered($0, in: conversation) }
            if let finished = finished(conversation) { statements.append(finished) }
            return statements
        }
    }

    /// The statements as a JSON array, keys sorted, two-space indented, ending with a line break.
    public func render(_ conversations: [ExportedConversation]) -> String {
        ReportJSON.text(of: statements(conversations), fallback: "[]") + "\n"
    }

    // MARK: Statements

    func answered(_ step: AnsweredStep, in conversation: ExportedConversation) -> XAPIStatement {
        let language = conversation.header.scenario.language.rawValue
        var extensions: [String: XAPIStatement.ExtensionValue] = [
            extensionIRI(XAPIExtension.band): .text(step.band.rawValue),
            extensionIRI(XAPIExtension.criteriaMet): .list(step.criteriaMet),
            extensionIRI(XAPIExtension.attempts): .number(step.attempts),
        ]
        if !step.criteriaNegated.isEmpty { extensions[extensionIRI(XAPIExtension.criteriaNegated)] = .list(step.criteriaNegated) }
        if !step.misconceptionsMet.isEmpty { extensions[extensionIRI(XAPIExtension.misconceptionsMet)] = .list(step.misconceptionsMet) }
        if let evaluation = step.evaluation { extensions[extensionIRI(XAPIExtension.evaluation)] = .evaluation(evaluation) }
        if !step.hints.isEmpty { extensions[extensionIRI(XAPIExtension.hints)] = .list(step.hints) }
        let actor = actor(conversation)
        return XAPIStatement(
            id: statementID(conversation, actor: actor, part: "step\n\(step.index)\n\(step.step)\n\(step.attempts)"),
            actor: actor,
            verb: .answered,
            object: XAPIStatement.Activity(
                id: stepIRI(conversation.header.scenario.id, step.step),
                definition: XAPIStatement.Definition(
                    name: [language: step.step],
                    description: step.question.map { [language: $0] },
                    type: "http://adlnet.gov/expapi/activities/cmi.interaction",
                    interactionType: "long-fill-in"
                )
            ),
            result: XAPIStatement.Result(
                score: score(step.score), success: step.band == .good, completion: true, response: step.reply,
                extensions: extensions
            ),
            context: context(conversation, parent: true, turn: step.index),
            timestamp: UTCTimestamp.string(step.answered ?? conversation.header.started)
        )
    }

    /// How the conversation finished: `completed` when it reached an ending, `suspended` when it was
    /// left before (it may be resumed, and then finish again with a statement of its own); nil
    /// while it has not finished.
    func finished(_ conversation: ExportedConversation) -> XAPIStatement? {
        guard let finished = conversation.record.finished else { return nil }
        let completed = finished.reason == .completed
        var extensions: [String: XAPIStatement.ExtensionValue] = [extensionIRI(XAPIExtension.band): .text(finished.summary.band.rawValue)]
        if let ending = finished.ending { extensions[extensionIRI(XAPIExtension.ending)] = .text(ending) }
        if !completed, let last = conversation.record.turns.last, last.result == nil {
            extensions[extensionIRI(XAPIExtension.stoppedAt)] = .text(last.step)
        }
        let actor = actor(conversation)
        let at = conversation.record.finishedAt ?? conversation.header.started
        return XAPIStatement(
            // A conversation left twice is suspended twice: the moment tells the two apart.
            id: statementID(conversation, actor: actor, part: completed ? "completed" : "suspended\n\(UTCTimestamp.milliseconds(at))"),
            actor: actor,
            verb: completed ? .completed : .suspended,
            object: scenarioActivity(conversation.header.scenario),
            result: XAPIStatement.Result(
                score: score(finished.summary.score), success: finished.summary.band == .good, completion: completed,
                response: nil, extensions: extensions
            ),
            context: context(conversation, parent: false, turn: nil),
            timestamp: UTCTimestamp.string(at)
        )
    }

    // MARK: Parts

    func actor(_ conversation: ExportedConversation) -> XAPIStatement.Agent {
        if let number = conversation.learner.number {
            return XAPIStatement.Agent(
                name: AnonymousLabels.learner(number, in: conversation.header.scenario.language),
                account: .init(homePage: homePage, name: AnonymousLabels.account(number))
            )
        }
        if let name = conversation.learner.name, !name.isEmpty {
            return XAPIStatement.Agent(name: name, account: .init(homePage: homePage, name: name))
        }
        // No name was given: the conversation's identity stands for its unknown learner.
        return XAPIStatement.Agent(name: nil, account: .init(homePage: homePage, name: "unnamed-" + conversation.key.prefix(12)))
    }

    /// A statement's id is the UUID of everything its content follows from, so that the same
    /// statement always gets the same id and a different one never does (a store refuses a known id
    /// with other content): the conversation; the activity base and the account, since an
    /// anonymized export numbers learners by the files exported together; and for a step, its turn
    /// and its number of replies, since a step left during its follow-up and resumed later is
    /// graded again.
    func statementID(_ conversation: ExportedConversation, actor: XAPIStatement.Agent, part: String) -> String {
        let name = [conversation.key, activityBase, actor.account.homePage, actor.account.name, part].joined(separator: "\n")
        return NameBasedUUID.version5(namespace: Self.namespace, name: name) ?? Self.namespace
    }

    func context(_ conversation: ExportedConversation, parent: Bool, turn: Int?) -> XAPIStatement.Context {
        let reference = conversation.header.scenario
        var extensions: [String: XAPIStatement.ExtensionValue] = [
            extensionIRI(XAPIExtension.scenarioVersion): .text(reference.version),
            extensionIRI(XAPIExtension.scenarioHash): .text(reference.hash),
            extensionIRI(XAPIExtension.conversationStarted): .text(UTCTimestamp.string(conversation.header.started)),
        ]
        if let turn { extensions[extensionIRI(XAPIExtension.turn)] = .number(turn) }
        return XAPIStatement.Context(
            registration: NameBasedUUID.version5(namespace: Self.namespace, name: "registration\n" + conversation.key) ?? Self.namespace,
            contextActivities: parent ? XAPIStatement.ContextActivities(parent: [scenarioActivity(reference)]) : nil,
            platform: conversation.header.program,
            language: reference.language.rawValue,
            extensions: extensions
        )
    }

    func scenarioActivity(_ reference: TranscriptHeader.ScenarioReference) -> XAPIStatement.Activity {
        XAPIStatement.Activity(
            id: scenarioIRI(reference.id),
            definition: XAPIStatement.Definition(
                name: [reference.language.rawValue: reference.title], description: nil,
                type: "http://adlnet.gov/expapi/activities/simulation", interactionType: nil
            )
        )
    }

    func score(_ value: Double) -> XAPIStatement.Score {
        let clamped = min(max(value, 0), 1)
        return XAPIStatement.Score(
            scaled: ScoreText.rounded(clamped, places: 4), raw: ScoreText.rounded(clamped * 100, places: 2), min: 0, max: 100
        )
    }

    public func scenarioIRI(_ id: String) -> String {
        activityBase + "/scenarios/" + IRIPath.segment(id)
    }

    func stepIRI(_ scenario: String, _ step: String) -> String {
        scenarioIRI(scenario) + "/steps/" + IRIPath.segment(step)
    }

    public func extensionIRI(_ name: String) -> String {
        activityBase + "/xapi/extensions/" + name
    }
}

/// A path segment of an IRI: ids are made of ASCII letters, digits, `-` and `_` (the identifier
/// rule), but a transcript can be edited by hand, so anything else is percent-encoded, and an id can
/// never break the IRI or make a store that checks URIs refuse it.
enum IRIPath {
    static func segment(_ text: String) -> String {
        var allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
