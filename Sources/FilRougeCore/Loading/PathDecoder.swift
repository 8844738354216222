import Yams

/// Decodes a scenario's `paths`: whole conversations written as tests. Paths name steps, endings and
/// concepts, so they are read once every step and ending is known, and each name is checked where
/// it is written.
struct PathDecoder {
    let reader: YAMLNodeReader

    static let pathKeys = ["name", "turns", "ending"]
    static let turnKeys = ["step", "reply", "command", "band", "met", "missed"]
    /// The keys only a reply can have: a command gets no grade.
    static let replyOnlyKeys = ["band", "met", "missed"]

    /// - Parameters:
    ///   - stepIDs: every step id written, including those of steps that failed to decode.
    ///   - steps: the decoded steps, whose concepts a turn's `met` and `missed` can name.
    func decodePaths(_ node: Node, stepIDs: [String], steps: [Step], endings: [Ending]) -> [PathExample] {
        var firstByName: [String: SourceLocation] = [:]
        return reader.items(node, key: "paths").compactMap { item in
            guard let fields = reader.fields(item, allowed: Self.pathKeys, what: "a path") else { return nil }
            let nameNode = reader.required(fields, "name")
            let name = nameNode.flatMap { reader.text($0, key: "name") }
            if let name, let nameNode {
                let location = reader.location(of: nameNode)
                if let earlier = firstByName[name] {
                    reader.report(Diagnostic(.duplicatePath, "two paths are named '\(name)' (the first at line \(earlier.line)): a report names the path, so each needs its own name", at: location))
                } else {
                    firstByName[name] = location
                }
            }
            return decodePath(fields, name: name, stepIDs: stepIDs, steps: steps, endings: endings)
        }
    }

    private func decodePath(_ fields: Fields, name: String?, stepIDs: [String], steps: [Step], endings: [Ending]) -> PathExample? {
        let node = fields.node
        let owner = name.map { "path '\($0)'" } ?? "this path"
        let named = Fields(node: node, what: owner, values: fields.values, keys: fields.keys)
        var turns: [PathTurn?] = []
        if let turnsNode = reader.required(named, "turns") {
            let items = reader.items(turnsNode, key: "turns")
            if items.isEmpty, case .sequence = turnsNode {
                reader.report(.emptyValue, "the turns of \(owner) are empty: a path needs at least one turn", at: turnsNode)
            }
            turns = items.enumerated().map { index, item in
                decodeTurn(item, what: "turn \(index + 1) of \(owner)", stepIDs: stepIDs, steps: steps)
            }
        }
        var ending: String?
        let endingNode = reader.required(named, "ending")
        if let endingNode, let id = reader.text(endingNode, key: "ending") {
            let ids = endings.map(\.id)
            if ids.contains(id) {
                ending = id
            } else {
                reader.report(.unknownEnding, "'ending' names '\(id)', which is not an ending\(Suggestion.didYouMean(id, in: ids))", at: endingNode)
            }
        }
        let decoded = turns.compactMap { $0 }
        guard let name, let ending, decoded.count == turns.count, !decoded.isEmpty else { return nil }
        return PathExample(
            name: name, turns: decoded, ending: ending,
            location: reader.location(of: fields.keys["name"] ?? node), endingLocation: endingNode.map(reader.location(of:))
        )
    }

    private func decodeTurn(_ node: Node, what: String, stepIDs: [String], steps: [Step]) -> PathTurn? {
        guard let fields = reader.fields(node, allowed: Self.turnKeys, what: what) else { return nil }
        let named = Fields(node: node, what: what, values: fields.values, keys: fields.keys)
        var stepID: String?
        if let stepNode = reader.required(named, "step"), let id = reader.text(stepNode, key: "step") {
            if stepIDs.contains(id) {
                stepID = id
            } else {
                reader.report(.unknownStep, "'step' names '\(id)', which is not a step\(Suggestion.didYouMean(id, in: stepIDs))", at: stepNode)
            }
        }
        let step = stepID.flatMap { id in steps.first { $0.id == id } }
        let action: PathTurn.Action?
        switch (fields["reply"], fields["command"]) {
        case (.some, .some):
            reader.report(.invalidTurn, "\(what) gives both a 'reply' and a 'command': a turn is one or the other", at: fields.keys["command"] ?? node)
            action = nil
        case (.none, .none):
            reader.report(.invalidTurn, "\(what) needs a 'reply' (with its 'band') or a 'command' (\(Self.commandList))", at: node)
            action = nil
        case (.some(let replyNode), .none):
            action = decodeReply(replyNode, fields: fields, what: what, step: step).map(PathTurn.Action.reply)
        case (.none, .some(let commandNode)):
            for key in Self.replyOnlyKeys {
                guard let keyNode = fields.keys[key] else { continue }
                reader.report(.invalidTurn, "'\(key)' goes with a reply: a command is not graded", at: keyNode)
            }
            action = decodeCommand(commandNode).map(PathTurn.Action.command)
        }
        guard let stepID, let action else { return nil }
        return PathTurn(step: stepID, action: action, location: reader.location(of: node))
    }

    private func decodeReply(_ node: Node, fields: Fields, what: String, step: Step?) -> PathReply? {
        let text = reader.text(node, key: "reply")
        var band: Band?
        if let bandNode = fields["band"] {
            band = reader.band(bandNode, key: "band")
        } else {
            reader.report(.invalidTurn, "\(what) gives a reply without the 'band' it must get", at: fields.keys["reply"] ?? node)
        }
        var lists: [String: [String]] = [:]
        for key in ["met", "missed"] {
            guard let value = fields[key] else { continue }
            guard let step else {
                _ = reader.texts(value, key: key, single: true)
                continue
            }
            lists[key] = reader.conceptNames(value, key: key, concepts: step.rubric.map(\.concept), owner: "step '\(step.id)'")
        }
        guard let text, let band else { return nil }
        return PathReply(text: text, band: band, met: lists["met"] ?? [], missed: lists["missed"] ?? [])
    }

    private func decodeCommand(_ node: Node) -> PathCommand? {
        guard let written = reader.text(node, key: "command") else { return nil }
        let name = written.hasPrefix("/") ? String(written.dropFirst()) : written
        if let command = PathCommand(rawValue: name) { return command }
        reader.report(.invalidTurn, "unknown command '\(written)': a path can type \(Self.commandList)\(Suggestion.didYouMean(name, in: PathCommand.allCases.map(\.rawValue)))", at: node)
        return nil
    }

    private static var commandList: String {
        PathCommand.allCases.map { "'\($0.rawValue)'" }.joined(separator: " or ")
    }
}
