/// Which scenario a digest is of, when the transcripts given were played with several: the one
/// with the most transcripts (on a tie, the one met first), so that a folder where a few learners
/// played the English case study and most the French one gives the French florilège. The others
/// are never left out silently: `notes` says how many transcripts of each were left out and how
/// to digest them.
///
/// Fed with headers alone, in the order the transcripts come, whatever their source: a folder's
/// files (their first lines) or records read from elsewhere.
public struct ScenarioChoice: Sendable {
    /// A scenario met, and how many transcripts were played with it.
    public struct Count: Equatable, Sendable {
        public var scenario: TranscriptHeader.ScenarioReference
        public var transcripts: Int
    }

    /// Each scenario met, in the order first met. Scenarios are told apart as a digest tells
    /// them apart (`SkipReason.mismatch`): by id, version, language and text, not by title.
    public private(set) var counts: [Count] = []

    public init() {}

    public init(headers: some Sequence<TranscriptHeader>) {
        for header in headers { add(header) }
    }

    public mutating func add(_ header: TranscriptHeader) {
        // Linear: a folder holds a few scenarios, rarely more than two.
        if let index = counts.firstIndex(where: { Self.same($0.scenario, header.scenario) }) {
            counts[index].transcripts += 1
        } else {
            counts.append(Count(scenario: header.scenario, transcripts: 1))
        }
    }

    /// The scenario with the most transcripts, the first met on a tie; nil when no header was read.
    public var chosen: TranscriptHeader.ScenarioReference? {
        var best: Count?
        for count in counts where count.transcripts > (best?.transcripts ?? 0) {
            best = count
        }
        return best?.scenario
    }

    /// The scenarios met other than the chosen one, in the order first met.
    public var others: [Count] {
        guard let chosen else { return [] }
        return counts.filter { !Self.same($0.scenario, chosen) }
    }

    /// How many transcripts had a header.
    public var total: Int {
        counts.reduce(0) { $0 + $1.transcripts }
    }

    /// What standard error says when transcripts of other scenarios were left out: which scenario
    /// was chosen, out of how many, and for each other one, how many were left out and the
    /// `--scenario` that digests them. Empty when every transcript is of one scenario.
    /// - Parameter bundledName: the bundled scenario's name (`alancienne.en`) of a reference, nil
    ///   for a scenario played from a file of its own.
    public func notes(bundledName: (TranscriptHeader.ScenarioReference) -> String?) -> [String] {
        guard let chosen, let count = counts.first(where: { Self.same($0.scenario, chosen) }), !others.isEmpty else { return [] }
        var notes = ["digest of \(Self.name(chosen)), the scenario of \(count.transcripts) of the \(total) transcripts with a header; left out:"]
        for other in others {
            let transcripts = other.transcripts == 1 ? "1 transcript" : "\(other.transcripts) transcripts"
            let them = other.transcripts == 1 ? "it" : "them"
            if let name = bundledName(other.scenario) {
                notes.append("  \(transcripts) of \(Self.name(other.scenario)): digest \(them) with --scenario \(name)")
            } else {
                notes.append("  \(transcripts) of \(Self.name(other.scenario)), played from a file not bundled with filrouge: digest \(them) with --scenario FILE")
            }
        }
        return notes
    }

    /// `alancienne 1.0 (en)`.
    public static func name(_ scenario: TranscriptHeader.ScenarioReference) -> String {
        "\(scenario.id) \(scenario.version) (\(scenario.language.rawValue))"
    }

    static func same(_ one: TranscriptHeader.ScenarioReference, _ other: TranscriptHeader.ScenarioReference) -> Bool {
        one.id == other.id && one.version == other.version && one.language == other.language && one.hash == other.hash
    }
}
