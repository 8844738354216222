import Foundation
import Testing
@testable import FilRougeCore

/// Each transcript type refuses a line that lacks any member it must have, and names the member
/// and where its object stands. The lines are built from their members, each test leaving one out.
struct TranscriptMissingKeyTests {
    /// An object of these members, but the one left out.
    static func object(_ members: KeyValuePairs<String, String>, omitting omitted: String? = nil) -> String {
        "{" + members.filter { $0.key != omitted }.map { "\"\($0.key)\":\($0.value)" }.joined(separator: ",") + "}"
    }

    static let at = #""2026-11-29T03:57:23.250Z""#

    static func textRange(omitting key: String? = nil) -> String {
        object(["end": "7", "start": "1"], omitting: key)
    }

    static func evidence(omitting key: String? = nil) -> String {
        object(["attempt": "1", "edits": "0", "keyword": #""k""#, "match": #""word""#, "ranges": "[\(textRange())]", "text": #""t""#], omitting: key)
    }

    static func criterion(omitting key: String? = nil) -> String {
        object([
            "concept": #""c""#, "evidence": "[\(evidence())]", "label": #""l""#, "negated_evidence": "[]", "required": "true",
            "status": #""met""#, "weight": "2",
        ], omitting: key)
    }

    static func bandReason(omitting key: String? = nil) -> String {
        object(["concepts": "[]", "developments": "[]", "lowered_by": "[]", "required_missing": "[]", "rule": #""ideas""#], omitting: key)
    }

    static func replyEvaluation(omitting key: String? = nil) -> String {
        object(["band": #""good""#, "band_reason": bandReason(), "criteria": "[\(criterion())]", "score": "0.75"], omitting: key)
    }

    static func evaluationLine(_ evaluation: String = replyEvaluation(), omitting key: String? = nil) -> String {
        object(["at": at, "attempt": "1", "combined": "false", "evaluation": evaluation, "step": #""s""#, "type": #""evaluation""#], omitting: key)
    }

    static func conceptOutcome(omitting key: String? = nil) -> String {
        object(["concept": #""c""#, "label": #""l""#, "misconception": "false", "status": #""met""#], omitting: key)
    }

    static func stepResult(omitting key: String? = nil) -> String {
        object(["attempts": "1", "band": #""good""#, "criteria": "[\(conceptOutcome())]", "score": "1", "step": #""s""#], omitting: key)
    }

    static func stepCompletedLine(omitting key: String? = nil) -> String {
        object([
            "at": at, "attempts": "1", "band": #""good""#, "criteria": "[\(conceptOutcome())]", "score": "1", "step": #""s""#,
            "type": #""step_completed""#,
        ], omitting: key)
    }

    static func summary(omitting key: String? = nil) -> String {
        object(["band": #""good""#, "score": "1", "steps": "[\(stepResult())]"], omitting: key)
    }

    static func endLine(_ summary: String = summary(), omitting key: String? = nil) -> String {
        object(["at": at, "ending": #""e""#, "reason": #""completed""#, "summary": summary, "type": #""end""#], omitting: key)
    }

    static func scenarioReference(omitting key: String? = nil) -> String {
        object(["hash": #""sha256:00""#, "id": #""x""#, "language": #""fr""#, "title": #""T""#, "version": #""1""#], omitting: key)
    }

    static func headerLine(_ scenario: String = scenarioReference(), omitting key: String? = nil) -> String {
        object([
            "format": "1", "learner": #""Camille""#, "program": #""p""#, "scenario": scenario, "seed": "2", "started": at,
            "type": #""header""#,
        ], omitting: key)
    }

    static func eventLine(_ type: String, _ members: KeyValuePairs<String, String>, omitting key: String? = nil) -> String {
        String(object(["at": at, "type": "\"\(type)\""], omitting: key).dropLast())
            + members.filter { $0.key != key }.map { ",\"\($0.key)\":\($0.value)" }.joined() + "}"
    }

    static let narration: KeyValuePairs<String, String> = ["text": #""t""#]
    static let friend: KeyValuePairs<String, String> = ["band": #""good""#, "kind": #""reaction""#, "step": #""s""#, "text": #""t""#]
    static let question: KeyValuePairs<String, String> = ["follow_up": "false", "step": #""s""#, "text": #""t""#]
    static let reply: KeyValuePairs<String, String> = ["attempt": "1", "step": #""s""#, "text": #""t""#]
    static let hint: KeyValuePairs<String, String> = ["number": "1", "step": #""s""#, "text": #""t""#]
    static let command: KeyValuePairs<String, String> = ["name": #""hint""#]
    static let counters: KeyValuePairs<String, String> = ["changes": #"{"trust":1}"#, "step": #""s""#, "values": #"{"trust":1}"#]
    static let route: KeyValuePairs<String, String> = ["from": #""a""#, "reason": #""r""#, "to": #""b""#]

    /// The reason a line is refused with, or nil when it is read.
    static func refusal(_ line: String) -> String? {
        TranscriptContents(text: line).damaged.first?.reason
    }

    @Test func everyLineIsReadWithAllItsMembers() {
        let lines = [
            Self.evaluationLine(), Self.stepCompletedLine(), Self.endLine(), Self.headerLine(), Self.eventLine("narration", Self.narration),
            Self.eventLine("friend", Self.friend), Self.eventLine("question", Self.question), Self.eventLine("reply", Self.reply),
            Self.eventLine("hint", Self.hint), Self.eventLine("command", Self.command), Self.eventLine("counters", Self.counters),
            Self.eventLine("route", Self.route),
        ]
        for line in lines {
            #expect(Self.refusal(line) == nil, "\(line)")
        }
    }

    @Test(arguments: ["format", "scenario", "started", "seed", "program", "type"])
    func header(key: String) {
        #expect(Self.refusal(Self.headerLine(omitting: key)) == "not a transcript entry (no '\(key)')")
    }

    @Test(arguments: ["id", "title", "version", "language", "hash"])
    func scenarioReference(key: String) {
        #expect(Self.refusal(Self.headerLine(Self.scenarioReference(omitting: key))) == "not a transcript entry (no '\(key)' in 'scenario')")
    }

    @Test(arguments: ["at", "type", "text"])
    func narration(key: String) {
        #expect(Self.refusal(Self.eventLine("narration", Self.narration, omitting: key)) == "not a transcript entry (no '\(key)')")
    }

    @Test(arguments: ["at", "type", "kind", "step", "text"])
    func friend(key: String) {
        #expect(Self.refusal(Self.eventLine("friend", Self.friend, omitting: key)) == "not a transcript entry (no '\(key)')")
    }

    @Test(arguments: ["at", "type", "step", "text", "follow_up"])
    func question(key: String) {
        #expect(Self.refusal(Self.eventLine("question", Self.question, omitting: key)) == "not a transcript entry (no '\(key)')")
    }

    @Test(arguments: ["at", "type", "step", "attempt", "text"])
    func reply(key: String) {
        #expect(Self.refusal(Self.eventLine("reply", Self.reply, omitting: key)) == "not a transcript entry (no '\(key)')")
    }

    @Test(arguments: ["at", "type", "step", "attempt", "combined", "evaluation"])
    func evaluation(key: String) {
        #expect(Self.refusal(Self.evaluationLine(omitting: key)) == "not a transcript entry (no '\(key)')")
    }

    @Test(arguments: ["score", "band", "criteria"])
    func replyEvaluation(key: String) {
        #expect(Self.refusal(Self.evaluationLine(Self.replyEvaluation(omitting: key))) == "not a transcript entry (no '\(key)' in 'evaluation')")
    }

    @Test(arguments: ["concept", "label", "weight", "required", "status", "evidence", "negated_evidence"])
    func criterionResult(key: String) {
        let evaluation = Self.object(["band": #""good""#, "criteria": "[\(Self.criterion(omitting: key))]", "score": "0.75"])
        #expect(Self.refusal(Self.evaluationLine(evaluation)) == "not a transcript entry (no '\(key)' in 'evaluation.criteria[0]')")
    }

    @Test(arguments: ["attempt", "ranges", "text", "keyword", "match", "edits"])
    func evidence(key: String) {
        let criterion = Self.object([
            "concept": #""c""#, "evidence": "[\(Self.evidence(omitting: key))]", "label": #""l""#, "negated_evidence": "[]", "required": "true",
            "status": #""met""#, "weight": "2",
        ])
        let evaluation = Self.object(["band": #""good""#, "criteria": "[\(criterion)]", "score": "0.75"])
        #expect(Self.refusal(Self.evaluationLine(evaluation)) == "not a transcript entry (no '\(key)' in 'evaluation.criteria[0].evidence[0]')")
    }

    @Test(arguments: ["start", "end"])
    func textRange(key: String) {
        let evidence = Self.object([
            "attempt": "1", "edits": "0", "keyword": #""k""#, "match": #""word""#, "ranges": "[\(Self.textRange(omitting: key))]", "text": #""t""#,
        ])
        let criterion = Self.object([
            "concept": #""c""#, "evidence": "[\(evidence)]", "label": #""l""#, "negated_evidence": "[]", "required": "true",
            "status": #""met""#, "weight": "2",
        ])
        let evaluation = Self.object(["band": #""good""#, "criteria": "[\(criterion)]", "score": "0.75"])
        #expect(Self.refusal(Self.evaluationLine(evaluation)) == "not a transcript entry (no '\(key)' in 'evaluation.criteria[0].evidence[0].ranges[0]')")
    }

    @Test(arguments: ["rule", "concepts", "developments", "required_missing", "lowered_by"])
    func bandReason(key: String) {
        let evaluation = Self.object(["band": #""good""#, "band_reason": Self.bandReason(omitting: key), "criteria": "[]", "score": "0.75"])
        #expect(Self.refusal(Self.evaluationLine(evaluation)) == "not a transcript entry (no '\(key)' in 'evaluation.band_reason')")
    }

    @Test(arguments: ["at", "type", "step", "number"])
    func hint(key: String) {
        #expect(Self.refusal(Self.eventLine("hint", Self.hint, omitting: key)) == "not a transcript entry (no '\(key)')")
    }

    @Test(arguments: ["at", "type", "name"])
    func command(key: String) {
        #expect(Self.refusal(Self.eventLine("command", Self.command, omitting: key)) == "not a transcript entry (no '\(key)')")
    }

    @Test(arguments: ["at", "type", "step", "changes", "values"])
    func counters(key: String) {
        #expect(Self.refusal(Self.eventLine("counters", Self.counters, omitting: key)) == "not a transcript entry (no '\(key)')")
    }

    @Test(arguments: ["at", "type", "from", "to", "reason"])
    func route(key: String) {
        #expect(Self.refusal(Self.eventLine("route", Self.route, omitting: key)) == "not a transcript entry (no '\(key)')")
    }

    @Test(arguments: ["at", "type", "step", "score", "band", "attempts", "criteria"])
    func stepCompleted(key: String) {
        #expect(Self.refusal(Self.stepCompletedLine(omitting: key)) == "not a transcript entry (no '\(key)')")
    }

    @Test(arguments: ["concept", "label", "status", "misconception"])
    func conceptOutcome(key: String) {
        let line = Self.object([
            "at": Self.at, "attempts": "1", "band": #""good""#, "criteria": "[\(Self.conceptOutcome(omitting: key))]", "score": "1",
            "step": #""s""#, "type": #""step_completed""#,
        ])
        #expect(Self.refusal(line) == "not a transcript entry (no '\(key)' in 'criteria[0]')")
    }

    @Test(arguments: ["at", "type", "reason", "summary"])
    func end(key: String) {
        #expect(Self.refusal(Self.endLine(omitting: key)) == "not a transcript entry (no '\(key)')")
    }

    @Test(arguments: ["steps", "score", "band"])
    func conversationSummary(key: String) {
        #expect(Self.refusal(Self.endLine(Self.summary(omitting: key))) == "not a transcript entry (no '\(key)' in 'summary')")
    }

    @Test(arguments: ["step", "score", "band", "attempts", "criteria"])
    func stepResultInASummary(key: String) {
        let summary = Self.object(["band": #""good""#, "score": "1", "steps": "[\(Self.stepResult(omitting: key))]"])
        #expect(Self.refusal(Self.endLine(summary)) == "not a transcript entry (no '\(key)' in 'summary.steps[0]')")
    }
}
