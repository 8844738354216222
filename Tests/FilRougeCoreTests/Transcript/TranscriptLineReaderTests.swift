import Foundation
import Testing
@testable import FilRougeCore

/// Transcript lines read by `TranscriptLineReader`, each against the entry or the reason stated
/// here: lines as this program writes them, lines written otherwise that are entries all the same,
/// and lines refused, with why.
struct TranscriptLineReaderTests {
    static let at = #""at":"2026-11-29T03:57:23.250Z""#
    static let date = Date(timeIntervalSince1970: 1_795_924_643.25)

    /// The entry a line holds, or the reason its transcript gives for refusing it.
    static func read(_ line: String) -> Result<TranscriptEntry, TranscriptReadingRefusal> {
        let contents = TranscriptContents(text: line)
        if let damaged = contents.damaged.first { return .failure(TranscriptReadingRefusal(reason: damaged.reason)) }
        if let header = contents.header { return .success(.header(header)) }
        guard let timed = contents.events.first else { return .failure(TranscriptReadingRefusal(reason: "nothing read")) }
        return .success(.event(at: timed.at, timed.event))
    }

    static let evaluation = ReplyEvaluation(
        score: 0.75, band: .good,
        criteria: [
            CriterionResult(
                concept: "visibilite", label: "être visible", weight: 2, required: true, status: .met,
                evidence: [
                    Evidence(attempt: 1, ranges: [TextRange(start: 3, end: 10)], text: "linkdin", keyword: "linkedin", match: .typo, detail: "linkdin ≈ linkedin (1 edit)", edits: 1),
                ]
            ),
            CriterionResult(
                concept: "prix", label: "baisser les prix", weight: -1.5, required: false, status: .negated, evidence: [],
                negatedEvidence: [Evidence(attempt: 2, ranges: [TextRange(start: 0, end: 4), TextRange(start: 5, end: 9)], text: "prix bas", keyword: "prix bas", match: .phrase)]
            ),
        ],
        reason: BandReason(rule: .ideas, concepts: ["visibilite"], requiredMissing: ["rdv"], before: .partial)
    )

