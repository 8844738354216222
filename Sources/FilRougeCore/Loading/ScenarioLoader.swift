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
    ///   - warnings: whether to look for what can only be a warning (routes never taken, keywords
    ///     credited twice, steps without examples…). Playing a scenario needs its errors only, and
    ///     starts sooner without the rest.
    ///   - checkingKeywords: whether to compile every keyword to find those that cannot be read;
    ///     false only for a scenario known to be clean (a bundled one, which the tests that come with
    ///     the binary load with every check), so that playing it does not compile its thousands of
    ///     keywords twice before the first question. Looking for warnings checks them all the same.
    public static func load(_ text: String, file: String, warnings: Bool = true, checkingKeywords: Bool = true) -> ScenarioLoadResult {
        let reader = YAMLNodeReader(file: file)
        let root: Node
        if let aliasProblem = YAMLAliasCheck.diagnostic(for: text, file: file) {
            reader.report(aliasProblem)
            return ScenarioLoadResult(scenario: nil, diagnostics: reader.diagnostics)
        }
        do {
            // The basic resolver leaves scalars as text, which is all the decoder reads: the
            // default one tests every scalar against regular expressions, and took a third of the
            // loading time.
            guard let node = try Yams.compose(yaml: text, .basic) else {
                reader.report(Diagnostic(.emptyFile, "the file is empty: a scenario needs at least 'id', 'title', 'language', 'version', 'persona', 'steps' and 'endings'", at: SourceLocation(file: file, line: 1, column: 1)))
                return ScenarioLoadResult(scenario: nil, diagnostics: reader.diagnostics)
            }
            root = node
            if let tooLarge = YAMLSizeCheck.diagnostic(for: root, file: file, location: reader.location(of:)) {
                reader.report(tooLarge)
                return ScenarioLoadResult(scenario: nil, diagnostics: reader.diagnostics)
            }
        } catch {
            reader.report(YAMLErrorDiagnostic.diagnostic(for: error, in: text, file: file))
            return ScenarioLoadResult(scenario: nil, diagnostics: reader.diagnostics)
        }
        let decoder = ScenarioDecoder(reader: reader, lookForWarnings: warnings, checkingKeywords: checkingKeywords)
        let scenario = decoder.decodeScenario(root)
        var diagnostics = reader.diagnostics
        if warnings { diagnostics += LiteralBlockCheck.diagnostics(for: reader.literalBlocks, source: text, file: file) }
        if let scenario, !diagnostics.hasErrors {
            diagnostics += ScenarioGraphCheck.diagnostics(for: scenario, file: file)
            if warnings {
                diagnostics += RouteCheck.diagnostics(for: scenario, file: file)
                diagnostics += ExamplePresenceCheck.diagnostics(for: scenario, file: file)
            }
        }
        diagnostics = diagnostics.sortedByLocation()
        return ScenarioLoadResult(scenario: diagnostics.hasErrors ? nil : scenario, diagnostics: diagnostics)
    }
}

/// Turns a YAML parser error into a diagnostic at the place the parser stopped, or at the quote
/// left open that made it stop there (see ``UnclosedQuoteDiagnosis``).
enum YAMLErrorDiagnostic {
    static func diagnostic(for error: Error, in text: String, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: mark.line, column: mark.column)
        }
        guard let yamlError = error as? YamlError else {
            return Diagnostic(.yamlSyntax, "cannot read the file as YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            if let quote = UnclosedQuoteDiagnosis.diagnostic(for: text, errorLine: mark.line, file: file) {
                return Diagnostic(.yamlSyntax, "YAML syntax: \(quote.message) (the parser stopped at line \(mark.line), column \(mark.column): \(problem))", at: quote.location)
            }
            let during = context.map { " (\($0.text), which starts at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return Diagnostic(.yamlSyntax, "YAML syntax: \(problem)\(during)", at: at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Diagnostic(.duplicateKey, "duplicate key \(names) in the same mapping", at: at(context.mark))
        case .reader(let problem, let offset, _, let yaml):
            return Diagnostic(.invalidText, "cannot read the file: \(problem)", at: location(ofCharacter: offset ?? 0, in: yaml, file: file))
        default:
            return Diagnostic(.yamlSyntax, "cannot read the file as YAML: \(yamlError)", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    /// The line and column of the character at `offset` (counted in characters, as the YAML reader
    /// reports it), so that an invalid character is shown where it is.
    static func location(ofCharacter offset: Int, in text: String, file: String) -> SourceLocation {
        let before = text.prefix(max(0, offset))
        let line = before.reduce(1) { $1 == "\n" || $1 == "\r\n" ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(where: { $0 == "\n" || $0 == "\r\n" }).map { before.index(after: $0) } ?? before.startIndex
        return SourceLocation(file: file, line: line, column: before[lineStart...].unicodeScalars.count + 1)
    }
}
