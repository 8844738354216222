/// The CSV export: one row per answered step per transcript, with a header row, written by
/// `CSVWriter`.
public enum ResultsCSV {
    /// The columns, in order, as the header row names them.
    public static let columns = [
        "learner", "transcript", "scenario", "version", "step", "attempts", "reply", "score", "band",
        "criteria_met", "criteria_negated", "misconceptions_met", "started", "answered",
    ]

    public static func render(_ conversations: [ExportedConversation]) -> String {
        let rows = conversations.flatMap { conversation in
            conversation.answeredSteps.map { cells($0, of: conversation) }
        }
        return CSVWriter.table(columns: columns, rows: rows)
    }

    static func cells(_ step: AnsweredStep, of conversation: ExportedConversation) -> [String] {
        [
            conversation.learner.label,
            conversation.label,
            conversation.header.scenario.id,
            conversation.header.scenario.version,
            step.step,
            String(step.attempts),
            step.reply,
            ScoreText.twoDecimals(step.score),
            step.band.rawValue,
            step.criteriaMet.joined(separator: ";"),
            step.criteriaNegated.joined(separator: ";"),
            step.misconceptionsMet.joined(separator: ";"),
            UTCTimestamp.string(conversation.header.started),
            step.answered.map(UTCTimestamp.string) ?? "",
        ]
    }
}

/// Scores in exports, with a point whatever the locale.
enum ScoreText {
    /// `0.54`: rounded to hundredths, always two decimals.
    static func twoDecimals(_ score: Double) -> String {
        let hundredths = Int((min(max(score, 0), 1) * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + String(fraction)
    }

    /// The score rounded to `places` decimals, as a number.
    static func rounded(_ value: Double, places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (value * scale).rounded() / scale
    }
}
