import Foundation

// How each type of a transcript line reads itself for `TranscriptLineDecoder`: the same keys, the
// same types and the same optional members as its `Codable` conformance (synthesized, or written
// out in `TranscriptEntry`), which stays the definition. Anything else is refused, and the line is
// left to `JSONDecoder`. `TranscriptLineDecoderTests` checks that both read every kind of line alike.
//
// A type whose `Codable` conformance changes must change here too; a field added to a type with a
// memberwise initializer will not compile until it is.

extension TranscriptEntry: TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws {
        let object = try value.object()
        let type: String = try object.decode("type")
        if type == "header" {
            self = .header(try TranscriptHeader(line: value))
            return
        }
        let date: Date = try object.decode("at")
        self = .event(at: date, try DialogueEvent(type: type, line: value))
    }
}

extension DialogueEvent {
    init(type: String, line value: TranscriptLineValue) throws {
        switch type {
        case "narration": self = .narration(try Narration(line: value))
        case "friend": self = .friendLine(try FriendLine(line: value))
        case "question": self = .question(try Question(line: value))
        case "reply": self = .reply(try Reply(line: value))
        case "evaluation": self = .evaluation(try EvaluationEvent(line: value))
        case "hint": self = .hint(try HintGiven(line: value))
        case "command": self = .command(try CommandUsed(line: value))
        case "counters": self = .countersChanged(try CountersChanged(line: value))
        case "route": self = .route(try RouteDecision(line: value))
        case "step_completed": self = .stepCompleted(try StepResult(line: value))
        case "end": self = .finished(try Finished(line: value))
        default: throw TranscriptLineDecoder.Refused()
        }
    }
}

extension TranscriptHeader: TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws {
        let object = try value.object()
        self.init(
            scenario: try object.decode("scenario"), learner: try object.decodeIfPresent("learner"),
            started: try object.decode("started"), seed: try object.decode("seed"), program: try object.decode("program")
        )
        format = try object.decode("format")
    }
}

extension TranscriptHeader.ScenarioReference: TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws {
        let object = try value.object()
        id = try object.decode("id")
        title = try object.decode("title")
        version = try object.decode("version")
        language = try object.decode("language")
        hash = try object.decode("hash")
    }
}

extension Narration: TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws {
        let object = try value.object()
        self.init(text: try object.decode("text"))
    }
}

extension FriendLine: TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws {
        let object = try value.object()
        self.init(
            kind: try object.decode("kind"), step: try object.decode("step"), text: try object.decode("text"),
            band: try object.decodeIfPresent("band")
        )
    }
}

extension Question: TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws {
        let object = try value.object()
        self.init(step: try object.decode("step"), text: try object.decode("text"), followUp: try object.decode("follow_up"))
    }
}

extension Reply: TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws {
        let object = try value.object()
        self.init(step: try object.decode("step"), attempt: try object.decode("attempt"), text: try object.decode("text"))
    }
}

extension EvaluationEvent: TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws {
        let object = try value.object()
        self.init(
            step: try object.decode("step"), attempt: try object.decode("attempt"), combined: try object.decode("combined"),
            evaluation: try object.decode("evaluation")
        )
    }
}

extension ReplyEvaluation: TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws {
        let object = try value.object()
        self.init(score: try object.decode("score"), band: try object.decode("band"), criteria: try object.decode("criteria"))
    }
}

extension CriterionResult: TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws {
        let object = try value.object()
        self.init(
            concept: try object.decode("concept"), label: try object.decode("label"), weight: try object.decode("weight"),
            required: try object.decode("required"), status: try object.decode("status"), evidence: try object.decode("evidence"),
            negatedEvidence: try object.decode("negated_evidence")
        )
    }
}

extension Evidence: TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws {
        let object = try value.object()
        self.init(
            attempt: try object.decode("attempt"), ranges: try object.decode("ranges"), text: try object.decode("text"),
            keyword: try object.decode("keyword"), match: try object.decode("match"), detail: try object.decodeIfPresent("detail"),
            edits: try object.decode("edits")
        )
    }
}

extension TextRange: TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws {
        let object = try value.object()
        self.init(start: try object.decode("start"), end: try object.decode("end"))
    }
}

extension HintGiven: TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws {
        let object = try value.object()
        self.init(step: try object.decode("step"), number: try object.decode("number"), text: try object.decodeIfPresent("text"))
    }
}

extension CommandUsed: TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws {
        let object = try value.object()
        self.init(name: try object.decode("name"))
    }
}

extension CountersChanged: TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws {
        let object = try value.object()
        self.init(step: try object.decode("step"), changes: try object.integers("changes"), values: try object.integers("values"))
    }
}

extension RouteDecision: TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws {
        let object = try value.object()
        self.init(from: try object.decode("from"), to: try object.decode("to"), reason: try object.decode("reason"))
    }
}

extension StepResult: TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws {
        let object = try value.object()
        self.init(
            step: try object.decode("step"), score: try object.decode("score"), band: try object.decode("band"),
            attempts: try object.decode("attempts"), criteria: try object.decode("criteria")
        )
    }
}

extension StepResult.ConceptOutcome: TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws {
        let object = try value.object()
        self.init(
            concept: try object.decode("concept"), label: try object.decode("label"), status: try object.decode("status"),
            misconception: try object.decode("misconception")
        )
    }
}

extension Finished: TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws {
        let object = try value.object()
        self.init(reason: try object.decode("reason"), ending: try object.decodeIfPresent("ending"), summary: try object.decode("summary"))
    }
}

extension ConversationSummary: TranscriptLineDecodable {
    init(line value: TranscriptLineValue) throws {
        let object = try value.object()
        self.init(steps: try object.decode("steps"), score: try object.decode("score"), band: try object.decode("band"))
    }
}

extension Band: TranscriptLineDecodable {}
extension Language: TranscriptLineDecodable {}
extension CriterionStatus: TranscriptLineDecodable {}
extension MatchKind: TranscriptLineDecodable {}
extension FriendLine.Kind: TranscriptLineDecodable {}
extension Finished.Reason: TranscriptLineDecodable {}
