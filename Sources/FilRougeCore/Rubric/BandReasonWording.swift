/// How a band's reason is said, in the scenario's language for learners and in English for the
/// trainer's commands: in full with the ideas' labels (the coach note, `explain`, `calibrate`), or
/// briefly (the end summary, tables).
public struct BandReasonWording: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    private var french: Bool { language == .fr }

    /// The reason in full: the rule, the ideas it counted by their labels, and what lowered the
    /// band. `labels` gives each concept's label (the concept itself when absent); `thresholds`,
    /// when known, says where the weighted bands start.
    public func full(_ reason: BandReason, labels: [String: String], thresholds: BandThresholds? = nil) -> String {
        // Labels are quoted: one may hold a comma ("digital is a tool, people first").
        func names(_ concepts: [String]) -> String {
            concepts.map { (french ? "«\u{00A0}" : "“") + (labels[$0] ?? $0) + (french ? "\u{00A0}»" : "”") }.joined(separator: ", ")
        }
        var text: String
        switch reason.rule {
        case .ideas:
            text = ideaCount(reason.concepts.count) + colon + names(reason.concepts)
        case .developed:
            text = (french ? "une idée développée par une action concrète" : "one idea developed with a concrete action")
                + colon + names(reason.concepts) + " (" + names(reason.developments) + ")"
        case .score:
            // The score is shown beside the band already: what it is measured against is the reason.
            if let thresholds {
                text = french
                    ? "réussi dès \(PercentText.of(thresholds.good)), partiel dès \(PercentText.of(thresholds.partial))"
                    : "good from \(PercentText.of(thresholds.good)), partial from \(PercentText.of(thresholds.partial))"
            } else {
                text = french ? "au poids" : "by weight"
            }
        case .noIdea:
            text = french ? "aucune idée attendue" : "none of the ideas asked for"
        case .onlyNegated:
            text = (french ? "seulement à la forme négative" : "only negated") + colon + names(reason.concepts)
        case .onlyGeneric:
            text = (french ? "seulement des mots trop généraux pour compter seuls" : "only words too generic to count alone")
                + " (" + names(reason.concepts) + ")"
        case .misconceptionAlone:
            text = (french ? "une idée fausse seule" : "a misconception alone") + colon + names(reason.loweredBy)
        }
        if !reason.requiredMissing.isEmpty {
            text += "; " + (french ? "pas réussi sans" : "not good without") + colon + names(reason.requiredMissing)
        }
        if reason.rule != .misconceptionAlone, !reason.loweredBy.isEmpty {
            if reason.rule == .score {
                text += "; " + (french ? "moins une idée fausse" : "less a misconception") + colon + names(reason.loweredBy)
            } else {
                let from = reason.before.map { " " + (french ? "depuis" : "from") + " " + $0.name(in: language) } ?? ""
                text += "; " + (french ? "abaissé" : "lowered") + from + " " + (french ? "par une idée fausse" : "by a misconception")
                    + colon + names(reason.loweredBy)
            }
        }
        return text
    }

    /// The reason in a few words, without labels.
    public func brief(_ reason: BandReason) -> String {
        var text: String
        switch reason.rule {
        case .ideas: text = ideaCount(reason.concepts.count)
        case .developed: text = french ? "une idée développée" : "one idea developed"
        case .score: text = french ? "au poids" : "by weight"
        case .noIdea: text = french ? "aucune idée" : "no idea"
        case .onlyNegated: text = french ? "seulement nié" : "only negated"
        case .onlyGeneric: text = french ? "mots trop généraux" : "only generic words"
        case .misconceptionAlone: text = french ? "idée fausse seule" : "a misconception alone"
        }
        if !reason.requiredMissing.isEmpty { text += french ? ", idée requise absente" : ", a required idea missing" }
        if reason.rule != .misconceptionAlone, !reason.loweredBy.isEmpty { text += french ? ", abaissé par une idée fausse" : ", lowered by a misconception" }
        return text
    }

    /// The reason of an evaluation in full, with the labels of its own criteria; nil for an
    /// evaluation read from a transcript written before bands gave their reasons.
    public func full(_ evaluation: ReplyEvaluation, thresholds: BandThresholds? = nil) -> String? {
        guard let reason = evaluation.reason else { return nil }
        var labels: [String: String] = [:]
        for criterion in evaluation.criteria { labels[criterion.concept] = criterion.label }
        return full(reason, labels: labels, thresholds: thresholds)
    }

    private var colon: String { french ? "\u{00A0}: " : ": " }

    private func ideaCount(_ count: Int) -> String {
        switch (french, count) {
        case (true, 1): return "une idée"
        case (true, _): return "\(count) idées"
        case (false, 1): return "one idea"
        case (false, _): return "\(count) ideas"
        }
    }
}
