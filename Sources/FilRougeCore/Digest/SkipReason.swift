/// Why a transcript was left out of a digest. Leaving one out is never fatal: the digest says how
/// many were left out and why, and the command lists them.
public enum SkipReason: Equatable, Sendable {
    /// The file could not be read as text.
    case unreadable(String)
    /// No readable header: the scenario it was played with is unknown.
    case noHeader
    /// Played with another scenario.
    case otherScenario(id: String)
    /// Played with another version of the scenario.
    case otherVersion(version: String)
    /// Played with the scenario in another language.
    case otherLanguage(Language)
    /// Same id, version and language, but another text of the scenario file (its hash differs).
    case otherText(hash: String)

    /// The reasons as the digest counts them.
    public enum Category: String, CaseIterable, Sendable {
        case unreadable
        case noHeader = "no_header"
        case otherScenario = "other_scenario"
        /// Another version, language or text of the same scenario.
        case otherVersion = "other_version"
    }

    public var category: Category {
        switch self {
        case .unreadable: return .unreadable
        case .noHeader: return .noHeader
        case .otherScenario: return .otherScenario
        case .otherVersion, .otherLanguage, .otherText: return .otherVersion
        }
    }

    /// Says what is wrong, for the list on standard error; `reference` is the scenario digested
    /// (nil while it is not known yet, for a file without a header or that cannot be read).
    public func describe(against reference: TranscriptHeader.ScenarioReference?) -> String {
        guard let reference else {
            switch self {
            case .unreadable(let why): return why
            default: return "no readable header, so the scenario it was played with is unknown"
            }
        }
        switch self {
        case .unreadable(let why):
            return why
        case .noHeader:
            return "no readable header, so the scenario it was played with is unknown"
        case .otherScenario(let id):
            return "played with scenario '\(id)', not '\(reference.id)'"
        case .otherVersion(let version):
            return "played with version \(version) of '\(reference.id)', not \(reference.version)"
        case .otherLanguage(let language):
            return "played with '\(reference.id)' in \(language.rawValue), not \(reference.language.rawValue)"
        case .otherText(let hash):
            return "played with another text of '\(reference.id)' \(reference.version) (\(hash.prefix(19))…, not \(reference.hash.prefix(19))…)"
        }
    }

    /// Whether a transcript with `header` belongs to the digest of `reference`, and if not, why.
    /// Nil: it belongs.
    public static func mismatch(
        of header: TranscriptHeader?, with reference: TranscriptHeader.ScenarioReference
    ) -> SkipReason? {
        guard let played = header?.scenario else { return .noHeader }
        if played.id != reference.id { return .otherScenario(id: played.id) }
        if played.version != reference.version { return .otherVersion(version: played.version) }
        if played.language != reference.language { return .otherLanguage(played.language) }
        if played.hash != reference.hash { return .otherText(hash: played.hash) }
        return nil
    }
}
