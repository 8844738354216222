import Yams

/// What loading a scenario file produced: the scenario when the file has no error, and every
/// diagnostic found either way.
public struct ScenarioLoadResult: Sendable {
    /// Nil when any diagnostic is an error.
    public var scenario: Scenario?
    /// In file order.
    public var diagnostics: [Diagnostic]
}

/// Reads a scenario from the text of a YAML file: text in, a model or located diagnostics out.
public enum ScenarioLoader {
    /// - Parameters:
    ///   - text: the whole file.
    ///   - file: the name diagnostics give the file (the path the user typed).
    public static func load(_ text: String, file: String) -> ScenarioLoadResult {
        let reader = YAMLNodeReader(file: file)
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                reader.report(Diagnostic(.error, "the file is empty: a scenario needs at least 'id', 'title', 'language', 'version', 'persona', 'steps' and 'endings'", at: SourceLocation(file: file, line: 1, column: 1)))
                return ScenarioLoadResult(scenario: nil, diagnostics: reader.diagnostics)
            }
            root = node
        } catch {
            reader.report(YAMLErrorDiagnostic.diagnostic(for: error, file: file))
            return ScenarioLoadResult(scenario: nil, diagnostics: reader.diagnostics)
        }
        let decoder = ScenarioDecoder(reader: reader)
        let scenario = decoder.decodeScenario(root)
        var diagnostics = reader.diagnostics
        if let scenario, !diagnostics.hasErrors {
            diagnostics += ScenarioGraphCheck.diagnostics(for: scenario, file: file)
        }
        diagnostics = diagnostics.sortedByLocation()
        return ScenarioLoadResult(scenario: diagnostics.hasErrors ? nil : scenario, diagnostics: diagnostics)
    }
}

/// Turns a YAML parser error into a diagnostic at the place the parser stopped.
enum YAMLErrorDiagnostic {
    static func diagnostic(for error: Error, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: mark.line, column: mark.column)
        }
        guard let yamlError = error as? YamlError else {
            return Diagnostic(.error, "cannot read the file as YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let during = context.map { " (\($0.text), which starts at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return Diagnostic(.error, "YAML syntax: \(problem)\(during)", at: at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Diagnostic(.error, "duplicate key \(names) in the same mapping", at: at(context.mark))
        case .reader(let problem, _, _, _):
            return Diagnostic(.error, "cannot read the file: \(problem)", at: SourceLocation(file: file, line: 1, column: 1))
        default:
            return Diagnostic(.error, "cannot read the file as YAML: \(yamlError)", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }
}
