import Yams

/// What reading a choices file produced: the choices when the file has no error, and every
/// diagnostic found either way.
public struct ReplyChoicesLoadResult: Sendable {
    /// Nil when any diagnostic is an error.
    public var choices: ReplyChoices?
    /// In file order.
    public var diagnostics: [Diagnostic]
}

/// Reads a choices file, written by hand, as scenario files are read: with Yams, each problem
/// located (`FILE:LINE:COL`) and reported with the codes of `filrouge check`.
///
/// ```yaml
/// pin:
///   - learner: Camille Martin
///     step: site-web
/// hide:
///   - file: 07-eve.jsonl
///     step: diagnostic
///     words: Facebook
/// ```
public enum ReplyChoicesLoader {
    static let choiceKeys = ["learner", "file", "step", "words"]

    /// - Parameter file: the name diagnostics give the file (the path the user typed).
    public static func load(_ text: String, file: String) -> ReplyChoicesLoadResult {
        let reader = YAMLNodeReader(file: file)
        if let aliasProblem = YAMLAliasCheck.diagnostic(for: text, file: file) {
            return ReplyChoicesLoadResult(choices: nil, diagnostics: [aliasProblem])
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text, .basic) else {
                let empty = Diagnostic(.emptyFile, "the file is empty: a choices file has a 'pin' list, a 'hide' list, or both", at: SourceLocation(file: file, line: 1, column: 1))
                return ReplyChoicesLoadResult(choices: nil, diagnostics: [empty])
            }
            root = node
            if let tooLarge = YAMLSizeCheck.diagnostic(for: root, file: file, location: reader.location(of:)) {
                return ReplyChoicesLoadResult(choices: nil, diagnostics: [tooLarge])
            }
        } catch {
            return ReplyChoicesLoadResult(choices: nil, diagnostics: [YAMLErrorDiagnostic.diagnostic(for: error, in: text, file: file)])
        }
        var choices: [ReplyChoice] = []
        if let fields = reader.fields(root, allowed: ReplyChoice.Action.allCases.map(\.rawValue), what: "a choices file") {
            // Pins first whatever the order of the keys: the order of pins is the order shown.
            for action in ReplyChoice.Action.allCases {
                guard let list = fields[action.rawValue] else { continue }
                for (index, item) in reader.items(list, key: action.rawValue).enumerated() {
                    if let choice = choice(item, action: action, what: "choice \(index + 1) of '\(action.rawValue)'", reader: reader) {
                        choices.append(choice)
                    }
                }
            }
        }
        let diagnostics = reader.diagnostics.sortedByLocation()
        return ReplyChoicesLoadResult(choices: diagnostics.hasErrors ? nil : ReplyChoices(choices), diagnostics: diagnostics)
    }

    private static func choice(_ node: Node, action: ReplyChoice.Action, what: String, reader: YAMLNodeReader) -> ReplyChoice? {
        guard let fields = reader.fields(node, allowed: choiceKeys, what: what) else { return nil }
        let step = reader.required(fields, "step").flatMap { reader.text($0, key: "step") }
        let learner = fields["learner"].flatMap { reader.text($0, key: "learner") }
        let file = fields["file"].flatMap { reader.text($0, key: "file") }
        let words = fields["words"].flatMap { reader.text($0, key: "words") }
        if fields["learner"] == nil, fields["file"] == nil {
            reader.report(.missingKey, "\(what) names no reply: give the 'learner' or the 'file' (or both) with the 'step'", at: node)
            return nil
        }
        guard let step, fields["learner"] == nil || learner != nil, fields["file"] == nil || file != nil, fields["words"] == nil || words != nil else {
            return nil
        }
        return ReplyChoice(action: action, step: step, learner: learner, file: file, words: words, location: reader.location(of: node))
    }
}
