/// The fixed words of the progress table, in the scenario's language, beside `DigestWording`.
struct LearnerProgressWording: Sendable {
    var title: String
    var learner: String
    var steps: String
    var total: String
    var ending: String
    var stopped: String
    var hints: String
    var time: String
    var stops: [LearnerProgress.Stop: String]
    var bandNames: [Band: String]

    static func forLanguage(_ language: Language) -> LearnerProgressWording {
        language == .fr ? french : english
    }

    /// The cells of a row, in the order of the headings: `Camille`, `2/3`, `67% (partial)`…
    func cells(_ row: LearnerProgress, language: Language) -> [String] {
        [
            row.learner.label(in: language),
            row.stepCount.map { "\(row.stepsReached)/\($0)" } ?? String(row.stepsReached),
            "\(PercentText.of(row.score)) (\(bandNames[row.band] ?? row.band.rawValue))",
            row.endingTitle ?? "—",
            stops[row.stop] ?? row.stop.rawValue,
            String(row.hints),
            DurationText.of(row.duration),
        ]
    }

    var headings: [String] {
        [learner, steps, total, ending, stopped, hints, time]
    }

    static let english = LearnerProgressWording(
        title: "Progress by learner", learner: "Learner", steps: "Steps", total: "Total", ending: "Ending",
        stopped: "Stopped", hints: "Hints", time: "Time",
        stops: [.finished: "finished", .quit: "quit", .interrupted: "interrupted"],
        bandNames: Band.names(in: .en)
    )

    static let french = LearnerProgressWording(
        title: "Progression par apprenant·e", learner: "Apprenant·e", steps: "Étapes", total: "Total", ending: "Fin",
        stopped: "Arrêt", hints: "Indices", time: "Durée",
        stops: [.finished: "terminée", .quit: "quittée", .interrupted: "interrompue"],
        bandNames: Band.names(in: .fr)
    )
}
