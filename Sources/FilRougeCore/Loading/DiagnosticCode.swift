/// What kind of problem a diagnostic reports, as a stable name that editors, CI scripts and
/// docs/diagnostics.md can rely on while the wording of messages improves.
///
/// Each code has one severity: errors stop a scenario from being played, warnings point at what
/// probably does not work as the author meant.
public enum DiagnosticCode: String, CaseIterable, Codable, Sendable {
    // The file itself.
    case unreadableFile = "unreadable-file"
    case emptyFile = "empty-file"
    case yamlSyntax = "yaml-syntax"
    case invalidText = "invalid-text"
    case paragraphLineBreak = "paragraph-line-break"
    case duplicateKey = "duplicate-key"
    case tooLarge = "too-large"

    // Shape: keys and values.
    case unknownKey = "unknown-key"
    case missingKey = "missing-key"
    case wrongType = "wrong-type"
    case emptyValue = "empty-value"
    case invalidID = "invalid-id"
    case invalidValue = "invalid-value"
    case unknownLanguage = "unknown-language"
    case unknownBand = "unknown-band"

    // Rubrics.
    case invalidKeyword = "invalid-keyword"
    case shortPrefix = "short-prefix"
    case unmatchableKeyword = "unmatchable-keyword"
    case commonKeyword = "common-keyword"
    case invalidExpression = "invalid-expression"
    case criterionWithoutMatch = "criterion-without-match"
    case duplicateConcept = "duplicate-concept"
    case requiredMisconception = "required-misconception"
    case invalidDevelopment = "invalid-development"
    case genericNotKeyword = "generic-not-keyword"
    case unknownVocabulary = "unknown-vocabulary"
    case unknownConcept = "unknown-concept"
    case keywordInTwoConcepts = "keyword-in-two-concepts"
    case unusedVocabulary = "unused-vocabulary"

    // Names, routes and the map of the conversation.
    case duplicateID = "duplicate-id"
    case reservedID = "reserved-id"
    case unknownStep = "unknown-step"
    case unknownTarget = "unknown-target"
    case unknownCounter = "unknown-counter"
    case conceptInEnding = "concept-in-ending"
    case unreachableStep = "unreachable-step"
    case deadEnd = "dead-end"
    case routeNeverTaken = "route-never-taken"
    case noFallbackRoute = "no-fallback-route"
    case endingNeverChosen = "ending-never-chosen"
    case unusedCounter = "unused-counter"

    // Tests.
    case stepWithoutExamples = "step-without-examples"
    case invalidExample = "invalid-example"
    case invalidTurn = "invalid-turn"
    case unknownEnding = "unknown-ending"
    case duplicatePath = "duplicate-path"

    // Marks files, read by `filrouge calibrate`.
    case csvSyntax = "csv-syntax"
    case invalidHeader = "invalid-header"
    case unknownColumn = "unknown-column"
    case repeatedConcept = "repeated-concept"
    case noMarks = "no-marks"

    // Choices files, read by `filrouge digest --choices`.
    case unknownChoiceStep = "unknown-choice-step"
    case choiceWithoutReply = "choice-without-reply"

    /// The codes of marks files rather than scenario files.
    public static let marksFileCodes: Set<DiagnosticCode> = [.csvSyntax, .invalidHeader, .unknownColumn, .repeatedConcept, .noMarks]

    /// The codes of choices files: warnings, since a florilège can be made without the choice.
    public static let choicesFileCodes: Set<DiagnosticCode> = [.unknownChoiceStep, .choiceWithoutReply]

    public var severity: Diagnostic.Severity {
        switch self {
        case .paragraphLineBreak, .shortPrefix, .unmatchableKeyword, .commonKeyword, .keywordInTwoConcepts, .unusedVocabulary, .genericNotKeyword, .unreachableStep, .routeNeverTaken,
             .noFallbackRoute, .endingNeverChosen, .unusedCounter, .stepWithoutExamples, .unknownColumn,
             .repeatedConcept, .noMarks, .unknownChoiceStep, .choiceWithoutReply:
            return .warning
        default:
            return .error
        }
    }
}
