import Foundation

/// The fixed words of a digest document, in the scenario's language: a French group reads its
/// florilège in French. JSON and CSV keep English keys, for programs.
struct DigestWording: Sendable {
    var title: String
    /// Between a label and what follows: French puts a space before the colon.
    var colon: String
    var semicolon: String
    var scenario: @Sendable (_ id: String, _ version: String, _ language: String) -> String
    var transcriptsRead: @Sendable (_ count: Int) -> String
    var skipped: @Sendable (_ count: Int) -> String
    var skipReason: @Sendable (SkipReason.Category, _ count: Int) -> String
    var damagedLines: @Sendable (_ count: Int) -> String
    var period: @Sendable (_ first: String, _ last: String) -> String
    var step: @Sendable (_ number: Int) -> String
    var question: String
    var answered: @Sendable (_ count: Int, _ total: Int) -> String
    var noAnswer: String
    var bandNames: [Band: String]
    var idea: String
    var met: String
    var negated: String
    var missed: String
    var misconception: String
    var required: String
    var bestReplies: String
    var noBestReply: String
    var followUp: String
    var ideasMet: String
    var mostMissed: String
    var endings: String
    var ending: String
    var learners: String
    var quit: String
    var interrupted: String
    var notFinished: @Sendable (_ count: Int, _ total: Int) -> String
    var learner: @Sendable (_ number: Int) -> String
    /// A learner's reply, as a screen reader announces a chart's figures.
    var shareOfLearners: @Sendable (_ percent: String, _ count: Int) -> String

    static func forLanguage(_ language: Language) -> DigestWording {
        language == .fr ? french : english
    }

    /// The colon without the space after it, to close an emphasis: `**Question :**` (Markdown
    /// emphasis cannot end on a space).
    var colonMark: String {
        colon.hasSuffix(" ") ? String(colon.dropLast()) : colon
    }

    func bandName(_ band: Band) -> String {
        bandNames[band] ?? band.rawValue
    }

    func name(_ learner: LearnerName) -> String {
        switch learner {
        case .named(let name): return name
        case .numbered(let number): return self.learner(number)
        }
    }

    /// `67%`; a dash when no learner answered.
    static func percent(_ proportion: Proportion) -> String {
        proportion.share.map(PercentText.of) ?? "–"
    }

    /// The day a conversation started, as `2026-11-29` (UTC).
    static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// The line under the title: the scenario, what was read and skipped, and when.
    func summary(of digest: Digest) -> [String] {
        let tally = digest.transcripts
        var read = transcriptsRead(tally.read)
        if tally.skippedCount > 0 {
            let reasons = SkipReason.Category.allCases.compactMap { category in
                tally.skipped[category].map { skipReason(category, $0) }
            }
            read += ", " + skipped(tally.skippedCount) + " (" + reasons.joined(separator: ", ") + ")"
        }
        if tally.damagedLines > 0 {
            read += semicolon + damagedLines(tally.damagedLines)
        }
        var lines = [
            scenario(digest.scenario.id, digest.scenario.version, digest.scenario.language.rawValue) + ".",
            read + ".",
        ]
        if let first = tally.firstStarted, let last = tally.lastStarted {
            lines.append(period(Self.day(first), Self.day(last)) + ".")
        }
        return lines
    }

    private static func plural(_ count: Int, _ one: String, _ many: String) -> String {
        "\(count) \(count == 1 ? one : many)"
    }

    static let english = DigestWording(
        title: "Anthology of replies",
        colon: ": ",
        semicolon: "; ",
        scenario: { id, version, language in "Scenario \(id) \(version) (\(language))" },
        transcriptsRead: { plural($0, "transcript read", "transcripts read") },
        skipped: { "\($0) skipped" },
        skipReason: { category, count in
            switch category {
            case .unreadable: return "\(count) unreadable"
            case .noHeader: return "\(count) without a header"
            case .otherScenario: return "\(count) of another scenario"
            case .otherVersion: return "\(count) of another version of it"
            }
        },
        damagedLines: { plural($0, "damaged line ignored", "damaged lines ignored") },
        period: { first, last in first == last ? "Conversations on \(first)" : "Conversations from \(first) to \(last)" },
        step: { "Step \($0)" },
        question: "Question",
        answered: { count, total in "Answered by \(count) of \(plural(total, "learner", "learners"))" },
        noAnswer: "No learner answered this step.",
        bandNames: Band.names(in: .en),
        idea: "Idea",
        met: "met",
        negated: "negated",
        missed: "missed",
        misconception: "misconception",
        required: "required",
        bestReplies: "Best replies",
        noBestReply: "No reply scored above 0% without a misconception.",
        followUp: "Follow-up",
        ideasMet: "ideas met",
        mostMissed: "Most often missed",
        endings: "Endings",
        ending: "Ending",
        learners: "Learners",
        quit: "left before the end",
        interrupted: "transcript stops before the end",
        notFinished: { count, total in "\(count) of \(plural(total, "learner", "learners")) did not finish." },
        learner: { AnonymousLabels.learner($0, in: .en) },
        shareOfLearners: { percent, count in "\(percent) (\(plural(count, "learner", "learners")))" }
    )

    static let french = DigestWording(
        title: "Florilège des réponses",
        colon: "\u{00A0}: ",
        semicolon: "\u{00A0}; ",
        scenario: { id, version, language in "Scénario \(id) \(version) (\(language))" },
        transcriptsRead: { plural($0, "transcription lue", "transcriptions lues") },
        skipped: { "\($0) écartée\($0 == 1 ? "" : "s")" },
        skipReason: { category, count in
            switch category {
            case .unreadable: return "\(count) illisible\(count == 1 ? "" : "s")"
            case .noHeader: return "\(count) sans en-tête"
            case .otherScenario: return "\(count) d’un autre scénario"
            case .otherVersion: return "\(count) d’une autre version"
            }
        },
        damagedLines: { plural($0, "ligne abîmée ignorée", "lignes abîmées ignorées") },
        period: { first, last in first == last ? "Conversations du \(first)" : "Conversations du \(first) au \(last)" },
        step: { "Étape \($0)" },
        question: "Question",
        answered: { count, total in "\(count) \(count == 1 ? "apprenant" : "apprenants") sur \(total) \(count == 1 ? "a" : "ont") répondu" },
        noAnswer: "Aucun apprenant n’a répondu à cette étape.",
        bandNames: Band.names(in: .fr),
        idea: "Idée",
        met: "vue",
        negated: "niée",
        missed: "manquée",
        misconception: "idée fausse",
        required: "requise",
        bestReplies: "Meilleures réponses",
        noBestReply: "Aucune réponse n’a dépassé 0\u{00A0}% sans idée fausse.",
        followUp: "Relance",
        ideasMet: "idées vues",
        mostMissed: "Le plus souvent manqué",
        endings: "Fins",
        ending: "Fin",
        learners: "Apprenants",
        quit: "partis avant la fin",
        interrupted: "transcription interrompue",
        notFinished: { count, total in "\(count) \(count == 1 ? "apprenant" : "apprenants") sur \(total) \(count == 1 ? "n’a" : "n’ont") pas terminé." },
        learner: { AnonymousLabels.learner($0, in: .fr) },
        shareOfLearners: { percent, count in "\(percent) (\(plural(count, "apprenant", "apprenants")))" }
    )
}
