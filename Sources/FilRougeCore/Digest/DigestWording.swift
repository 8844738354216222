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
    var overview: String
    var finished: @Sendable (_ count: Int, _ total: Int, _ percent: String) -> String
    var totalScore: String
    var scoreRange: @Sendable (_ lower: Int, _ upper: Int) -> String
    var noTotal: String
    var stoppedAt: String
    var nobodyStopped: String
    var route: String
    var routeEnd: String
    var routeStopped: String
    var otherRoutes: String
    /// Said of a reply shown because a facilitator pinned it.
    var pinned: String

    static func forLanguage(_ language: Language) -> DigestWording {
        language == .fr ? french : english
    }

    /// The colon without the space after it, to close an emphasis: `**Question :**` (Markdown
    /// emphasis cannot end on a space).
    var colonMark: String {
        colon.hasSuffix(" ") ? String(colon.dropLast()) : colon
    }

    /// `Étape 2 · Faut-il un site ?`: a step's heading, its question as its title.
    func stepHeading(_ step: DigestStep) -> String {
        stepHeading(number: step.number, question: step.question)
    }

    /// The same heading for a step of a comparison.
    func stepHeading(number: Int, question: String) -> String {
        "\(self.step(number)) · \(question)"
    }

    /// `Étape 4 · Sérieusement, les réseaux sociaux, LinkedIn et compagnie…`: a step named where its
    /// whole question would not fit, as in the overview's tables.
    func shortStepHeading(_ step: DigestStep) -> String {
        "\(self.step(step.number)) · \(ShortTitle.of(step.question, maximumWords: 6) ?? "")"
    }

    /// `1 → 2 → 4 → fin`, `1 → 2 (arrêt)`: a route by the steps' numbers.
    func routeText(_ route: CohortOverview.Route) -> String {
        let steps = route.steps.map(String.init).joined(separator: " → ")
        return route.finished ? "\(steps) → \(routeEnd)" : "\(steps) (\(routeStopped))"
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
        shareOfLearners: { percent, count in "\(percent) (\(plural(count, "learner", "learners")))" },
        overview: "Overview",
        finished: { count, total, percent in "\(count) of \(plural(total, "learner", "learners")) finished (\(percent))." },
        totalScore: "Total score",
        scoreRange: { lower, upper in "\(lower)–\(upper)%" },
        noTotal: "No reply was graded.",
        stoppedAt: "Where they stopped",
        nobodyStopped: "Every learner who started reached an ending.",
        route: "Route (steps in the order visited)",
        routeEnd: "end",
        routeStopped: "stopped",
        otherRoutes: "other routes",
        pinned: "chosen by the facilitator"
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
        shareOfLearners: { percent, count in "\(percent) (\(plural(count, "apprenant", "apprenants")))" },
        overview: "Vue d’ensemble",
        finished: { count, total, percent in "\(count) \(count == 1 ? "apprenant" : "apprenants") sur \(total) \(count == 1 ? "a" : "ont") terminé (\(percent))." },
        totalScore: "Score total",
        scoreRange: { lower, upper in "\(lower)–\(upper)%" },
        noTotal: "Aucune réponse n’a été notée.",
        stoppedAt: "Où ils se sont arrêtés",
        nobodyStopped: "Tous les apprenants qui ont commencé sont allés jusqu’à une fin.",
        route: "Parcours (étapes dans l’ordre suivi)",
        routeEnd: "fin",
        routeStopped: "arrêt",
        otherRoutes: "autres parcours",
        pinned: "choisie par l’animateur"
    )
}