    /// Every kind of line, as this program writes it, and the entry it holds.
    static let written: [(line: String, entry: TranscriptEntry)] = [
        (
            #"{"format":1,"learner":"Camille","program":"filrouge 0.1.0","scenario":{"hash":"sha256:5d24","id":"alancienne","language":"en","title":"Mr Alancienne's firm","version":"1.0"},"seed":2,"started":"2026-11-29T03:57:23.250Z","type":"header"}"#,
            .header(TranscriptHeader(
                scenario: .init(id: "alancienne", title: "Mr Alancienne's firm", version: "1.0", language: .en, hash: "sha256:5d24"),
                learner: "Camille", started: date, seed: 2, program: "filrouge 0.1.0"
            ))
        ),
        (#"{\#(at),"text":"Il était une fois.","type":"narration"}"#, .event(at: date, .narration(Narration(text: "Il était une fois.")))),
        (
            #"{\#(at),"band":"partial","kind":"reaction","step":"s","text":"Hmm.","type":"friend"}"#,
            .event(at: date, .friendLine(FriendLine(kind: .reaction, step: "s", text: "Hmm.", band: .partial)))
        ),
        (
            #"{\#(at),"follow_up":true,"step":"s","text":"Why?","type":"question"}"#,
            .event(at: date, .question(Question(step: "s", text: "Why?", followUp: true)))
        ),
        (
            #"{\#(at),"attempt":2,"step":"s","text":"Oui / non, \"vraiment\"\\\n","type":"reply"}"#,
            .event(at: date, .reply(Reply(step: "s", attempt: 2, text: "Oui / non, \"vraiment\"\\\n")))
        ),
        (
            #"{\#(at),"attempt":1,"combined":false,"evaluation":{"band":"good","band_reason":{"before":"partial","concepts":["visibilite"],"developments":[],"lowered_by":[],"required_missing":["rdv"],"rule":"ideas"},"criteria":[{"concept":"visibilite","evidence":[{"attempt":1,"detail":"linkdin ≈ linkedin (1 edit)","edits":1,"keyword":"linkedin","match":"typo","ranges":[{"end":10,"start":3}],"text":"linkdin"}],"label":"être visible","negated_evidence":[],"required":true,"status":"met","weight":2},{"concept":"prix","evidence":[],"label":"baisser les prix","negated_evidence":[{"attempt":2,"edits":0,"keyword":"prix bas","match":"phrase","ranges":[{"end":4,"start":0},{"end":9,"start":5}],"text":"prix bas"}],"required":false,"status":"negated","weight":-1.5}],"score":0.75},"step":"s","type":"evaluation"}"#,
            .event(at: date, .evaluation(EvaluationEvent(step: "s", attempt: 1, combined: false, evaluation: evaluation)))
        ),
        (
            #"{\#(at),"number":1,"step":"s","text":"Pensez aux clients.","type":"hint"}"#,
            .event(at: date, .hint(HintGiven(step: "s", number: 1, text: "Pensez aux clients.")))
        ),
        (#"{\#(at),"name":"score","type":"command"}"#, .event(at: date, .command(CommandUsed(name: "score")))),
        (
            #"{\#(at),"changes":{"trust":-2},"step":"s","type":"counters","values":{"interest":3,"trust":-12}}"#,
            .event(at: date, .countersChanged(CountersChanged(step: "s", changes: ["trust": -2], values: ["interest": 3, "trust": -12])))
        ),
        (
            #"{\#(at),"from":"a","reason":"route 2 (band good|partial)","to":"end","type":"route"}"#,
            .event(at: date, .route(RouteDecision(from: "a", to: "end", reason: "route 2 (band good|partial)")))
        ),
        (
            #"{\#(at),"attempts":2,"band":"good","band_reason":{"concepts":["c"],"developments":[],"lowered_by":[],"required_missing":[],"rule":"ideas"},"criteria":[{"concept":"c","label":"l","misconception":false,"status":"met"}],"score":1,"step":"s","type":"step_completed"}"#,
            .event(at: date, .stepCompleted(StepResult(
                step: "s", score: 1, band: .good, attempts: 2,
                criteria: [.init(concept: "c", label: "l", status: .met, misconception: false)], reason: BandReason(rule: .ideas, concepts: ["c"])
            )))
        ),
        (
            #"{\#(at),"ending":"happy","reason":"completed","summary":{"band":"partial","score":0.5,"steps":[{"attempts":1,"band":"partial","criteria":[],"score":0.5,"step":"s"}]},"type":"end"}"#,
            .event(at: date, .finished(Finished(
                reason: .completed, ending: "happy",
                summary: ConversationSummary(steps: [StepResult(step: "s", score: 0.5, band: .partial, attempts: 1, criteria: [])], score: 0.5, band: .partial)
            )))
        ),
    ]

    @Test(arguments: 0..<written.count)
    func readsEachKindOfLineAsWritten(index: Int) {
        let (line, entry) = Self.written[index]
        #expect(Self.read(line) == .success(entry))
        #expect(TranscriptLineWriter.line(for: entry) == line)
    }

    @Test func everyTypeOfEntryHasALine() {
        let types = Set(Self.written.map { written -> String in
            if case .event(_, let event) = written.entry { event.typeName } else { "header" }
        })
        #expect(types == Set(TranscriptEventType.allCases.map(\.rawValue) + ["header"]))
    }

    /// Lines this program does not write, but that hold entries all the same.
    @Test(arguments: [
        // Keys out of order, and a member no entry has.
        (#"{"type":"reply","text":"t","step":"a","attempt":1,\#(at),"mood":"calm"}"#, DialogueEvent.reply(Reply(step: "a", attempt: 1, text: "t"))),
        // A key written with an escape.
        (#"{"type":"reply",\#(at),"attempt":1,"step":"a","\u0074ext":"t"}"#, .reply(Reply(step: "a", attempt: 1, text: "t"))),
        // Optional members absent, null or present.
        (#"{\#(at),"kind":"says","step":"s","text":"t","type":"friend"}"#, .friendLine(FriendLine(kind: .says, step: "s", text: "t", band: nil))),
        (#"{\#(at),"band":null,"kind":"reaction","step":"s","text":"t","type":"friend"}"#, .friendLine(FriendLine(kind: .reaction, step: "s", text: "t", band: nil))),
        (#"{\#(at),"number":3,"step":"s","type":"hint"}"#, .hint(HintGiven(step: "s", number: 3, text: nil))),
        (#"{\#(at),"number":3,"step":"s","text":null,"type":"hint"}"#, .hint(HintGiven(step: "s", number: 3, text: nil))),
        (#"{\#(at),"ending":null,"reason":"quit","summary":{"band":"missed","score":0,"steps":[]},"type":"end"}"#,
         .finished(Finished(reason: .quit, ending: nil, summary: ConversationSummary(steps: [], score: 0, band: .missed)))),
        // Counters with names beyond ASCII, and a change of zero.
        (#"{\#(at),"changes":{"intérêt":-2,"confiance":0},"step":"s","type":"counters","values":{"intérêt":-12,"confiance":3}}"#,
         .countersChanged(CountersChanged(step: "s", changes: ["intérêt": -2, "confiance": 0], values: ["intérêt": -12, "confiance": 3]))),
        // Whole numbers written with a fraction or an exponent, integers where doubles are read.
        (#"{\#(at),"attempt":1.0,"step":"a","text":"t","type":"reply"}"#, .reply(Reply(step: "a", attempt: 1, text: "t"))),
        (#"{\#(at),"number":30E-1,"step":"s","type":"hint"}"#, .hint(HintGiven(step: "s", number: 3, text: nil))),
        (#"{\#(at),"attempts":2e0,"band":"good","criteria":[],"score":1E0,"step":"s","type":"step_completed"}"#,
         .stepCompleted(StepResult(step: "s", score: 1, band: .good, attempts: 2, criteria: []))),
        // Members nobody reads, nested; and a member of another kind of entry, which this one ignores.
        (#"{\#(at),"attempt":1,"mood":{"a":[1,-2.5e3,{"b":null,"c":[true,false]}],"d":"\u00e9"},"step":"s","text":"t","type":"reply"}"#,
         .reply(Reply(step: "s", attempt: 1, text: "t"))),
        (#"{\#(at),"attempt":1,"band":"weird","evaluation":[],"step":"s","text":"t","type":"reply"}"#, .reply(Reply(step: "s", attempt: 1, text: "t"))),
        // A key that looks like a field's but is not its bytes: U+212A KELVIN SIGN, not K.
        (#"{\#(at),"\#u{212A}ind":"x","kind":"says","step":"s","text":"t","type":"friend"}"#, .friendLine(FriendLine(kind: .says, step: "s", text: "t", band: nil))),
        // Blanks everywhere JSON allows them.
        (" {\t\"type\" : \"command\" ,\r \"at\" : \"2026-11-29T03:57:23.250Z\" , \"name\" : \"hint\" } ", .command(CommandUsed(name: "hint"))),
    ])
    func readsLinesWrittenOtherwise(line: String, event: DialogueEvent) {
        #expect(Self.read(line) == .success(.event(at: Self.date, event)))
    }

    @Test func readsAHeaderWrittenOtherwise() {
        let line = #"{"type":"header","seed":18446744073709551615,"learner":"Zo\u00e9 \"\\","program":"p","format":1,"scenario":{"version":"1","hash":"sha256:00","id":"x","language":"fr","title":"T"},"started":"2026-11-29T04:57:23.25+01:00"}"#
        let header = TranscriptHeader(
            scenario: .init(id: "x", title: "T", version: "1", language: .fr, hash: "sha256:00"), learner: "Zoé \"\\",
            started: Self.date, seed: .max, program: "p"
        )
        #expect(Self.read(line) == .success(.header(header)))
    }

    @Test(arguments: [
        ("2026-11-29T03:57:23Z", 1_795_924_643.0),
        ("2026-11-29T04:57:23.250+01:00", 1_795_924_643.25),
        ("2026-11-29T03:57:23.250+0000", 1_795_924_643.25),
    ])
    func readsDatesWrittenOtherwise(text: String, seconds: Double) {
        let line = #"{"at":"\#(text)","name":"hint","type":"command"}"#
        #expect(Self.read(line) == .success(.event(at: Date(timeIntervalSince1970: seconds), .command(CommandUsed(name: "hint")))))
    }

    static func evaluationLine(evidence: String = #"{"attempt":1,"edits":0,"keyword":"k","match":"word","ranges":[{"end":7,"start":1}],"text":"t"}"#, criterion: String = "") -> String {
        let criterion = criterion.isEmpty
            ? #"{"concept":"c","evidence":[\#(evidence)],"label":"l","negated_evidence":[],"required":true,"status":"met","weight":2}"#
            : criterion
        return #"{\#(at),"attempt":1,"combined":false,"evaluation":{"band":"good","criteria":[\#(criterion)],"score":0.75},"step":"s","type":"evaluation"}"#
    }

    /// Lines that hold no entry, and the reason each is reported with.
    @Test(arguments: [
        // Not JSON: cut short, not JSON at all, stray bytes, what JSON does not allow.
        (#"{"type":"reply","at":"1970"#, "The given data was not valid JSON."),
        ("not json", "The given data was not valid JSON."),
        (#"{\#(at),"attempt":1,"step":"a","text":"t","type":"reply"} x"#, "The given data was not valid JSON."),
        ("{\(at),\"attempt\":1,\"step\":\"a\",\"text\":\"tab\tinside\",\"type\":\"reply\"}", "The given data was not valid JSON."),
        (#"{\#(at),"attempt":01,"step":"a","text":"t","type":"reply"}"#, "The given data was not valid JSON."),
        (#"{\#(at),"attempt":1,"step":"a","text":"\ud83d","type":"reply"}"#, "The given data was not valid JSON."),
        (#"{\#(at),"attempt":1,"step":"a","text":'t',"type":"reply"}"#, "The given data was not valid JSON."),
        // Not JSON even if a member is also wrong before the reader gets there.
        (#"{\#(at),"attempt":"1","step":"a","text":"t","type":"reply""#, "The given data was not valid JSON."),
        (String(repeating: "[", count: 100), "The given data was not valid JSON."),
        // JSON, but no entry.
        ("[1,2]", "not a JSON object"),
        (#"{\#(at),"type":"mystery"}"#, "unknown event type 'mystery'"),
        (#"{\#(at),"attempt":1,"step":"a","text":"t"}"#, "no 'type'"),
        (#"{\#(at),"type":3}"#, "wrong type at 'type'"),
        (#"{"attempt":1,"step":"a","text":"t","type":"reply"}"#, "no 'at'"),
        (#"{\#(at),"attempt":1,"step":"a","type":"reply"}"#, "no 'text'"),
        (#"{\#(at),"attempt":1,"step":"a","text":null,"type":"reply"}"#, "no value at 'text'"),
        (#"{\#(at),"attempt":1,"step":"a","text":["t"],"type":"reply"}"#, "wrong type at 'text'"),
        (#"{\#(at),"attempt":"1","step":"a","text":"t","type":"reply"}"#, "wrong type at 'attempt'"),
        (#"{\#(at),"attempt":1.5,"step":"a","text":"t","type":"reply"}"#, "not a whole number at 'attempt'"),
        (#"{\#(at),"attempt":99999999999999999999,"step":"a","text":"t","type":"reply"}"#, "number out of range at 'attempt'"),
        (#"{\#(at),"attempt":1e400,"step":"a","text":"t","type":"reply"}"#, "number out of range at 'attempt'"),
        (#"{"at":"yesterday","attempt":1,"step":"a","text":"t","type":"reply"}"#, "not an ISO 8601 date at 'at': yesterday"),
        // A key twice: which value was meant cannot be told.
        (#"{"type":"reply",\#(at),"attempt":1,"step":"a","text":"t","type":"reply"}"#, "'type' written twice"),
        (#"{\#(at),"attempt":1,"step":"a","text":"t","text":"u","type":"reply"}"#, "'text' written twice"),
        (#"{\#(at),"changes":{"trust":1,"tr\u0075st":2},"step":"s","type":"counters","values":{"trust":1}}"#, "'changes.trust' written twice"),
        (#"{\#(at),"changes":{"K":1,"\#u{212A}":2},"step":"s","type":"counters","values":{"K":1}}"#, "'changes.\u{212A}' written twice"),
        // Deep inside an evaluation, said where.
        (evaluationLine(evidence: #"{"attempt":1,"edits":"0","keyword":"k","match":"word","ranges":[],"text":"t"}"#), "wrong type at 'evaluation.criteria[0].evidence[0].edits'"),
        (evaluationLine(evidence: #"{"attempt":1,"edits":0,"keyword":"k","match":"glance","ranges":[],"text":"t"}"#), "unknown value 'glance' at 'evaluation.criteria[0].evidence[0].match'"),
        (evaluationLine(evidence: #"{"attempt":1,"edits":0,"keyword":"k","match":"word","ranges":[{"end":7}],"text":"t"}"#), "no 'start' in 'evaluation.criteria[0].evidence[0].ranges[0]'"),
        (evaluationLine(evidence: #"{"attempt":1,"edits":0,"keyword":"k","match":"word","ranges":[],"text":null}"#), "no value at 'evaluation.criteria[0].evidence[0].text'"),
        (evaluationLine(criterion: #"{"concept":"c","evidence":[],"label":"l","label":"m","negated_evidence":[],"required":true,"status":"met","weight":2}"#), "'evaluation.criteria[0].label' written twice"),
        (evaluationLine(criterion: #"{"concept":"c","evidence":[],"label":"l","negated_evidence":[],"required":true,"status":"MET","weight":2}"#), "unknown value 'MET' at 'evaluation.criteria[0].status'"),
        (evaluationLine(criterion: "[]"), "wrong type at 'evaluation.criteria[0]'"),
        (#"{\#(at),"changes":{"trust":1.5},"step":"s","type":"counters","values":{"trust":1}}"#, "not a whole number at 'changes.trust'"),
        (#"{\#(at),"reason":"stopped","summary":{"band":"good","score":0.5,"steps":[]},"type":"end"}"#, "unknown value 'stopped' at 'reason'"),
        (#"{"format":1,"program":"p","scenario":{"hash":"h","id":"x","language":"de","title":"T","version":"1"},"seed":1,"started":"2026-11-29T03:57:23.231Z","type":"header"}"#, "unknown value 'de' at 'scenario.language'"),
        (#"{"format":1,"program":"p","scenario":{"hash":"h","id":"x","language":"en","title":"T","version":"1"},"seed":-1,"started":"2026-11-29T03:57:23.231Z","type":"header"}"#, "number out of range at 'seed'"),
    ])
    func refusesWithAReason(line: String, reason: String) {
        #expect(Self.read(line) == .failure(TranscriptReadingRefusal(reason: "not a transcript entry (\(reason))")))
    }

    @Test func refusesNestingDeeperThanAnyTranscript() {
        let deep = String(repeating: "[", count: 70) + String(repeating: "]", count: 70)
        let line = #"{\#(Self.at),"mood":\#(deep),"name":"hint","type":"command"}"#
        guard case .failure(let refusal) = Self.read(line) else {
            Issue.record("read")
            return
        }
        #expect(refusal.reason.hasPrefix("not a transcript entry (nested deeper than 64 levels at 'mood[0][0]"))
    }

    /// Strings are read eight bytes at a time: a quote, a backslash, a control character or a
    /// character beyond ASCII must be seen wherever it falls in a word.
    @Test(arguments: [
        (#"\""#, "\""), (#"\\"#, "\\"), (#"\n"#, "\n"), (#"\u0007"#, "\u{7}"), (#"\u00e9"#, "é"), ("é", "é"), ("’", "’"), ("😀", "😀"),
        ("\u{7F}", "\u{7F}"),
    ])
    func readsEveryByteOfAStringWhereverItFalls(written: String, text: String) {
        for before in 0..<20 {
            for after in [0, 1, 7, 8, 9] {
                let line = #"{\#(Self.at),"attempt":1,"step":"s","text":"\#(String(repeating: "a", count: before) + written + String(repeating: "b", count: after))","type":"reply"}"#
                let expected = String(repeating: "a", count: before) + text + String(repeating: "b", count: after)
                #expect(Self.read(line) == .success(.event(at: Self.date, .reply(Reply(step: "s", attempt: 1, text: expected)))), "\(line)")
            }
        }
    }

    /// Raw control characters are not JSON, wherever they fall.
    @Test(arguments: ["\u{1B}", "\t", "\u{0}"])
    func refusesARawControlCharacterWhereverItFalls(control: String) {
        for before in 0..<20 {
            let line = #"{\#(Self.at),"attempt":1,"step":"s","text":"\#(String(repeating: "a", count: before) + control)b","type":"reply"}"#
            #expect(Self.read(line) == .failure(TranscriptReadingRefusal(reason: "not a transcript entry (The given data was not valid JSON.)")))
        }
    }
}

/// Why a line was refused, as its transcript reports it.
struct TranscriptReadingRefusal: Error, Equatable {
    var reason: String
}
